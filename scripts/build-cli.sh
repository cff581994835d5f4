#!/usr/bin/env bash
# Builds the `jixiao` command as one natively compiled executable (.NET native AOT): no JIT at start-up, so a
# command run once per file starts in milliseconds. This is the build a finance office installs and the one bench/
# measures. Output: out/native/jixiao (beside it libSkiaSharp.so, which the PDF writer loads).
#   scripts/build-cli.sh [OUTDIR]
# Needs clang and zlib1g-dev (installed by scripts/install-deps.sh when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-out/native}
command -v clang >/dev/null 2>&1 && dpkg -s zlib1g-dev >/dev/null 2>&1 || bash scripts/install-deps.sh
dotnet publish src/Jixiao.Cli -c Release -r linux-x64 -o "$OUT" -nologo -v quiet -p:DebugType=none -p:GenerateDocumentationFile=false >"${TMPDIR:-/tmp}/jixiao-build-cli.log" 2>&1 \
  || { cat "${TMPDIR:-/tmp}/jixiao-build-cli.log" >&2; echo "构建原生 jixiao 失败（日志见上）。" >&2; exit 1; }
rm -f "$OUT/jixiao.dbg"  # 80 MB of debug symbols: not part of what is installed
echo "$OUT/jixiao"
