#!/usr/bin/env bash
# Installs the Debian packages the tests and benchmarks use, only when missing. Idempotent.
#   hyperfine            benchmarks of whole processes (bench/)
#   postgresql-15        the throwaway PostgreSQL server the data and API tests run against (scripts/postgres.sh)
#   chromium             headless browser for the end-to-end tests (Playwright drives /usr/bin/chromium; never downloads one)
#   fonts-wqy-microhei   a TrueType CJK font: embedded (as subsets) in published PDFs, and for screenshots; the font
#                        LibreOffice fixtures are set in (tests run it under a fontconfig of their own, FixtureFont)
#   fonts-arphic-uming   a second CJK font (a 明体 serif) for LibreOffice fixtures that break lines and pages elsewhere
#   poppler-utils        pdftoppm / pdftotext: rasterize published PDFs in tests, reference timings in bench/
#   libreoffice-*-nogui  a second producer of .docx/.xlsx/.pdf fixtures (issue 4), and the PDF-conversion reference timing
#   pandoc               reference timing for reading .docx (bench/)
#   qpdf                 makes the encrypted-PDF fixture
#   clang, zlib1g-dev    the native (ahead-of-time compiled) `jixiao` command: scripts/build-cli.sh
set -euo pipefail
command -v dotnet >/dev/null 2>&1 || { echo "需要 .NET 10 SDK（dotnet）。" >&2; exit 2; }
need=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg -s "$1" >/dev/null 2>&1; }
have_cmd hyperfine || need+=(hyperfine)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)
[ -x /usr/bin/chromium ] || need+=(chromium)
have_pkg fonts-wqy-microhei || need+=(fonts-wqy-microhei)
have_pkg fonts-arphic-uming || need+=(fonts-arphic-uming)
have_cmd pdftoppm || need+=(poppler-utils)
have_pkg libreoffice-writer-nogui || have_pkg libreoffice-writer || need+=(libreoffice-writer-nogui)
have_pkg libreoffice-calc-nogui || have_pkg libreoffice-calc || need+=(libreoffice-calc-nogui)
have_cmd pandoc || need+=(pandoc)
have_cmd qpdf || need+=(qpdf)
have_cmd clang || need+=(clang)
have_pkg zlib1g-dev || need+=(zlib1g-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  echo "安装测试所需的软件包：${need[*]}" >&2
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
