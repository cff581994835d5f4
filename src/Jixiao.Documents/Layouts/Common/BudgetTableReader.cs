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
            tables.Add(table);
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
        var header = BudgetTableHeader.Read(headerRows, out var taken);
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
            if (TableRowCells.IsTableLine(text)) return k;
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
        Array.Copy(cells, row, used);
        if (rows.Count > 0 && IsBrokenRowRest(row, rows[^1]))
        {
            var previous = rows[^1];
            for (var c = 0; c < width; c++)
                if (row[c] is not null) previous[c] = previous[c] + row[c];
            return;
        }
        rows.Add(row);
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
            if (!(t.StartsWith("注：", StringComparison.Ordinal) || t.StartsWith("注:", StringComparison.Ordinal))) return;
            rows.Add([line.Text.Trim()]);
            end = k + 1;
        }
    }

    /// <summary>单位 from the lines under the title (单位：万元), else from a header cell (价值（金额单位：万元）).</summary>
    private static MoneyUnit? FindUnit(List<string> furniture, BudgetTableHeader header)
    {
        foreach (var text in furniture.Concat(header.Cells))
        {
            var at = text.IndexOf("单位", StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = text.AsSpan(at + 2).TrimStart("：: ");
            var stop = rest.IndexOfAny("）)，,;；");
            if (MoneyUnits.FromChinese((stop < 0 ? rest : rest[..stop]).ToString()) is { } unit) return unit;
        }
        return null;
    }
}
