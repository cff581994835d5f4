using Jixiao.Core.Model;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>
/// PDF project tables are read from the neutral grid first (issue 21): each case is one where the grid reader and the
/// old line reader differed and the page was read by eye (docs/reading-by-structure.md, “Parity verdicts”).
/// </summary>
public class GridFirstTests
{
    private static TargetDocument Corpus(string file) =>
        DocumentImporter.CreateDefault().Import(file, File.ReadAllBytes(Path.Combine(Seeds.SharedDirectory, "corpus", file))).Document;

    [Fact]
    public void A_form_drawn_as_two_tables_on_one_page_is_one_project_with_its_whole_name()
    {
        // fuzhou_b27b5cb p. 26: the 项目名称 row is a table of its own, its name cell cut after “补助资”; “金”, the
        // fields and the indicators are the next table.
        var doc = Corpus("fuzhou_b27b5cb.pdf");
        Assert.Equal(GridAssembly.Layout, doc.Source.Layout);
        Assert.Equal(13, doc.Projects.Count);
        var first = doc.Projects[0];
        Assert.Equal(("2026年医疗服务与保障能力提升补助资金", "745.00", "745.00", "0.00"),
            (first.Name, first.Budget.Total?.Text, first.Budget.Fiscal?.Text, first.Budget.Other?.Text));
        Assert.Equal("福州市医疗保障局", first.Implementer);
        Assert.Equal(6, first.Indicators.Count);
        Assert.Equal(("成本指标", "社会成本指标", "行政处罚案件完成及时率"), (first.Indicators[0].Level1, first.Indicators[0].Level2, first.Indicators[0].Name));
        Assert.Equal("外伤医疗费用结算审核服务费", doc.Projects[1].Name);
    }

    [Fact]
    public void A_label_cut_by_the_page_and_printed_in_both_halves_is_read_once()
    {
        // xian_14af670 pp. 46–47: 质量指标 is printed in the part of its cell on each page.
        var doc = Corpus("xian_14af670.pdf");
        var project = Assert.Single(doc.Projects);
        var quality = project.Indicators.Single(i => i.Name == "综合运行服务工作保障率");
        Assert.Equal(("产出指标", "质量指标"), (quality.Level1, quality.Level2));
        Assert.DoesNotContain(project.Indicators, i => i.Level2 == "质量指标质量指标");
    }

    [Fact]
    public void A_special_fund_table_labelled_专项资金名称_is_a_project_named_by_its_label()
    {
        // yantai_4f3272f p. 33: 专项资金名称 | 惠民殡葬补助资金, 年度预算资金（万元） | 2149.09; the line reader named it 项目类别.
        var doc = Corpus("yantai_4f3272f.pdf");
        Assert.DoesNotContain(doc.Projects, p => p.Name == "项目类别");
        var fund = doc.Projects.Single(p => p.Name == "惠民殡葬补助资金");
        Assert.Equal("2149.09", fund.Budget.Total?.Text);
        Assert.Equal(11, fund.Indicators.Count);
    }

    [Fact]
    public void A_wide_table_read_from_the_grid_gives_each_projects_fiscal_funds()
    {
        // beijing p. 24: 项目总额 | 其中：财政资金 / 其他资金 as a two-row header.
        var text = new Sources.Pdf.PdfFormat().Read(RealDocuments.RealDocs.Beijing, File.ReadAllBytes(Path.Combine(Seeds.SharedDirectory, "realdocs", RealDocuments.RealDocs.Beijing)));
        var projects = GridAssembly.Default.ReadProjects(text);
        Assert.Equal(30, projects.Count);
        Assert.Equal(("560.000000", "560.000000"), (projects[0].Budget.Total?.Text, projects[0].Budget.Fiscal?.Text));
        Assert.All(projects, p => Assert.Equal(p.Budget.Total?.Value, p.Budget.Fiscal?.Value));
    }

    [Fact]
    public void Goals_under_年度目标_not_the_column_headings()
    {
        // xian_321a5fe p. 44: 总体目标 | 实施期总目标 | 年度目标 with the targets in the row below.
        var doc = Corpus("xian_321a5fe.pdf");
        var fund = doc.Projects.Single(p => p.Name == "文化产业发展专项资金");
        Assert.DoesNotContain(fund.Goals, g => g.Contains("实施期总目标", StringComparison.Ordinal));
        Assert.Contains(fund.Goals, g => g.Contains("壮大我市文化产业规模", StringComparison.Ordinal));
    }
}
