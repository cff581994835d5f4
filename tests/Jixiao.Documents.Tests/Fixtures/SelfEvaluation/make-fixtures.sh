#!/usr/bin/env bash
# Makes the filled 项目支出绩效自评表 fixtures of issue 18 (committed; tests read them and never run this script, so they
# depend on no font, no LibreOffice and no pagination). Seed 004's first two projects are filled (filled-004.json),
# printed in the 10号 layout by Jixiao (`jixiao evaluate … --out`: xlsx, docx, pdf), then edited the way an inflated
# self-evaluation looks (inflate.py) and printed again by a second producer, LibreOffice: the .xlsx to PDF (Calc), and
# to a .docx through its HTML (Writer). Usage: make-fixtures.sh [path/to/jixiao]   (default: builds src/Jixiao.Cli)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
shared=${JIXIAO_SHARED:-$root/../shared}
seed=$shared/seeds/004_118d383ccab95c06.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=${1:-}
if [[ -z $cli ]]; then
  dotnet build "$root/src/Jixiao.Cli" -c Release -o "$work/cli" >/dev/null
  cli=$work/cli/jixiao
fi

for ext in xlsx docx pdf; do
  "$cli" evaluate "$seed" --actuals "$here/filled-004.json" --out "$here/ours-004.$ext" >/dev/null
done
python3 "$here/inflate.py" "$here/ours-004.xlsx" "$here/inflated-004.xlsx"

# LibreOffice: PDF straight from Calc; a .docx through Calc's HTML opened in Writer.
cp "$here/inflated-004.xlsx" "$work/inflated-004.xlsx"
(cd "$work" && soffice --headless --convert-to pdf inflated-004.xlsx >/dev/null 2>&1 \
  && soffice --headless --convert-to html inflated-004.xlsx >/dev/null 2>&1 \
  && soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' inflated-004.html >/dev/null 2>&1)
cp "$work/inflated-004.pdf" "$here/inflated-004.libreoffice.pdf"
cp "$work/inflated-004.docx" "$here/inflated-004.libreoffice.docx"
ls -la "$here"
