#!/usr/bin/env python3
"""Edits a filled 项目支出绩效自评表 printed by `jixiao evaluate --out FILE.xlsx` the way an inflated self-evaluation
(自评结果虚高) looks, so the R-EVA rules have something true to find (issue 18). Standard library only: the sheets are
rewritten cell by cell in their XML. Usage: inflate.py IN.xlsx OUT.xlsx

Edits (sheet, what):
  1 (12348 法律服务热线) 解答 12348 来电次数 6300次 against ≥7000: score 7.51 → 8.34 (full points on a miss, R-EVA-002);
    total left at 92.06 (now not the sum, R-EVA-003); 响应率 93%: reason cleared (R-EVA-005).
  2 (法律顾问经费) 采纳率 92% against ≥90%: score 12.50 → 11 (not the formula's 12.5, R-EVA-001, and below full points
    without a reason, R-EVA-005); total 96.30 → 94.80 (the sum again); grade 优 → 合格 (上海's label, wrong for 94.80:
    R-EVA-004).
"""
import re
import sys
import zipfile

NS = 'x:'


def cells(xml):
    return re.finditer(r'<x:c r="([A-Z]+)(\d+)"[^>]*?(?:/>|>.*?</x:c>)', xml, re.S)


def text_of(cell_xml):
    m = re.search(r'<x:t[^>]*>(.*?)</x:t>', cell_xml, re.S) or re.search(r'<x:v>(.*?)</x:v>', cell_xml, re.S)
    return m.group(1) if m else ''


def row_of(xml, column, text):
    for m in cells(xml):
        if m.group(1) == column and text_of(m.group(0)) == text:
            return int(m.group(2))
    raise SystemExit(f'no cell {column} “{text}”')


def put(xml, ref, value):
    """Sets cell REF to a number (value is a float-looking str) or an inline string; '' clears it."""
    col, row = re.match(r'([A-Z]+)(\d+)', ref).groups()
    if value == '':
        new = ''
    elif re.fullmatch(r'-?\d+(\.\d+)?', value):
        new = f'<x:c r="{ref}" t="n" s="4"><x:v>{value}</x:v></x:c>'
    else:
        new = f'<x:c r="{ref}" t="inlineStr"><x:is><x:t xml:space="preserve">{value}</x:t></x:is></x:c>'
    pattern = re.compile(rf'<x:c r="{ref}"[^>]*?(?:/>|>.*?</x:c>)', re.S)
    if pattern.search(xml):
        return pattern.sub(lambda _: new, xml, count=1)
    # Not there yet: insert it in column order within its row.
    row_pattern = re.compile(rf'(<x:row r="{row}"[^>]*>)(.*?)(</x:row>)', re.S)
    m = row_pattern.search(xml)
    body = m.group(2)
    parts = list(re.finditer(r'<x:c r="([A-Z]+)\d+"[^>]*?(?:/>|>.*?</x:c>)', body, re.S))
    at = len(body)
    for p in parts:
        if (len(p.group(1)), p.group(1)) > (len(col), col):
            at = p.start()
            break
    return xml[:m.start(2)] + body[:at] + new + body[at:] + xml[m.end(2):]


def main(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    s1 = items['xl/worksheets/sheet1.xml'].decode('utf-8')
    r = row_of(s1, 'C', '解答 12348 来电次数')
    s1 = put(s1, f'G{r}', '8.34')
    r = row_of(s1, 'C', '解答 12348 来电、来访、代写法律文书响应率。')
    s1 = put(s1, f'I{r}', '')
    items['xl/worksheets/sheet1.xml'] = s1.encode('utf-8')

    s2 = items['xl/worksheets/sheet2.xml'].decode('utf-8')
    r = row_of(s2, 'C', '法律顾问出具法律意见书采纳率')
    s2 = put(s2, f'G{r}', '11')
    r = row_of(s2, 'A', '总分')
    s2 = put(s2, f'G{r}', '94.80')
    s2 = put(s2, f'H{r}', '合格')
    items['xl/worksheets/sheet2.xml'] = s2.encode('utf-8')

    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
