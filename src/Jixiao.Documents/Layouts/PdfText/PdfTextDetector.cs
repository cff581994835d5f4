using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Scores how sure we are that a text is a PDF converted to text with one table row per line: the marks of that
/// conversion are rows that hold a whole table line in tab-separated cells — 项目编码 and 项目名称 on one line,
/// the 资金支出计划 label with its 月底 columns on one line, the 绩效指标 header (一级指标 … 绩效指标描述 … 指标值)
/// on one line — and Markdown headings or &lt;b&gt; tags around them. Word-table text (one cell per line) and
/// spreadsheet forms (指标性质 and 权重 columns, no 绩效指标描述) lack these rows.
/// </summary>
internal static class PdfTextDetector
{
    public static double Score(SourceText text)
    {
        bool codeRow = false, planRow = false, indicatorHeader = false, markup = false;
        foreach (var line in text.Lines)
        {
            var s = line.Text;
            if (s.Length < 4) continue;
            if (!markup && (s.StartsWith('#') || s.Contains("<b>", StringComparison.Ordinal))) markup = true;
            if (!s.Contains('\t', StringComparison.Ordinal)) continue;
            if (!codeRow && s.Contains("项目编码", StringComparison.Ordinal) && s.Contains("项目名称", StringComparison.Ordinal))
                codeRow = true;
            else if (!planRow && s.Contains("资金支出计", StringComparison.Ordinal) && s.Contains("月底", StringComparison.Ordinal))
                planRow = true;
            else if (!indicatorHeader && s.Contains("一级指标", StringComparison.Ordinal) && s.Contains("二级指标", StringComparison.Ordinal)
                && s.Contains("描述", StringComparison.Ordinal) && s.Contains("指标值", StringComparison.Ordinal))
                indicatorHeader = true;
            if (codeRow && planRow && indicatorHeader && markup) break;
        }
        // The indicator header row is the strongest mark: without it the text has no table rows of this layout.
        if (!indicatorHeader) return codeRow || planRow ? 0.15 : 0.0;
        return 0.4 + (codeRow ? 0.25 : 0) + (planRow ? 0.2 : 0) + (markup ? 0.15 : 0);
    }
}
