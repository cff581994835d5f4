#!/usr/bin/env bash
# Issue 4 point 7b: writing seed 004 as PDF with `jixiao publish --to pdf`, measured side by side with LibreOffice
# headless converting our own .docx of the same document to PDF (hyperfine, one run). Goal: jixiao ≥ 10× faster.
# Prints the medians and the ratios. All commands are whole processes (start-up included). jixiao is measured natively
# compiled (scripts/build-cli.sh: what a finance office installs; the figure the goal is judged on) and, for
# reference, as `dotnet build` leaves it (JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
RUNS=${RUNS:-10}
command -v hyperfine >/dev/null && command -v soffice >/dev/null && command -v clang >/dev/null || bash scripts/install-deps.sh
WORK=$(mktemp -d /tmp/jixiao-pdf-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# Own build folder and LibreOffice profile, so parallel work in the tree (out/, a running soffice) does not interfere.
dotnet build src/Jixiao.Cli -c Release -o "$WORK/cli" -v quiet -nologo >/dev/null
bash scripts/build-cli.sh "$WORK/native" >/dev/null
SEED="$SHARED/seeds/004_118d383ccab95c06.txt"
"$WORK/cli/jixiao" publish "$SEED" --to docx --out "$WORK/004.docx" >/dev/null
mkdir -p "$WORK/lo"
PROFILE="file://$WORK/lo-profile"
# A first LibreOffice start creates its profile; not part of the measurement.
soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/004.docx" >/dev/null 2>&1
hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/result.json" \
  -n "jixiao publish --to pdf (native)" "$WORK/native/jixiao publish $SEED --to pdf --out $WORK/004.pdf" \
  -n "jixiao publish --to pdf (dotnet build)" "$WORK/cli/jixiao publish $SEED --to pdf --out $WORK/004-jit.pdf" \
  -n "soffice --convert-to pdf (our .docx)" "soffice -env:UserInstallation=$PROFILE --headless --convert-to pdf --outdir $WORK/lo $WORK/004.docx" >/dev/null
python3 - "$WORK/result.json" "$WORK/004.pdf" "$WORK/lo/004.pdf" <<'PY'
import json, os, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
s = r['soffice --convert-to pdf (our .docx)']
cpu = lambda x: x['user'] + x['system']
for name, x in r.items():
    path = sys.argv[3] if x is s else sys.argv[2]
    print(f"{name:40s} median {x['median']*1000:8.1f} ms  (min {x['min']*1000:.1f}, max {x['max']*1000:.1f})  CPU {cpu(x)*1000:7.1f} ms  {os.path.getsize(path)//1024} KB")
for name in ('jixiao publish --to pdf (native)', 'jixiao publish --to pdf (dotnet build)'):
    ratio = s['median'] / r[name]['median']
    print(f"ratio LibreOffice / {name}: {ratio:.1f}x wall, {cpu(s)/cpu(r[name]):.1f}x CPU  (goal >= 10x: {'met' if ratio >= 10 else 'NOT met'})")
PY
