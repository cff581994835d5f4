#!/usr/bin/env bash
# Issue 11 point 7: `jixiao check` end to end against `pdftotext -layout` on the largest real PDF (by size), side by side
# in one hyperfine run. Goal: jixiao ≤ 3× pdftotext (issue 21; issue 11 asked ≤ 5×). Prints both medians, CPU times and the ratios.
# jixiao is measured twice: natively compiled by scripts/build-cli.sh (what a finance office installs; the figure the
# goal is judged on) and, for reference, as `dotnet build` leaves it (JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
RUNS=${RUNS:-10}
command -v hyperfine >/dev/null && command -v clang >/dev/null || bash scripts/install-deps.sh
FILE=$(ls -S "$SHARED"/realdocs/*.pdf | head -n 1)
WORK=$(mktemp -d /tmp/jixiao-check-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
dotnet build src/Jixiao.Cli -c Release -o "$WORK/jit" -v quiet -nologo >"$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }
bash scripts/build-cli.sh "$WORK/native" >/dev/null
echo "file: $FILE ($(stat -c %s "$FILE") bytes, $(pdfinfo "$FILE" | awk '/^Pages/ {print $2}') pages); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# check exits 1 when the document has errors: that is a result, not a failure of the run.
hyperfine --warmup 2 --runs "$RUNS" -i --export-json "$WORK/result.json" \
  -n pdftotext "pdftotext -layout '$FILE' /dev/null" \
  -n "jixiao check (build)" "'$WORK/jit/jixiao' check '$FILE'" \
  -n "jixiao check (native)" "'$WORK/native/jixiao' check '$FILE'" >/dev/null
python3 - "$WORK/result.json" <<'PY'
import json, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
base = r['pdftotext']
cpu = lambda x: x['user'] + x['system']
for name, x in r.items():
    print(f"{name:28s} median {x['median']*1000:8.1f} ms   cpu {cpu(x)*1000:8.1f} ms"
          + ("" if x is base else f"   ratio {x['median']/base['median']:5.1f}× wall, {cpu(x)/cpu(base):5.1f}× cpu  (goal ≤ 3×)"))
PY
