using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 从中性模型读部门预算公开表（issue 16 第 2 条）：每张分类为预算表（或说不出种类）、上方（或首行）有预算公开表表名的
/// 表格，表头按单元格的跨度读成“上层-下层”的列名（<see cref="BudgetGridHeader"/>），其下各行按单元格所在的列放
/// （<see cref="BudgetGridRows"/>），每行带页、表、行、列、版面框。没有表名、紧接在上一张预算表之后、列数相同的表格
/// 是它的续表（分页时没有接上的）；同名同列的表连印在几页上（每页重印表名）是一张表。表下的“注：”作一格的行保留。
/// 列和行的意义（合计、其中、上年、平衡项）仍由 Core 的 BudgetTableView 按列名读，与行文读出的表相同。
/// </summary>
public sealed class BudgetGridReader(HeaderVocabulary vocabulary)
{
    public static BudgetGridReader Default { get; } = new(HeaderVocabulary.Default);

    /// <summary>表名最多在表格上方第几段（单位、编制部门、年度之类的杂项印在表名与表格之间）。</summary>
    private const int TitleSearch = 6;

    /// <summary>文档中的预算公开表，按阅读顺序；没有时为空。</summary>
    public IReadOnlyList<BudgetTable> Read(GridDocument grid, IReadOnlyList<ClassifiedTable> classified, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(classified);
        var words = vocabulary.Budget;
        var lines = new SourceLines(source);
        var kinds = classified.ToDictionary(c => c.Table, c => c.Kind, (IEqualityComparer<GridTable>)ReferenceEqualityComparer.Instance);
        var tables = new List<Building>();
        Building? open = null;
        var number = 0;
        var lastLine = 0;
        for (var i = 0; i < grid.Blocks.Count; i++)
        {
            if (grid.Blocks[i] is not GridTable table) continue;
            number++;
            if (!kinds.TryGetValue(table, out var kind) || kind is not (TableKind.Budget or TableKind.Other))
            {
                open = null;
                continue;
            }
            var above = grid.TextAbove(table, TitleSearch);
            var (title, titlePage, start) = Title(grid, table, above);
            start = SkipFurniture(table, start, words, out var furniture);
            if (title is null)
            {
                // A part the page joining did not join: no title, only page furniture above, the same width.
                if (open is not null && open.LastNumber == number - 1 && table.ColumnCount == open.Width && above.All(t => IsFurniture(t, words)))
                {
                    var again = BudgetGridHeader.Find(table, start, words);
                    if (again is null || again.SameColumns(open.Header))
                    {
                        BudgetGridRows.Read(table, number, again ?? open.Header, again is null ? start : again.LastRow + 1, words, lines, open.Rows, open.Places);
                        open.LastNumber = number;
                        KeepNotes(grid, i, open);
                        continue;
                    }
                }
                open = null;
                continue;
            }
            var header = BudgetGridHeader.Find(table, start, words);
            if (header is null)
            {
                open = null;
                continue;
            }
            var titleLine = lines.LineOfText(title, titlePage, lastLine);
            if (titleLine == 0) titleLine = lines.LineOfText(title, titlePage, 0);
            if (titleLine > 0) lastLine = titleLine;
            var building = new Building(title, header, table.ColumnCount, titleLine, number)
            {
                Unit = Unit(above.Concat(furniture).Concat(header.Texts)),
            };
            BudgetGridRows.Read(table, number, header, header.LastRow + 1, words, lines, building.Rows, building.Places);
            // A province printing the title on every page of one table (烟台): one table, unless the rows start it over.
            if (tables.Count > 0 && tables[^1] is var previous && previous.Title == title && previous.Header.SameColumns(header)
                && !previous.EndsWithNote && !StartsOver(previous, building))
            {
                previous.Rows.AddRange(building.Rows);
                previous.Places.AddRange(building.Places);
                previous.LastNumber = number;
                open = previous;
            }
            else
            {
                tables.Add(building);
                open = building;
            }
            KeepNotes(grid, i, open);
        }
        // A header-only part under a clipped repeat of a title read before (上海: “26年预算单位收入预算总表” over the
        // header again) is not another table.
        return [.. tables.Where((t, i) => t.Rows.Count > 0 || !tables.Take(i).Any(p => Compact(p.Title).EndsWith(Compact(t.Title), StringComparison.Ordinal)))
            .Select(t => t.ToTable())];
    }

    private static string Compact(string text) => TableRowCells.Compact(text);

