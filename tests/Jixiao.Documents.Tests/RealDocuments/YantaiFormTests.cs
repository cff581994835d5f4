using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Tests.RealDocuments;

/// <summary>
/// yantai_justice_2026.pdf: one 政策和项目预算绩效目标表 per project, the word 绩效指标 leading each indicator row.
/// Expected values checked by eye on the page images (pages 34 and 40; the others from the extracted rows).
/// </summary>
public class YantaiFormTests
{
    private static TargetDocument Doc => RealDocs.Document(RealDocs.Yantai);

    [Fact]
    public void Is_read_as_project_forms()
    {
        Assert.Equal(Jixiao.Documents.Grid.GridAssembly.Layout, Doc.Source.Layout);
        Assert.Equal(2026, Doc.FiscalYear);
        Assert.Equal(MoneyUnit.TenThousandYuan, Doc.MoneyUnit);
        Assert.Equal(new Department("225", "烟台市司法局"), Doc.Department);
    }

    [Fact]
    public void Every_project_and_indicator_is_read()
    {
        Assert.Equal(10, Doc.Projects.Count);
        Assert.Equal(70, Doc.Projects.Sum(p => p.Indicators.Count));
        Assert.All(Doc.Projects.SelectMany(p => p.Indicators), i => Assert.NotEqual(TargetKind.Unparsed, i.Target!.Kind));
    }

    [Fact]
    public void First_and_last_projects()
    {
        var first = Doc.Projects[0];
        Assert.Equal(("实施公车统管费用", "15.00", "15.00", "0.00"), (first.Name, first.Budget.Total?.Text, first.Budget.Fiscal?.Text, first.Budget.Other?.Text));
        Assert.Equal("完成当年租车费用的支付工作", Assert.Single(first.Goals));
        var last = Doc.Projects[^1];
        Assert.Equal(("鼎新学校业务经费", "120.00"), (last.Name, last.Budget.Total?.Text));
    }

    [Fact]
    public void Form_fields_and_lead_word_rows()
    {
        var p = Doc.Projects[2];
        Assert.Equal(("实施公车统管费用", "2.00"), (p.Name, p.Budget.Total?.Text));
        Assert.Equal(("225_烟台市司法局", "烟台市法律援助中心"), (p.Supervisor, p.Implementer));
        Assert.Equal(5, p.Indicators.Count);
        var cost = RealDocs.IndicatorNamed(p, "总支出不超过");
        Assert.Equal(("成本指标", "经济成本", "≤2万元"), (cost.Level1, cost.Level2, cost.Value));
        Assert.Equal((TargetKind.Amount, ComparisonOperator.AtMost, "2", "万元"), (cost.Target!.Kind, cost.Target.Op, cost.Target.Number, cost.Target.Unit));
        var satisfaction = RealDocs.IndicatorNamed(p, "车辆使用满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "≥95%"), (satisfaction.Level1, satisfaction.Level2, satisfaction.Value));
        Assert.Null(satisfaction.Nature);
    }

    [Fact]
    public void Rows_merged_down_inherit_their_levels()
    {
        var p = Assert.Single(Doc.Projects, p => p.Name == "运转保障");
        Assert.Equal(("361.00", "360.00", "1.00"), (p.Budget.Total?.Text, p.Budget.Fiscal?.Text, p.Budget.Other?.Text));
        var i = RealDocs.IndicatorNamed(p, "需保障正常运转的警务通系统套数");
        Assert.Equal(("产出指标", "数量指标", "=1套"), (i.Level1, i.Level2, i.Value));
        var complaints = RealDocs.IndicatorNamed(p, "因保障不力场所形象受损收到得群众投诉数量");
        Assert.Equal(("效益指标", "社会效益指标", "≤5"), (complaints.Level1, complaints.Level2, complaints.Value));
    }
}
