#!/usr/bin/env bash
# Runs Jixiao. Today this is the `jixiao` command line; the web system (SQLite, demo data, 127.0.0.1)
# is issue 5 and will take over this script.
# Usage: scripts/run.sh FILE [--json]     (with no FILE: the command's help)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${JIXIAO_OUT:-out}
dotnet build src/Jixiao.Cli -c Release -o "$OUT" -v quiet -nologo >/dev/null
if [ $# -eq 0 ]; then exec "$OUT/jixiao" --help; fi
exec "$OUT/jixiao" import "$@"
