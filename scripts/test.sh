#!/usr/bin/env bash
# Runs every test of Jixiao. Installs what the tests need when it is missing (a fresh machine is fine).
# Usage: scripts/test.sh            (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# The seeds and reference files live in ../shared beside the checkout.
export JIXIAO_SHARED="${JIXIAO_SHARED:-$(cd "$ROOT/.." && pwd)/shared}"
if [ ! -d "$JIXIAO_SHARED/seeds" ]; then
  echo "找不到 $JIXIAO_SHARED/seeds：shared 目录应在检出目录旁边（或设置 JIXIAO_SHARED）。" >&2
  exit 2
fi

bash "$ROOT/scripts/install-deps.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# PostgreSQL for the data tests: a throwaway cluster on 127.0.0.1:55432 (scripts/postgres.sh), reused when one is
# already running there; stopped at the end only when this run started it.
PG_STARTED_HERE=0
bash "$ROOT/scripts/postgres.sh" status >/dev/null 2>&1 || PG_STARTED_HERE=1
JIXIAO_TEST_POSTGRES="$(bash "$ROOT/scripts/postgres.sh" start | tail -1)"
export JIXIAO_TEST_POSTGRES
trap 'if [ "$PG_STARTED_HERE" = 1 ]; then bash "$ROOT/scripts/postgres.sh" stop >/dev/null 2>&1 || true; fi' EXIT
# The `jixiao` command as installed: natively compiled (scripts/build-cli.sh). tests/Jixiao.Cli.Tests/NativeCliTests
# runs it beside the in-process command and requires the same output.
JIXIAO_NATIVE_CLI="$(bash "$ROOT/scripts/build-cli.sh" "$ROOT/out/native" | tail -1)"
export JIXIAO_NATIVE_CLI

LOG=$(mktemp)
set +e
dotnet test "$ROOT/Jixiao.slnx" -c Release 2>&1 | tee "$LOG"
STATUS=${PIPESTATUS[0]}
set -e

# One plain closing line over all test assemblies, as CI reads it.
count() { { grep -E '^\s*(Passed|Failed|Skipped)!' "$LOG" | sort -u || true; } | sed -nE "s/.*$1: *([0-9]+).*/\\1/p" | awk '{s+=$1} END {print s+0}'; }
PASSED=$(count Passed)
FAILED=$(count Failed)
SKIPPED=$(count Skipped)
rm -f "$LOG"
echo "tests: $PASSED passed, $FAILED failed, $SKIPPED skipped"
if [ "$STATUS" -ne 0 ] && [ "$FAILED" -eq 0 ]; then
  echo "dotnet test 以状态 $STATUS 结束（构建失败？）" >&2
fi
exit "$STATUS"
