using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SheetNames = Jixiao.Documents.Publishing.Xlsx.SheetNames;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Xlsx;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Xlsx;

/// <summary>
/// The workbook as the official forms (issue 20 item 6): 封面, 整体目标, one 项目绩效目标表 per project and one sheet per
/// 公开表, each table ruled with merged cells as the Word/PDF/HTML publishers print it, 宋体, sized to print on A4.
/// Reading it back (field-exact for every seed) is tests/Jixiao.Documents.Tests/Office/OfficeRoundTripTests.
/// </summary>
public class XlsxPublisherSeedTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    private static TargetDocument Import(string seed) =>
        DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;

    private static MemoryStream Publish(TargetDocument doc)
    {
        var stream = new MemoryStream();
        XlsxPublisher.Write(doc, stream);
        return stream;
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Written_workbook_passes_the_open_xml_validator(string seed)
    {
        using var stream = Publish(Import(seed));
        stream.Position = 0;
        using var spreadsheet = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(spreadsheet)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Cover_overall_one_sheet_per_project_and_budget_table_with_valid_unique_names(string seed)
    {
        var doc = Import(seed);
        using var stream = Publish(doc);
        var sheets = WorkbookReadBack.Read(stream);

        var expected = 1 + (doc.Overall is null ? 0 : 1) + doc.Projects.Count + doc.BudgetTables.Count;
        Assert.Equal(expected, sheets.Count);
        Assert.All(sheets, s => Assert.True(SheetNames.IsValid(s.Name), s.Name));
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("封面", sheets[0].Name);
        if (doc.Overall is not null) Assert.Equal("整体目标", sheets[1].Name);
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Each_project_sheet_is_the_form_with_its_merged_labels_and_every_indicator_in_order(string seed)
    {
        var doc = Import(seed);
        using var stream = Publish(doc);
        var projectSheets = WorkbookReadBack.Read(stream).Skip(1 + (doc.Overall is null ? 0 : 1)).Take(doc.Projects.Count).ToList();
        Assert.NotEmpty(doc.Projects);
        for (var p = 0; p < doc.Projects.Count; p++)
        {
            var project = doc.Projects[p];
            var sheet = projectSheets[p];
            Assert.Equal($"{p + 1}.{project.Name}绩效目标表", sheet.At("A1")?.Text);
            // The title is merged over the whole width; 预算规模及资金用途 over its two rows (figures, 资金用途).
            Assert.Contains(sheet.Merges, m => m.StartsWith("A1:", StringComparison.Ordinal));
            var budgetLabel = sheet.Cells.Single(c => c.Text == "预算规模及资金用途");
            Assert.Contains(sheet.Merges, m => m.StartsWith(budgetLabel.Reference + ":", StringComparison.Ordinal) && RowsOf(m) == 2);
            Assert.Equal(project.Name, RightOf(sheet, "项目名称")?.Text);
            AssertFigure(project.Budget.Total, RightOf(sheet, "预算数"));
            AssertFigure(project.Budget.Fiscal, RightOf(sheet, "其中：财政资金"));
            AssertFigure(project.Budget.Other, RightOf(sheet, "其他资金"));
            var expectedInOrder = project.Indicators.SelectMany(i => new[] { i.Name, i.Value, i.Weight?.Text })
                .OfType<string>().Where(t => t.Length > 0).ToList();
            AssertSubsequence(expectedInOrder, sheet.Texts.ToList(), sheet.Name);
        }
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Level1_merges_cover_exactly_the_rows_sharing_it(string seed)
    {
        var doc = Import(seed);
        using var stream = Publish(doc);
        var sheets = WorkbookReadBack.Read(stream);
        var offset = 1 + (doc.Overall is null ? 0 : 1);
        var checkedRuns = 0;
        for (var p = 0; p < doc.Projects.Count; p++)
        {
            var indicators = doc.Projects[p].Indicators;
            if (indicators.Count == 0) continue;
            var sheet = sheets[offset + p];
            var header = sheet.Cells.Single(c => c.Column == "A" && c.Text == "一级指标");
            var first = header.Row + 1;
            var start = 0;
            for (var i = 1; i <= indicators.Count; i++)
            {
                if (i < indicators.Count && indicators[i].Level1 == indicators[i - 1].Level1) continue;
                Assert.Equal(indicators[start].Level1 ?? "", sheet.At($"A{first + start}")?.Text ?? "");
                if (i - 1 > start)
                {
                    Assert.Contains($"A{first + start}:A{first + i - 1}", sheet.Merges);
                    checkedRuns++;
                }
                start = i;
            }
        }
        Assert.True(checkedRuns > 0, "expected at least one merged 一级指标 range");
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Numeric_cells_hold_the_exact_written_decimal(string seed)
    {
        var doc = Import(seed);
        using var stream = Publish(doc);
        var numbers = WorkbookReadBack.Read(stream).SelectMany(s => s.Cells).Where(c => c.IsNumber).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, c => Assert.True(PlainDecimal.IsMatch(c.Text), $"{c.Reference} '{c.Text}'"));
        // Displayed with as many decimals as printed: "20.00" shows as 20.00, "22.59" as 22.59, "20" as 20.
        Assert.All(numbers, c => Assert.Equal(
            DecimalsOf(c.Text) is > 0 and <= 6 and var d ? "0." + new string('0', d) : null, c.FormatCode));
        var projectFigures = doc.Projects.SelectMany(p => new[] { p.Budget.Total, p.Budget.Fiscal, p.Budget.Other })
            .OfType<WrittenDecimal>().Select(w => w.Text).Where(PlainDecimal.IsMatch).ToList();
        Assert.Subset(numbers.Select(c => c.Text).ToHashSet(), projectFigures.ToHashSet());
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Every_table_cell_is_ruled_in_SimSun_and_every_sheet_prints_on_A4_one_page_wide(string seed)
    {
        using var stream = Publish(Import(seed));
        stream.Position = 0;
        using var spreadsheet = SpreadsheetDocument.Open(stream, false);
        var workbookPart = spreadsheet.WorkbookPart!;
        var stylesheet = workbookPart.WorkbookStylesPart!.Stylesheet!;
        Assert.All(stylesheet.Fonts!.Elements<Font>(), f => Assert.Equal("宋体", f.GetFirstChild<FontName>()?.Val?.Value));
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var borders = stylesheet.Borders!.Elements<Border>().ToList();
        bool Ruled(Cell c) => c.StyleIndex?.Value is { } s && borders[(int)(formats[(int)s].BorderId?.Value ?? 0)].LeftBorder?.Style?.Value == BorderStyleValues.Thin;
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>();
            Assert.NotNull(setup);
            Assert.Equal(9u, setup.PaperSize?.Value); // A4
            Assert.Equal(1u, setup.FitToWidth?.Value);
            var landscape = setup.Orientation?.Value == OrientationValues.Landscape;
            var width = worksheet.Descendants<Column>().Sum(c => c.Width?.Value ?? 0);
            Assert.InRange(width, 1, landscape ? 140 : 94);
            // Every cell in a merged range of a table is ruled, so the printed table has all its lines; so is every
            // cell of the row that holds a label (项目编码, 一级指标 …).
            var cells = worksheet.Descendants<Cell>().ToList();
            foreach (var label in cells.Where(c => c.InnerText is "项目编码" or "一级指标" or "总体资金情况"))
            {
                var row = (Row)label.Parent!;
                Assert.All(row.Elements<Cell>(), c => Assert.True(Ruled(c), $"{sheet.Name?.Value} {c.CellReference}"));
            }
        }
    }

    [Fact]
    public void Budget_tables_get_their_own_sheets_with_title_columns_and_rows()
    {
        var doc = Import(Seeds.S004);
        Assert.NotEmpty(doc.BudgetTables);
        using var stream = Publish(doc);
        var tableSheets = WorkbookReadBack.Read(stream).Skip(1 + (doc.Overall is null ? 0 : 1) + doc.Projects.Count).ToList();
        Assert.Equal(doc.BudgetTables.Count, tableSheets.Count);
        for (var t = 0; t < doc.BudgetTables.Count; t++)
        {
            var table = doc.BudgetTables[t];
            var sheet = tableSheets[t];
            Assert.Equal("部门预算公开表", sheet.At("A1")?.Text);
            Assert.Equal(table.Title, sheet.At("A2")?.Text);
            var expected = table.Columns.Concat(table.Rows.SelectMany(r => r)).OfType<string>().Where(s => s.Length > 0).ToList();
            AssertSubsequence(expected, sheet.Texts.ToList(), sheet.Name);
        }
    }

    private static int RowsOf(string merge)
    {
        var rows = merge.Split(':').Select(r => int.Parse(new string(r.SkipWhile(char.IsAsciiLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return rows[1] - rows[0] + 1;
    }

    /// <summary>The first non-empty cell right of the cell holding <paramref name="label"/>, on its row (null when the value is blank).</summary>
    private static ReadCell? RightOf(ReadSheet sheet, string label)
    {
        var labelCell = sheet.Cells.First(c => c.Text == label);
        var next = sheet.Cells.Where(c => c.Row == labelCell.Row && string.CompareOrdinal(Pad(c.Column), Pad(labelCell.Column)) > 0 && c.Text.Length > 0)
            .OrderBy(c => Pad(c.Column), StringComparer.Ordinal).FirstOrDefault();
        return next is null || IsLabel(next.Text) ? null : next;
    }

    private static string Pad(string column) => column.PadLeft(3, ' ');

    private static bool IsLabel(string text) => text is "项目名称" or "预算数" or "其中：财政资金" or "其他资金" or "项目编码";

    private static int DecimalsOf(string text) => text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;

    private static void AssertFigure(WrittenDecimal? written, ReadCell? cell)
    {
        if (written is null) { Assert.Null(cell); return; }
        Assert.NotNull(cell);
        Assert.Equal(written.Value.Text, cell.Text);
        Assert.Equal(PlainDecimal.IsMatch(written.Value.Text), cell.IsNumber);
    }

    /// <summary>Each expected text occurs in <paramref name="actual"/>, in the same order.</summary>
    private static void AssertSubsequence(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string where)
    {
        var at = 0;
        foreach (var text in expected)
        {
            while (at < actual.Count && actual[at] != text) at++;
            Assert.True(at < actual.Count, $"{where}: '{text}' missing or out of order");
            at++;
        }
    }
}
