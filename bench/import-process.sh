#!/usr/bin/env bash
# Issue 10: the whole `jixiao import` process on seed 004, measured with hyperfine — goal: median ≤ 150 ms.
# Prints the median in milliseconds, for the natively compiled `jixiao` (scripts/build-cli.sh, what is installed)
# and the CLI as `dotnet build` leaves it.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
command -v hyperfine >/dev/null || bash scripts/install-deps.sh
dotnet build src/Jixiao.Cli -c Release -o out/jit -v quiet -nologo >/dev/null
bash scripts/build-cli.sh out/native >/dev/null
SEED="$SHARED/seeds/004_118d383ccab95c06.txt"
hyperfine -N --warmup 3 --runs 30 --export-json /tmp/jixiao-import.json "out/native/jixiao import $SEED" "out/native/jixiao import $SEED --json" \
  "out/jit/jixiao import $SEED" "out/jit/jixiao import $SEED --json" >/dev/null
python3 - "$SEED" <<'PY'
import json, sys
r = json.load(open('/tmp/jixiao-import.json'))['results']
for x in r:
    name = x['command'].replace(sys.argv[1], '004.txt')
    print(f"{name:50s} median {x['median']*1000:7.1f} ms  (goal ≤ 150 ms)")
PY
