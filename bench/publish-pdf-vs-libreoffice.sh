#!/usr/bin/env bash
# Issue 4 point 7b: writing seed 004 as PDF with `jixiao publish --to pdf`, measured side by side with LibreOffice
# headless converting our own .docx of the same document to PDF (hyperfine, one run). Goal: jixiao ≥ 10× faster.
# Prints both medians and the ratio. Both commands are whole processes (start-up included).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
RUNS=${RUNS:-10}
command -v hyperfine >/dev/null && command -v soffice >/dev/null || bash scripts/install-deps.sh
WORK=$(mktemp -d /tmp/jixiao-pdf-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# Own build folder and LibreOffice profile, so parallel work in the tree (out/, a running soffice) does not interfere.
dotnet build src/Jixiao.Cli -c Release -o "$WORK/cli" -v quiet -nologo >/dev/null
SEED="$SHARED/seeds/004_118d383ccab95c06.txt"
"$WORK/cli/jixiao" publish "$SEED" --to docx --out "$WORK/004.docx" >/dev/null
mkdir -p "$WORK/lo"
PROFILE="file://$WORK/lo-profile"
# A first LibreOffice start creates its profile; not part of the measurement.
soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/004.docx" >/dev/null 2>&1
hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/result.json" \
  -n "jixiao publish --to pdf" "$WORK/cli/jixiao publish $SEED --to pdf --out $WORK/004.pdf" \
  -n "soffice --convert-to pdf (our .docx)" "soffice -env:UserInstallation=$PROFILE --headless --convert-to pdf --outdir $WORK/lo $WORK/004.docx" >/dev/null
python3 - "$WORK/result.json" "$WORK/004.pdf" "$WORK/lo/004.pdf" <<'PY'
import json, os, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
j = r['jixiao publish --to pdf']; s = r['soffice --convert-to pdf (our .docx)']
for name, x, path in (('jixiao publish --to pdf', j, sys.argv[2]), ('soffice --convert-to pdf (our .docx)', s, sys.argv[3])):
    print(f"{name:40s} median {x['median']*1000:8.1f} ms  (min {x['min']*1000:.1f}, max {x['max']*1000:.1f})  {os.path.getsize(path)//1024} KB")
ratio = s['median'] / j['median']
print(f"ratio (LibreOffice / jixiao): {ratio:.1f}x  (goal >= 10x: {'met' if ratio >= 10 else 'NOT met'})")
PY
