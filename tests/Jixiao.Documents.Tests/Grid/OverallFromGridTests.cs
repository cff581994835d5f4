using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>
/// 部门整体支出绩效目标表 read from the neutral model's classified table, on a real disclosure of the corpus
/// (../shared/corpus, read-only): the line readers read none of the 18 such tables there.
/// </summary>
public class OverallFromGridTests
{
    private static string Corpus(string file) => Path.Combine(Seeds.SharedDirectory, "corpus", file);

    [Fact]
    public void The_department_wide_table_of_a_xian_disclosure_is_read_with_its_tasks_total_and_weighted_indicators()
    {
        var path = Corpus("xian_0969819.pdf");
        var result = DocumentImporter.CreateDefault().Import(Path.GetFileName(path), File.ReadAllBytes(path));
        var overall = Assert.IsType<Jixiao.Core.Model.OverallTarget>(result.Document.Overall);
        // 年度主要任务: three tasks, 金额合计 6210.92 as printed.
        Assert.Equal(["保障人员经费", "保障单位日常工作运转", "保障各项调查、普查任务顺利开展"], overall.SubGoals.Select(s => s.Title));
        Assert.Equal("6210.92", overall.Funds?.Total?.Text);
        // The table continues over the next page; the header prints 分值权重（90分）.
        Assert.Equal(25, overall.Indicators.Count);
        Assert.Equal(90m, overall.Indicators.Sum(i => i.Weight?.Value ?? 0m));
        var first = overall.Indicators[0];
        Assert.Equal(("成本指标", "经济成本指标", "清查表登记成本（元/户）", "≤2"), (first.Level1, first.Level2, first.Name, first.Value));
        var last = overall.Indicators[^1];
        Assert.Equal(("满意度指标", "服务对象满意度指标"), (last.Level1, last.Level2));
        // Findings about these indicators can be located: each points at a line of the source on its page.
        Assert.All(overall.Indicators, i => Assert.True(i.SourceLine > 0, i.Name));
        Assert.Equal(9, result.Document.Projects.Count); // the project forms are read as before
    }
}
