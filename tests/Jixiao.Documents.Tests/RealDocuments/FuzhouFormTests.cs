using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Tests.RealDocuments;

/// <summary>
/// fuzhou_civil_affairs_2026.pdf: one-page 项目绩效目标表 per project, a 绩效目标指标 label merged down the left and
/// indicator names wrapped inside their cells. Expected values checked by eye on the page images (pages 31 and 52).
/// </summary>
public class FuzhouFormTests
{
    private static TargetDocument Doc => RealDocs.Document(RealDocs.Fuzhou);

    [Fact]
    public void Is_read_as_project_forms()
    {
        Assert.Equal(Jixiao.Documents.Grid.GridAssembly.Layout, Doc.Source.Layout);
        Assert.Equal(2026, Doc.FiscalYear);
        Assert.Equal(MoneyUnit.TenThousandYuan, Doc.MoneyUnit);
        Assert.Equal(new Department(null, "福州市民政局"), Doc.Department);
    }

    [Fact]
    public void Every_project_and_indicator_is_read()
    {
        // 24 projects; the first one's table is printed a second time at the end of the section.
        Assert.Equal(25, Doc.Projects.Count);
        Assert.Equal(167, Doc.Projects.Sum(p => p.Indicators.Count));
        Assert.All(Doc.Projects.SelectMany(p => p.Indicators), i => Assert.NotEqual(TargetKind.Unparsed, i.Target!.Kind));
    }

    [Fact]
    public void First_and_last_projects()
    {
        var first = Doc.Projects[0];
        Assert.Equal(("e福州留守困境儿童关爱帮扶专栏", "21.50"), (first.Name, first.Budget.Total?.Text));
        var last = Doc.Projects[^1];
        Assert.Equal(("e福州留守困境儿童关爱帮扶专栏", "21.50"), (last.Name, last.Budget.Total?.Text));
        Assert.Equal(first.Indicators.Select(i => i.Name), last.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void The_table_printed_twice_is_one_repeated_project_warning_on_the_repeat()
    {
        var f = Assert.Single(Jixiao.Core.Review.ReviewRules.Default.Review(Doc), f => f.RuleId == Jixiao.Core.Review.RuleIds.ProjectRepeated);
        Assert.Equal((25, Jixiao.Core.Review.Severity.Warning), (f.Where.Project, f.Severity));
        Assert.Contains("与第1个项目", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrapped_names_are_whole_and_merged_levels_inherited()
    {
        var p = Assert.Single(Doc.Projects, p => p.Name == "残疾人福利事业项目市级补助经费");
        Assert.Equal(("100.00", "100.00", "0.00"), (p.Budget.Total?.Text, p.Budget.Fiscal?.Text, p.Budget.Other?.Text));
        Assert.Equal(("福州市民政局", "福州市民政局"), (p.Supervisor, p.Implementer));
        Assert.StartsWith("残疾人福利类：支持试点县（市）区通过购买服务方式", Assert.Single(p.Goals));
        Assert.Equal(7, p.Indicators.Count);
        var first = RealDocs.IndicatorNamed(p, "开展残疾人照护服务项目数");
        Assert.Equal(("产出指标", "数量指标", "≥1个"), (first.Level1, first.Level2, first.Value));
        var second = RealDocs.IndicatorNamed(p, "开展精神障碍社区康复服务项目数");
        Assert.Equal(("产出指标", "数量指标", "≥2个"), (second.Level1, second.Level2, second.Value));
        Assert.Equal((TargetKind.Quantity, ComparisonOperator.AtLeast, "2", "个"), (second.Target!.Kind, second.Target.Op, second.Target.Number, second.Target.Unit));
        var timely = RealDocs.IndicatorNamed(p, "资金拨付及时率");
        Assert.Equal(("产出指标", "时效指标", "=100%"), (timely.Level1, timely.Level2, timely.Value));
        var satisfaction = RealDocs.IndicatorNamed(p, "受益对象满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标"), (satisfaction.Level1, satisfaction.Level2));
    }
}
