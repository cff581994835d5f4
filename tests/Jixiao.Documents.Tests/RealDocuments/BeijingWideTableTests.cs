using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Tests.RealDocuments;

/// <summary>
/// beijing_justice_2026_tables.pdf: 预算12表 项目支出绩效目标表 (one wide table of all projects) and 预算13表
/// 部门整体支出绩效目标表. Expected values checked by eye on the page images (pages 24, 25, 45–47).
/// </summary>
public class BeijingWideTableTests
{
    private static TargetDocument Doc => RealDocs.Document(RealDocs.Beijing);

    [Fact]
    public void Is_read_as_the_wide_project_table()
    {
        Assert.Equal(Jixiao.Documents.Layouts.WideProjectTable.WideProjectTableLayout.LayoutName, Doc.Source.Layout);
        Assert.Equal(2026, Doc.FiscalYear);
        Assert.Equal(MoneyUnit.TenThousandYuan, Doc.MoneyUnit);
        Assert.Equal("北京市司法局", Doc.Department?.Name);
    }

    [Fact]
    public void Every_project_and_indicator_is_read()
    {
        Assert.Equal(30, Doc.Projects.Count);
        Assert.Equal(239, Doc.Projects.Sum(p => p.Indicators.Count));
        Assert.All(Doc.Projects, p => Assert.NotNull(p.Code));
        Assert.All(Doc.Projects.SelectMany(p => p.Indicators), i => Assert.NotEqual(TargetKind.Unparsed, i.Target!.Kind));
    }

    [Fact]
    public void First_project_has_code_name_amounts_and_goal()
    {
        var p = Doc.Projects[0];
        Assert.Equal("11000022T000000444194", p.Code);
        Assert.Equal("法律援助办案补贴", p.Name);
        Assert.Equal(560m, p.Budget.Total?.Value);
        Assert.Equal(560m, p.Budget.Fiscal?.Value);
        Assert.Null(p.Budget.Other);
        Assert.StartsWith("确保2026年法律援助工作的顺利进行", Assert.Single(p.Goals));
        Assert.Equal(3, p.Indicators.Count);
    }

    [Fact]
    public void Value_is_joined_with_its_unit_column_and_parsed_with_the_nature_column()
    {
        var i = RealDocs.IndicatorNamed(Doc.Projects[0], "挽回经济损失");
        Assert.Equal(("效益指标", "社会效益指标"), (i.Level1, i.Level2));
        Assert.Equal("≥", i.Nature);
        Assert.Equal("3000万元", i.Value);
        Assert.Equal(TargetKind.Amount, i.Target!.Kind);
        Assert.Equal(ComparisonOperator.AtLeast, i.Target.Op);
        Assert.Equal(("3000", "万元"), (i.Target.Number, i.Target.Unit));
    }

    [Fact]
    public void Qualitative_rows_keep_the_nature_word_and_the_value()
    {
        var i = RealDocs.IndicatorNamed(Doc.Projects[0], "保障弱势群体权益");
        Assert.Equal("定性", i.Nature);
        Assert.Equal("良好", i.Value);
        Assert.Equal(TargetKind.Qualitative, i.Target!.Kind);
    }

    [Fact]
    public void Row_at_the_top_of_a_page_belongs_to_the_project_named_there()
    {
        var p = Doc.Projects[1];
        Assert.Equal("法律援助值班补贴", p.Name);
        Assert.Equal("1582.550000", p.Budget.Total?.Text);
        var i = RealDocs.IndicatorNamed(p, "咨询人员满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "97%"), (i.Level1, i.Level2, i.Value));
        Assert.Equal(TargetKind.Ratio, i.Target!.Kind);
    }

    [Fact]
    public void Last_project_joins_its_name_cut_by_the_page_break()
    {
        var p = Doc.Projects[^1];
        Assert.Equal("11000025T000003567866", p.Code);
        Assert.Equal("北京市公共法律网络平台升级改造项目", p.Name);
        Assert.Equal(327.34m, p.Budget.Total?.Value);
        Assert.Equal(6, p.Indicators.Count);
        var i = RealDocs.IndicatorNamed(p, "软件开发成本");
        Assert.Equal(("成本指标", "经济成本指标", "≤", "502.5万元"), (i.Level1, i.Level2, i.Nature, i.Value));
        Assert.Equal(ComparisonOperator.AtMost, i.Target!.Op);
    }

    /// <summary>
    /// p.26's last row (法治政府建设宣传覆盖单位范围 ≥800 家) is the first row of project 44951, whose name and amounts are
    /// printed on p.27: it belongs to 44951, not to 44222 above it.
    /// </summary>
    [Fact]
    public void Row_at_the_foot_of_a_page_belongs_to_the_project_printed_on_the_next()
    {
        var before = Doc.Projects.Single(p => p.Code == "11000022T000000444222");
        var project = Doc.Projects.Single(p => p.Code == "11000022T000000444951");
        Assert.Equal("政府法治研究和法规规章汇编译审", project.Name);
        Assert.Equal("95.949000", project.Budget.Total?.Text);
        Assert.Equal(7, project.Indicators.Count);
        Assert.Equal("800家", RealDocs.IndicatorNamed(project, "法治政府建设宣传覆盖单位范围").Value);
        Assert.Equal(3, before.Indicators.Count);
    }

    [Fact]
    public void Department_wide_table_gives_the_overall_target()
    {
        var overall = Assert.IsType<OverallTarget>(Doc.Overall);
        Assert.Equal(50, overall.Indicators.Count);
        Assert.Equal("23083.340436", overall.Funds?.Total?.Text);
        Assert.StartsWith("2026年市司法局坚持以习近平新时代中国特色社会主义思想为指导", Assert.Single(overall.Goals));
        var first = overall.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "北京市行政执法资格考试人数"), (first.Level1, first.Level2, first.Name));
        Assert.Equal(("≤", "4500人次"), (first.Nature, first.Value));
    }
}
