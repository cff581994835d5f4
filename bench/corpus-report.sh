#!/usr/bin/env bash
# Issue 21 point 5: the corpus report. Builds `jixiao`, reads every file of ../shared/corpus (86 real budget
# disclosures) in one process, writes docs/corpus-report.md (or $OUT) and prints the total wall time (goal ≤ 60 s on
# 2 cores). The report itself carries no timing, so it only changes when reading changes; commit it with that change.
# NATIVE=1 measures the natively compiled command (scripts/build-cli.sh) instead of the JIT build.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
OUT=${OUT:-docs/corpus-report.md}
WORK=$(mktemp -d /tmp/jixiao-corpus-report.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [[ "${NATIVE:-0}" == 1 ]]; then
  bash scripts/build-cli.sh "$WORK/bin" >/dev/null
else
  dotnet build src/Jixiao.Cli -c Release -o "$WORK/bin" -v quiet -nologo >"$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }
fi
echo "corpus: $SHARED/corpus ($(ls "$SHARED"/corpus/*.pdf | wc -l) PDF); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
"$WORK/bin/jixiao" corpus "$SHARED/corpus" --out "$OUT"
end=$(date +%s.%N)
printf 'wall time: %.1f s (goal ≤ 60 s)\n' "$(echo "$end - $start" | bc)"
tail -n 1 "$OUT"
git diff --stat -- "$OUT" || true
