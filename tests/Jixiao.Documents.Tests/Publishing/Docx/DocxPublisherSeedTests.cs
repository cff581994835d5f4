using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;
using Jixiao.Documents.Tests.Support;
using static Jixiao.Documents.Tests.Publishing.Docx.DocxReading;

namespace Jixiao.Documents.Tests.Publishing.Docx;

public class DocxPublisherSeedTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Published_document_is_valid_open_xml(string seed)
    {
        using var docx = Open(Publish(Import(seed)));
        var errors = new OpenXmlValidator().Validate(docx).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_project_has_one_target_table_with_its_values_in_order(string seed)
    {
        var document = Import(seed);
        using var docx = Open(Publish(document));
        var projectTables = TablesWithHeadings(docx.MainDocumentPart!.Document!.Body!)
            .Where(t => t.Heading.EndsWith("绩效目标表", StringComparison.Ordinal)).ToList();
        Assert.Equal(document.Projects.Count, projectTables.Count);
        for (var k = 0; k < document.Projects.Count; k++)
        {
            var project = document.Projects[k];
            Assert.Equal($"{k + 1}.{project.Name}绩效目标表", projectTables[k].Heading);
            var expected = new List<string>();
            if (project.Code is not null) expected.Add(project.Code);
            expected.Add(project.Name);
            foreach (var figure in new[] { project.Budget.Total, project.Budget.Fiscal, project.Budget.Other })
                if (figure is { } f) expected.Add(f.Text);
            foreach (var indicator in project.Indicators)
            {
                expected.Add(indicator.Name);
                if (indicator.Value is not null) expected.Add(indicator.Value);
            }
            AssertInOrder(CellTexts(projectTables[k].Table), expected, $"{seed} project {k + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Level1_cells_are_merged_down_exactly_while_level1_repeats(string seed)
    {
        var document = Import(seed);
        using var docx = Open(Publish(document));
        var projectTables = TablesWithHeadings(docx.MainDocumentPart!.Document!.Body!)
            .Where(t => t.Heading.EndsWith("绩效目标表", StringComparison.Ordinal)).Select(t => t.Table).ToList();
        var checkedRows = 0;
        for (var k = 0; k < document.Projects.Count; k++)
        {
            var rows = projectTables[k].Elements<TableRow>().ToList();
            var header = rows.FindIndex(r => RowTexts(r)[0] == "一级指标");
            Assert.True(header >= 0, $"{seed} project {k + 1}: no 一级指标 header row");
            var indicators = document.Projects[k].Indicators;
            Assert.Equal(indicators.Count, rows.Count - header - 1);
            for (var i = 0; i < indicators.Count; i++)
            {
                var first = rows[header + 1 + i].Elements<TableCell>().First();
                var changes = i == 0 || indicators[i].Level1 != indicators[i - 1].Level1;
                var continues = i + 1 < indicators.Count && indicators[i + 1].Level1 == indicators[i].Level1;
                // A new 一级指标 restarts a merge when the next row shares it; a one-row cell is not merged at all.
                MergedCellValues? expected = !changes ? MergedCellValues.Continue : continues ? MergedCellValues.Restart : null;
                Assert.Equal(expected, VerticalMergeOf(first));
                Assert.Equal(changes ? indicators[i].Level1 ?? "" : "", CellText(first));
                checkedRows++;
            }
        }
        Assert.True(checkedRows > 0 || document.Projects.All(p => p.Indicators.Count == 0));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Cover_names_the_department_and_the_year(string seed)
    {
        var document = Import(seed);
        using var docx = Open(Publish(document));
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Take(2).Select(p => p.InnerText).ToList();
        Assert.Equal(document.Department!.Name, paragraphs[0]);
        Assert.Equal($"{document.FiscalYear}年部门预算绩效目标", paragraphs[1]);
    }

    [Fact]
    public void Budget_disclosure_tables_of_004_are_printed_with_every_row()
    {
        var document = Import(Seeds.S004);
        Assert.NotEmpty(document.BudgetTables);
        using var docx = Open(Publish(document));
        var body = docx.MainDocumentPart!.Document!.Body!;
        var tables = TablesWithHeadings(body);
        foreach (var budget in document.BudgetTables)
        {
            var printed = tables.Single(t => t.Heading == budget.Title).Table;
            Assert.Equal(budget.Rows.Count + 1, printed.Elements<TableRow>().Count());
            Assert.Equal(budget.Columns, RowTexts(printed.Elements<TableRow>().First()).Take(budget.Columns.Count));
        }
        var first = document.BudgetTables[0];
        var firstRow = RowTexts(tables.Single(t => t.Heading == first.Title).Table.Elements<TableRow>().ElementAt(1));
        Assert.Equal(first.Rows[0].Select(c => c ?? ""), firstRow.Take(first.Rows[0].Count));
        // The disclosure tables sit in a landscape section of their own.
        var finalSection = body.Elements<SectionProperties>().Single();
        Assert.Equal(PageOrientationValues.Landscape, finalSection.GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void Documents_without_disclosure_tables_stay_portrait_and_have_no_third_part()
    {
        var document = Import(Seeds.S000);
        Assert.Empty(document.BudgetTables);
        using var docx = Open(Publish(document));
        var body = docx.MainDocumentPart!.Document!.Body!;
        Assert.Null(body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Orient);
        Assert.DoesNotContain(body.Elements<Paragraph>(), p => p.InnerText.Contains("部门预算公开表", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicator_columns_follow_what_the_document_has()
    {
        using (var docx = Open(Publish(Import(Seeds.S000))))
            Assert.Equal(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"], IndicatorHeader(docx));
        using (var docx = Open(Publish(Import(Seeds.S001))))
            Assert.Equal(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "权重"], IndicatorHeader(docx));
        using (var docx = Open(Publish(Import(Seeds.S003))))
            Assert.Equal(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"], IndicatorHeader(docx));
    }

    private static List<string> IndicatorHeader(DocumentFormat.OpenXml.Packaging.WordprocessingDocument docx)
    {
        var table = TablesWithHeadings(docx.MainDocumentPart!.Document!.Body!).First(t => t.Heading.EndsWith("绩效目标表", StringComparison.Ordinal)).Table;
        return RowTexts(table.Elements<TableRow>().First(r => RowTexts(r)[0] == "一级指标"));
    }
}
