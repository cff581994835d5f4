#!/usr/bin/env bash
# Issue 4 point 7a: reading seed 004 as .docx (our own publisher's file) with `jixiao import`, measured side by side
# with `pandoc -t plain` on the same file (hyperfine, one run). Goal: jixiao ≥ 5× faster.
# Both commands are whole processes (start-up included). Measured: the `jixiao` a finance office installs (natively
# compiled by scripts/build-cli.sh; the figure the goal is judged on) and, for reference, the CLI as `dotnet build`
# leaves it (JIT). Prints medians, CPU times and the ratios; on a loaded machine the CPU-time ratio is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
RUNS=${RUNS:-10}
command -v hyperfine >/dev/null && command -v pandoc >/dev/null && command -v clang >/dev/null || bash scripts/install-deps.sh
WORK=$(mktemp -d /tmp/jixiao-docx-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# Own build folders, so parallel work in the tree (out/) does not interfere.
dotnet build src/Jixiao.Cli -c Release -o "$WORK/cli" -v quiet -nologo >/dev/null
bash scripts/build-cli.sh "$WORK/native" >/dev/null
SEED="$SHARED/seeds/004_118d383ccab95c06.txt"
"$WORK/cli/jixiao" publish "$SEED" --to docx --out "$WORK/004.docx" >/dev/null
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/result.json" \
  -n "jixiao import 004.docx" "$WORK/cli/jixiao import $WORK/004.docx" \
  -n "jixiao import 004.docx (native)" "$WORK/native/jixiao import $WORK/004.docx" \
  -n "pandoc -t plain 004.docx" "pandoc -t plain $WORK/004.docx -o /dev/null" >/dev/null
python3 - "$WORK/result.json" "$WORK/004.docx" <<'PY'
import json, os, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
p = r['pandoc -t plain 004.docx']
cpu = lambda x: x['user'] + x['system']
print(f"input: seed 004 as .docx, {os.path.getsize(sys.argv[2])//1024} KB; load average {os.getloadavg()[0]:.1f}")
for name, x in r.items():
    print(f"{name:38s} median {x['median']*1000:8.1f} ms  (min {x['min']*1000:.1f}, max {x['max']*1000:.1f})  CPU {cpu(x)*1000:7.1f} ms")
for name in ('jixiao import 004.docx (native)', 'jixiao import 004.docx'):
    j = r[name]
    ratio = p['median'] / j['median']
    print(f"ratio pandoc / {name}: {ratio:.1f}x wall, {cpu(p)/cpu(j):.1f}x CPU  (goal >= 5x: {'met' if ratio >= 5 else 'NOT met'})")
PY
