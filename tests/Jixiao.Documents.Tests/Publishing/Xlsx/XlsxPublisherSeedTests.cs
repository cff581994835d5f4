using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Xlsx;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Xlsx;

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
    public void One_sheet_per_overall_target_project_and_budget_table_with_valid_unique_names(string seed)
    {
        var doc = Import(seed);
        using var stream = Publish(doc);
        var sheets = WorkbookReadBack.Read(stream);

        var expected = (doc.Overall is null ? 0 : 1) + doc.Projects.Count + doc.BudgetTables.Count;
        Assert.Equal(expected, sheets.Count);
        Assert.All(sheets, s => Assert.True(SheetNames.IsValid(s.Name), s.Name));
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        if (doc.Overall is not null) Assert.Equal("整体目标", sheets[0].Name);
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void Each_project_sheet_holds_name_budget_and_every_indicator_value_in_order(string seed)
    {
        var doc = Import(seed);
        using var stream = Publish(doc);
        var projectSheets = WorkbookReadBack.Read(stream).Skip(doc.Overall is null ? 0 : 1).Take(doc.Projects.Count).ToList();

        Assert.NotEmpty(doc.Projects);
        for (var p = 0; p < doc.Projects.Count; p++)
        {
            var project = doc.Projects[p];
            var sheet = projectSheets[p];
            Assert.StartsWith((p + 1).ToString("D" + doc.Projects.Count.ToString().Length), sheet.Name);
            Assert.Equal(project.Name, sheet.ValueOf("项目名称")?.Text);
            Assert.Equal(project.Code, sheet.ValueOf("项目编码")?.Text);
            AssertFigure(project.Budget.Total, sheet.ValueOf("预算数"));
            AssertFigure(project.Budget.Fiscal, sheet.ValueOf("其中：财政资金"));
            AssertFigure(project.Budget.Other, sheet.ValueOf("其他资金"));

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
        var checkedRuns = 0;
        var withIndicators = new List<(ReadSheet Sheet, IReadOnlyList<Indicator> Indicators)>();
        if (doc.Overall is not null) withIndicators.Add((sheets[0], doc.Overall.Indicators));
        var offset = doc.Overall is null ? 0 : 1;
        for (var p = 0; p < doc.Projects.Count; p++) withIndicators.Add((sheets[offset + p], doc.Projects[p].Indicators));

        foreach (var (sheet, indicators) in withIndicators.Where(w => w.Indicators.Count > 0))
        {
            var header = sheet.Cells.Single(c => c.Column == "A" && c.Text == "一级指标");
            var first = header.Row + 1;
            var expected = new List<string>();
            var start = 0;
            for (var i = 1; i <= indicators.Count; i++)
            {
                if (i < indicators.Count && indicators[i].Level1 is not null && indicators[i].Level1 == indicators[i - 1].Level1) continue;
                if (i - 1 > start) expected.Add($"A{first + start}:A{first + i - 1}");
                Assert.Equal(indicators[start].Level1 ?? "", sheet.At($"A{first + start}")?.Text ?? "");
                start = i;
            }
            Assert.Equal(expected, sheet.Merges.Where(m => m.StartsWith('A')).ToList());
            checkedRuns += expected.Count;
            // Every 二级 merge lies inside one 一级 run.
            foreach (var merge in sheet.Merges.Where(m => m.StartsWith('B')))
            {
                var rows = merge.Split(':').Select(r => int.Parse(r[1..])).ToArray();
                Assert.True(rows[1] > rows[0]);
                var level1 = indicators[rows[0] - first].Level1;
                for (var r = rows[0]; r <= rows[1]; r++)
                {
                    Assert.Equal(level1, indicators[r - first].Level1);
                    Assert.Equal(indicators[rows[0] - first].Level2, indicators[r - first].Level2);
                }
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
        var written = doc.Projects.SelectMany(p => new[] { p.Budget.Total, p.Budget.Fiscal, p.Budget.Other })
            .OfType<WrittenDecimal>().Select(w => w.Text).Where(PlainDecimal.IsMatch).ToHashSet();
        Assert.Subset(numbers.Select(c => c.Text).ToHashSet(), written);
    }

    [Fact]
    public void Budget_tables_get_their_own_sheets_with_title_columns_and_rows()
    {
        var doc = Import(Seeds.S004);
        Assert.NotEmpty(doc.BudgetTables);
        using var stream = Publish(doc);
        var tableSheets = WorkbookReadBack.Read(stream).Skip((doc.Overall is null ? 0 : 1) + doc.Projects.Count).ToList();
        Assert.Equal(doc.BudgetTables.Count, tableSheets.Count);
        for (var t = 0; t < doc.BudgetTables.Count; t++)
        {
            var table = doc.BudgetTables[t];
            var sheet = tableSheets[t];
            Assert.Equal(table.Title, sheet.At("A1")?.Text);
            var expected = table.Columns.Concat(table.Rows.SelectMany(r => r)).OfType<string>().Where(s => s.Length > 0).ToList();
            AssertSubsequence(expected, sheet.Texts.ToList(), sheet.Name);
        }
    }

    [Fact]
    public void Overall_sheet_holds_funds_goals_and_weighted_indicators()
    {
        var doc = Import(Seeds.S001);
        var overall = doc.Overall!;
        Assert.NotNull(overall.Funds);
        using var stream = Publish(doc);
        var sheet = WorkbookReadBack.Read(stream)[0];
        AssertFigure(overall.Funds!.Total, sheet.ValueOf("预算支出总额"));
        AssertFigure(overall.Funds.Basic, sheet.ValueOf("基本支出"));
        AssertFigure(overall.Funds.Project, sheet.ValueOf("项目支出"));
        Assert.NotEmpty(overall.Indicators);
        var expected = overall.Goals.Concat(overall.Indicators.SelectMany(i => new[] { i.Name, i.Nature, i.Value, i.Weight?.Text }))
            .OfType<string>().ToList();
        AssertSubsequence(expected, sheet.Texts.Select(t => t.Length > 3 && char.IsAsciiDigit(t[0]) && t[1..3] == ". " ? t[3..] : t).ToList(), sheet.Name);
        Assert.Contains("权重", sheet.Texts);
    }

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
