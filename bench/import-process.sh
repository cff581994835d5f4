#!/usr/bin/env bash
# Issue 10: the whole `jixiao import` process on seed 004, measured with hyperfine — goal: median ≤ 150 ms.
# Prints the median in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
command -v hyperfine >/dev/null || bash scripts/install-deps.sh
dotnet build src/Jixiao.Cli -c Release -o out -v quiet -nologo >/dev/null
SEED="$SHARED/seeds/004_118d383ccab95c06.txt"
hyperfine --warmup 3 --runs 30 --export-json /tmp/jixiao-import.json "out/jixiao import $SEED" "out/jixiao import $SEED --json" >/dev/null
python3 - <<'PY'
import json
r = json.load(open('/tmp/jixiao-import.json'))['results']
for x in r:
    print(f"{x['command'].split('out/')[1][:80]:80s} median {x['median']*1000:7.1f} ms  (goal ≤ 150 ms)")
PY
