using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// Turns a finding into located evidence (<see cref="FindingEvidence"/>) using the lines the document was read from:
/// the finding's own source line(s) and quote where the rule set them; for a 预算公开表 row, the line the row was read
/// from and the cell of the finding's column; otherwise the line of the indicator, project or table title. A finding on
/// the 部门整体绩效目标 whose reader kept no line is placed by <see cref="OverallLines"/>; a finding about a page as a
/// whole (a blank page) gets that page and the text area of the pages around it (<see cref="PageTextArea"/>). Page and
/// box come from <see cref="SourceText.LocationOf"/> (PDF: page and box; .docx: page where stated; text: neither).
/// Findings about something the document lacks have no place (<see cref="FindingEvidence.None"/>).
/// One locator per imported document; not thread-safe (it caches the row lines of each table on first use).
/// </summary>
public sealed class EvidenceLocator(TargetDocument document, SourceText source)
{
    private readonly Dictionary<BudgetTable, int[]> _rowLines = new(ReferenceEqualityComparer.Instance);

    /// <summary>A locator for an import, or null when the import kept no source text.</summary>
    public static EvidenceLocator? For(ImportResult result) =>
        result.Source is null ? null : new EvidenceLocator(result.Document, result.Source);

    public FindingEvidence Locate(Finding finding)
    {
        var where = finding.Where;
        var first = where.SourceLine;
        var last = Math.Max(where.EndLine, first);
        string? quote = where.Quote;

        if (where.Table is not null && where.Row is int row && Table(where.Table, where.SourceLine) is { } table
            && row >= 1 && row <= table.Rows.Count)
        {
            var line = RowLines(table)[row - 1];
            if (line > 0) { first = line; last = line; }
            quote ??= Cell(table, row - 1, where.Column);
        }
        if (first <= 0 && where.Page > 0) return OnPage(where.Page);
        if (first <= 0 && where.Project == 0 && where.Indicator is null)
            first = last = OverallLines.Find(document, source, where.Field);
        if (first <= 0) return FindingEvidence.None;
        quote ??= LineQuote(first);
        return new FindingEvidence(source.LocationOf(first)?.Page, quote, Areas(first, last), first, last);
    }

    /// <summary>A page as a whole: no words to quote; the box frames where text stands on the pages around it.</summary>
    private FindingEvidence OnPage(int page) =>
        new(page, null, PageTextArea.Around(source, page) is { } box ? [new PageArea(page, box)] : [], 0, 0);

    /// <summary>The boxes of lines first…last, one union per page (a sentence may run over a page break).</summary>
    private IReadOnlyList<PageArea> Areas(int first, int last)
    {
        var areas = new List<PageArea>();
        for (var n = first; n <= last; n++)
        {
            if (source.LocationOf(n) is not { Box: { } box } location) continue;
            var i = areas.FindIndex(a => a.Page == location.Page);
            if (i < 0) areas.Add(new PageArea(location.Page, box));
            else areas[i] = areas[i] with { Box = areas[i].Box.Union(box) };
        }
        return areas;
    }

    private BudgetTable? Table(string title, int titleLine)
    {
        BudgetTable? byTitle = null;
        foreach (var t in document.BudgetTables)
        {
            if (t.Title != title) continue;
            if (t.SourceLine == titleLine) return t;
            byTitle ??= t;
        }
        return byTitle;
    }

    private int[] RowLines(BudgetTable table)
    {
        if (!_rowLines.TryGetValue(table, out var lines))
            _rowLines[table] = lines = BudgetRowLines.Map(table, source);
        return lines;
    }

    /// <summary>The cell under the finding's column as printed (the column named by its header, or 第N列).</summary>
    private static string? Cell(BudgetTable table, int row, string? column)
    {
        if (column is null) return null;
        var col = -1;
        for (var c = 0; c < table.Columns.Count && col < 0; c++)
            if (table.Columns[c].Trim() == column) col = c;
        if (col < 0 && column.StartsWith('第') && column.EndsWith('列') && int.TryParse(column[1..^1], out var n)) col = n - 1;
        var cells = table.Rows[row];
        return col >= 0 && col < cells.Count && !string.IsNullOrWhiteSpace(cells[col]) ? cells[col]!.Trim() : null;
    }

    /// <summary>The line as printed; table cells (tab-separated in the extracted text) shown with a bar between them.</summary>
    private string? LineQuote(int line)
    {
        if (line > source.Lines.Count) return null;
        var text = source.Lines[line - 1].Text.Trim();
        if (text.Length == 0) return null;
        return text.Contains('\t') ? string.Join(" | ", source.Lines[line - 1].Cells().Where(c => c.Length > 0)) : text;
    }
}