    /// <summary>
    /// 表名：上方最近的几段文字里第一段预算公开表表名（它所在的页），否则表格首行唯一的一格（表名画在表里）；
    /// 表头从表名之后开始。
    /// </summary>
    private static (string? Title, int Page, int Start) Title(GridDocument grid, GridTable table, IReadOnlyList<string> above)
    {
        foreach (var text in above)
            if (BudgetTableTitle.Read(text) is { } title) return (title, PageOf(grid, table, text), 0);
        if (table.RowCount > 1 && table.OwnTexts(0) is [var only] && BudgetTableTitle.Read(only) is { } inside) return (inside, table.Page, 1);
        return (null, table.Page, 0);
    }

    private static int PageOf(GridDocument grid, GridTable table, string text)
    {
        var page = table.Page;
        foreach (var block in grid.Blocks)
        {
            if (ReferenceEquals(block, table)) break;
            if (block is GridParagraph p && p.Text.Trim() == text) page = p.Page;
        }
        return page;
    }

    /// <summary>表内开头的杂项行（单位：万元、编制部门：…）：跳过，留下找单位。</summary>
    private static int SkipFurniture(GridTable table, int start, BudgetTableWords words, out List<string> furniture)
    {
        furniture = [];
        for (var r = start; r < table.RowCount; r++)
        {
            var own = table.OwnTexts(r);
            // 单位 | 万元 in two cells (a worksheet saved by LibreOffice) is the unit line too.
            var joined = string.Concat(own.Select(TableRowCells.Compact));
            var unitPair = own.Count == 2 && joined.StartsWith("单位", StringComparison.Ordinal) && Unit([joined]) is not null;
            if (own.Count == 0 || !unitPair && !own.All(t => words.IsFurniture(TableRowCells.Compact(t)))) return r;
            furniture.AddRange(own);
            furniture.Add(joined);
        }
        return table.RowCount;
    }

    /// <summary>单位、编制部门、年度之类的短段落，或页码：续页表格上方只有这些。</summary>
    private static bool IsFurniture(string text, BudgetTableWords words)
    {
        var t = TableRowCells.Compact(text);
        return t.Length <= 40 && !t.Contains('。') && BudgetTableTitle.Read(text) is null
            && (words.IsFurniture(t) || t.Length <= 30);
    }

    /// <summary>重印表名之下的行又从表的第一行印起：是同一张表再印一遍（R-DOC-002 要看到），不是续页。</summary>
    private static bool StartsOver(Building previous, Building again) =>
        again.Rows.Count > 0 && again.Rows.Count <= previous.Rows.Count
        && again.Rows.Select((row, r) => row.SequenceEqual(previous.Rows[r])).All(same => same);

    /// <summary>紧接表格之后的“注：…”段落，作一格的行留在表末（R-BUD-009 找空表的说明）。</summary>
    private void KeepNotes(GridDocument grid, int tableBlock, Building building)
    {
        for (var k = tableBlock + 1; k < grid.Blocks.Count && grid.Blocks[k] is GridParagraph p; k++)
        {
            var text = p.Text.Trim();
            if (text.Length == 0) continue;
            if (!vocabulary.Budget.IsNote(TableRowCells.Compact(text))) return;
            building.Rows.Add([text]);
            building.Places.Add(null);
        }
    }

    /// <summary>单位：表上方的杂项（单位：万元），否则表头里的（价值（金额单位：万元））。</summary>
    private static MoneyUnit? Unit(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            // Every 单位 on the line: 编制单位：某院 单位：元 names the unit after the second.
            for (var at = text.IndexOf("单位", StringComparison.Ordinal); at >= 0; at = text.IndexOf("单位", at + 2, StringComparison.Ordinal))
            {
                var rest = text.AsSpan(at + 2).TrimStart("：: ");
                var stop = rest.IndexOfAny("）)，,;； ");
                if (MoneyUnits.FromChinese((stop < 0 ? rest : rest[..stop]).ToString()) is { } unit) return unit;
            }
        }
        return null;
    }

    /// <summary>读到一半的表：表名、表头、已读的行和它们的位置。</summary>
    private sealed class Building(string title, BudgetGridHeader header, int width, int sourceLine, int number)
    {
        public string Title { get; } = title;
        public BudgetGridHeader Header { get; } = header;
        public int Width { get; } = width;
        public int SourceLine { get; } = sourceLine;
        public int LastNumber { get; set; } = number;
        public MoneyUnit? Unit { get; init; }
        public List<string?[]> Rows { get; } = [];
        public List<BudgetRowPlace?> Places { get; } = [];
        public bool EndsWithNote => Rows.Count > 0 && Rows[^1].Length == 1 && Rows[^1][0] is { } c && c.TrimStart('（', '(').StartsWith('注');

        public BudgetTable ToTable() =>
            new(Title, Header.Columns, [.. Rows.Select(r => (IReadOnlyList<string?>)r)])
            {
                Unit = Unit,
                SourceLine = SourceLine,
                RowPlaces = Places,
            };
    }
}
