namespace Jixiao.Documents.Publishing.Html;

/// <summary>
/// The page's inline CSS: 宋体-like serif body, 黑体-like headings, ruled tables with centred cells as in the Word
/// original, A4 pages when printed (portrait; the 部门预算公开表 section landscape), header rows repeated on each
/// printed page and rows kept whole.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
body{font-family:"SimSun","Songti SC","Noto Serif CJK SC","WenQuanYi Micro Hei",serif;font-size:10.5pt;line-height:1.5;color:#000;background:#fff;margin:0 auto;max-width:60em;padding:1em 2em}
section.landscape{max-width:none}
h1,h2,.cover-title,.contents-title{font-family:"SimHei","Heiti SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;font-weight:bold}
h1{font-size:16pt;text-align:center;margin:1.2em 0 .8em}
h2{font-size:12pt;margin:1em 0 .4em}
.cover{text-align:center;padding-top:8em;min-height:40em}
.cover-title{font-size:26pt;margin:0 0 .6em}
.cover-subtitle{font-size:22pt;font-weight:bold;margin:0 0 3em}
.contents-title{font-size:16pt;text-align:center}
.toc-part{font-weight:bold;margin:.4em 0 .1em}
.toc-section{margin:.1em 0 .1em 2em}
.prose{text-indent:2em;margin:.2em 0}
.unit-line{margin:.4em 0 .2em}
.money-unit{text-align:right;margin:.2em 0}
table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:9pt;margin:0 0 1em}
th,td{border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle;word-break:break-all;overflow-wrap:anywhere}
th{font-weight:bold;background:#f2f2f2}
p,h1,h2,th,td{white-space:pre-wrap}
nav a{color:#000;text-decoration:none}
.caption{display:flex;justify-content:space-between;align-items:baseline;gap:2em}
.caption p{margin:.2em 0}
.caption .money-unit{margin-left:auto}
@page{size:A4 portrait;margin:2.54cm 2.2cm}
@page landscape{size:A4 landscape;margin:2.2cm 2.54cm}
@media print{
body{max-width:none;padding:0}
section{break-before:page}
section:first-of-type{break-before:auto}
section.landscape{page:landscape}
tr{break-inside:avoid}
thead{display:table-header-group}
th{background:none}
}
""";
}
