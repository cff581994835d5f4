using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// Reads the 部门预算公开 tables (收支总表, 收入总表, 支出总表, 财政拨款收支总表 …, 政府采购预算, 固定资产占用情况表).
/// A table is a recognised title (<see cref="BudgetTableTitle"/>) followed, after at most a few short lines (the
/// department, 预算年度, 单位), by tab-separated rows. Page furniture is removed and continued pages are merged: a
/// continuation page repeats the department / 预算年度 / 单位 lines and the header but has no title of its own.
/// </summary>
public static class BudgetTableReader
{
    /// <summary>How many short lines may stand between a title (or a page break) and the table's rows.</summary>
    private const int MaxFurnitureLines = 6;

    /// <summary>Every 部门预算公开 table, continued pages merged; empty when the document has none.</summary>
    public static IReadOnlyList<BudgetTable> Read(IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(context);
        var tables = new List<BudgetTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            var title = BudgetTableTitle.Read(lines[i].Text);
            if (title is null) continue;
            var table = ReadTable(lines, i, title, context, out var end);
            if (table is null) continue;
            // A province printing the title again on each page (烟台: 收入总体情况表 on three pages): one table. Rows that
            // start the table over are not a continuation but the table printed a second time (kept apart, so R-DOC-002
            // sees it and its note sits on the second title).
            if (tables.Count > 0 && tables[^1].Title == table.Title && tables[^1].Columns.SequenceEqual(table.Columns) && !IsNote(tables[^1])
                && !StartsOver(tables[^1], table))
                tables[^1] = tables[^1] with { Rows = [.. tables[^1].Rows, .. table.Rows] };
            else tables.Add(table);
            i = end - 1;
        }
        return tables;
    }

    private static BudgetTable? ReadTable(IReadOnlyList<SourceLine> lines, int titleIndex, string title, ReadContext context, out int end)
    {
        end = titleIndex + 1;
        var furniture = new List<string>();
        var first = SkipFurniture(lines, titleIndex + 1, furniture);
        if (first < 0) return null;

        var headerRows = new List<string?[]>();
        for (var k = first; k < lines.Count && TableRowCells.IsTableLine(lines[k].Text) && headerRows.Count < 4; k++)
            headerRows.Add(TableRowCells.Split(lines[k].Text));
        var header = SpannedHeader(lines, first, out var taken) ?? BudgetTableHeader.Read(headerRows, out taken);
        var width = header.Columns.Count;
        var rows = new List<string?[]>();
        var k2 = first + taken;
        while (k2 < lines.Count)
        {
            var line = lines[k2];
            if (line.IsBlank)
            {
                k2++;
                continue;
            }
            // Inside a table any tabbed line is a row, even with one filled cell: the rest of a row broken over a
            // page ("		人员生活") has only its name.
            if (line.Text.Contains('\t') && !TableOfContentsLine.Is(line.Text))
            {
                var cells = TableRowCells.Split(line.Text);
                if (TableRowCells.FilledCount(cells) > 0 && !header.IsRepeat(cells)) Place(cells, width, rows, line, context);
                k2++;
                continue;
            }
            // A single-cell line: a page break (furniture, then the header again or the rows) or the table's end.
            var resume = ContinuationAfter(lines, k2, furniture, header);
            if (resume < 0) break;
            k2 = resume;
        }
        end = k2;
        KeepNotes(lines, ref end, rows);
        return new BudgetTable(title, header.Columns, rows.Select(r => (IReadOnlyList<string?>)r).ToList())
        {
            Unit = FindUnit(furniture, header),
            SourceLine = lines[titleIndex].Number,
        };
    }

    /// <summary>
    /// A header printed with merged cells once (PDF extraction): the leading rows that hold no figure and no 科目 code,
    /// laid over each other by <see cref="BudgetTableHeader.ReadSpanned"/>; the table's width is the widest of them and of
    /// the first rows below. Null when the header is written cell by cell (blanks under a spanning heading), which
    /// <see cref="BudgetTableHeader.Read"/> reads.
    /// </summary>
    private static BudgetTableHeader? SpannedHeader(IReadOnlyList<SourceLine> lines, int first, out int taken)
    {
        taken = 0;
        var header = new List<string?[]>();
        var width = 0;
        var k = first;
        for (; k < lines.Count && header.Count < 4; k++)
        {
            var text = lines[k].Text;
            if (!text.Contains('\t') || string.IsNullOrWhiteSpace(text)) break;
            var cells = TableRowCells.Split(text);
            if (cells.Any(c => TableRowCells.IsNumber(c)) || IsTotalOnly(cells)) break;
            header.Add(cells);
            width = Math.Max(width, cells.Length);
        }
        if (header.Count < 2) return null;
        // Data rows drop their trailing blanks: the header's own leaf columns count too.
        width = Math.Max(width, BudgetTableHeader.LeafCount(header));
        for (var d = k; d < lines.Count && d < k + 5 && lines[d].Text.Contains('\t'); d++)
            width = Math.Max(width, TableRowCells.Split(lines[d].Text).Length);
        if (!BudgetTableHeader.HasSpannedCells(header, width)) return null;
        taken = header.Count;
        return BudgetTableHeader.ReadSpanned(header, width);
    }

    /// <summary>
    /// Skips the short lines under a title (department, 预算年度, 单位, 截止时间), collecting them; returns the index of
    /// the first table line, or -1 when prose, a heading with a title of its own, or a 目录 comes first.
    /// </summary>
    private static int SkipFurniture(IReadOnlyList<SourceLine> lines, int from, List<string> furniture)
    {
        var seen = 0;
        for (var k = from; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (TableOfContentsLine.Is(text)) return -1;
            if (TableRowCells.IsTableLine(text) && !IsFurnitureRow(text)) return k;
            if (++seen > MaxFurnitureLines || !IsFurniture(text)) return -1;
            furniture.Add(FurnitureKey(text));
        }
        return -1;
    }

    /// <summary>
    /// At a single-cell line inside a table: when short lines and then a repeat of the header follow (or the same
    /// department / 预算年度 / 单位 lines as under the title, then rows), the table continues on a new page; returns
    /// the index to resume at, else -1.
    /// </summary>
    private static int ContinuationAfter(IReadOnlyList<SourceLine> lines, int from, List<string> furniture, BudgetTableHeader header)
    {
        var seen = 0;
        var allKnown = true;
        for (var k = from; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (TableRowCells.IsTableLine(text))
            {
                if (TableOfContentsLine.Is(text)) return -1;
                return seen > 0 && (allKnown || header.IsRepeat(TableRowCells.Split(text))) ? k : -1;
            }
            if (++seen > MaxFurnitureLines || !IsFurniture(text)) return -1;
            allKnown &= furniture.Contains(FurnitureKey(text));
        }
        return -1;
    }

    /// <summary>The rows under a repeated title are the first rows of the table again, cell for cell.</summary>
    private static bool StartsOver(BudgetTable previous, BudgetTable again) =>
        again.Rows.Count > 0 && again.Rows.Count <= previous.Rows.Count
        && again.Rows.Select((row, r) => row.SequenceEqual(previous.Rows[r])).All(same => same);

    /// <summary>The table ends with its note (注：…): a second table of the same title is another table, not its continuation.</summary>
    private static bool IsNote(BudgetTable t) => t.Rows.Count > 0 && t.Rows[^1].Count == 1 && t.Rows[^1][0] is { } c && c.StartsWith('注');

    /// <summary>合计 alone: the total row of an empty table, not a heading.</summary>
    private static bool IsTotalOnly(string?[] cells) =>
        TableRowCells.FilledCount(cells) == 1 && TableRowCells.Compact(cells.First(c => c is not null)) is "合计" or "总计";

    /// <summary>编制部门：… ⇥ 单位：元 — the department and unit printed on one line with a gap: page furniture, not a row.</summary>
    private static bool IsFurnitureRow(string text)
    {
        foreach (var cell in TableRowCells.Split(text))
        {
            if (cell is null) continue;
            var c = TableRowCells.Compact(cell);
            if (!(c.Contains("单位:", StringComparison.Ordinal) || c.Contains("单位：", StringComparison.Ordinal) || c.StartsWith("编制部门", StringComparison.Ordinal)
                || c.StartsWith("编制单位", StringComparison.Ordinal) || c.StartsWith("部门（单位）", StringComparison.Ordinal) || c.StartsWith("预算年度", StringComparison.Ordinal)
                || c.StartsWith("单位名称", StringComparison.Ordinal))) return false;
        }
        return true;
    }

    /// <summary>A short line that is neither a sentence, a note, nor another table's title.</summary>
    private static bool IsFurniture(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length <= 40 && !t.Contains('。') && !t.StartsWith("注", StringComparison.Ordinal) && BudgetTableTitle.Read(text) is null;
    }

    /// <summary>Page-furniture lines compared without Markdown marks and spaces ("## 324 承德市司法局" = "324 承德市司法局").</summary>
    private static string FurnitureKey(string text) => TableRowCells.Compact(text.TrimStart().TrimStart('#'));

    /// <summary>
    /// Places a data row. A row without its 序号 that carries only text, right after a numbered row, is the rest of
    /// that row broken over a page ("17 2040804 强制隔离戒毒 …" / "人员生活"): its text is appended to the same columns.
    /// </summary>
    private static void Place(string?[] cells, int width, List<string?[]> rows, SourceLine line, ReadContext context)
    {
        var used = TableRowCells.Width(cells);
        if (used > width)
        {
            context.Unplace(line.Number, line.Text, $"这一行有 {used} 个单元格，多于表头的 {width} 列，无法对应到列。");
            return;
        }
        var row = new string?[width];
        if (IsLabelledTotals(cells, width))
        {
            // 合计 ⇥ 31,214,205.80 ⇥ …: the label was merged across the code and name columns and printed once; the figures
            // (and the blanks after them) belong to the last columns.
            row[0] = cells[0];
            for (var i = 1; i < cells.Length; i++) row[width - cells.Length + i] = cells[i];
        }
        else Array.Copy(cells, row, used);
        if (rows.Count > 0 && IsBrokenRowRest(row, rows[^1]))
        {
            var previous = rows[^1];
            for (var c = 0; c < width; c++)
                if (row[c] is not null) previous[c] = previous[c] + row[c];
            return;
        }
        rows.Add(row);
    }

    /// <summary>A short row: a label, then only figures, no blank between (a merged label printed once).</summary>
    private static bool IsLabelledTotals(string?[] cells, int width)
    {
        var used = TableRowCells.Width(cells);
        if (cells.Length >= width || used < 2 || cells[0] is null || TableRowCells.IsNumber(cells[0])) return false;
        for (var i = 1; i < used; i++)
            if (!TableRowCells.IsNumber(cells[i])) return false;
        return true;
    }

    private static bool IsBrokenRowRest(string?[] row, string?[] previous)
    {
        if (row[0] is not null || !TableRowCells.IsSequenceNumber(previous[0])) return false;
        foreach (var cell in row)
            if (TableRowCells.IsNumber(cell)) return false;
        return true;
    }

    /// <summary>
    /// Notes under a table ("注：无政府采购预算，空表列示。") are kept as a one-cell row at the table's end: the
    /// exchange format has rows only, and the note is part of what was published (R-BUD-009 looks for it).
    /// </summary>
    private static void KeepNotes(IReadOnlyList<SourceLine> lines, ref int end, List<string?[]> rows)
    {
        for (var k = end; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.IsBlank) continue;
            var t = line.Text.AsSpan().Trim();
            // 注：… and （注：…）, as provinces print them.
            var note = t.TrimStart("（(");
            if (!(note.StartsWith("注：", StringComparison.Ordinal) || note.StartsWith("注:", StringComparison.Ordinal))) return;
            rows.Add([line.Text.Trim()]);
            end = k + 1;
        }
    }

    /// <summary>单位 from the lines under the title (单位：万元), else from a header cell (价值（金额单位：万元）).</summary>
    private static MoneyUnit? FindUnit(List<string> furniture, BudgetTableHeader header)
    {
        foreach (var text in furniture.Concat(header.Cells))
        {
            // Every 单位 on the line: 编制单位：某院 单位：元 names the unit after the second.
            for (var at = text.IndexOf("单位", StringComparison.Ordinal); at >= 0; at = text.IndexOf("单位", at + 2, StringComparison.Ordinal))
            {
                var rest = text.AsSpan(at + 2).TrimStart("：: ");
                var stop = rest.IndexOfAny("）)，,;；");
                if (MoneyUnits.FromChinese((stop < 0 ? rest : rest[..stop]).ToString()) is { } unit) return unit;
            }
        }
        return null;
    }
}
