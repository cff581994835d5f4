using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.WordTable;

/// <summary>Seed 000 (怀来县司法局, 单位：万元): every value below was checked against the source lines cited.</summary>
public class WordTableSeed000Tests
{
    private static TargetDocument Doc => WordTableSeeds.Seed000.Document;

    [Fact]
    public void Reads_thirteen_projects_and_places_every_row()
    {
        Assert.Equal(13, Doc.Projects.Count);
        Assert.Empty(WordTableSeeds.Seed000.Context.Unplaced);
    }

    [Fact]
    public void Document_facts()
    {
        Assert.Equal("000_1b90dd015f35285f.txt", Doc.Source.File);
        Assert.Equal("word-table", Doc.Source.Layout);
        // No department line is printed: the budget unit of all thirteen tables stands for the department.
        Assert.Equal(new Department("315002", "怀来县司法局"), Doc.Department);
        Assert.Equal(2023, Doc.FiscalYear); // "2023年工作计划" in the 指标值确定依据 column
        Assert.Equal(MoneyUnit.TenThousandYuan, Doc.MoneyUnit);
        Assert.All(Doc.Projects, p => Assert.Equal(MoneyUnit.TenThousandYuan, p.MoneyUnit));
        Assert.All(Doc.Projects, p => Assert.Equal(new BudgetUnit("315002", "怀来县司法局"), p.Unit));
    }

    [Fact]
    public void Reads_the_department_wide_prose_through_the_common_reader()
    {
        Assert.NotNull(Doc.Overall);
        Assert.StartsWith("2023年我局在县委县政府领导下", Doc.Overall!.Goals[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Project_1_every_field() // lines 18–102
    {
        var p = Doc.Projects[0];
        Assert.Equal(19, p.SourceLine);
        Assert.Equal("13073022P00836110007Y", p.Code);
        Assert.Equal("冀财政法【2021】62号河北省财政厅关于提前下达2022年中央政法纪检监察转移支付资金--政法装备", p.Name);
        Assert.Null(p.Category);
        Assert.Null(p.Owner);
        Assert.Null(p.Supervisor);
        Assert.Equal("13.72", p.Budget.Total?.Text);
        Assert.Equal("13.72", p.Budget.Fiscal?.Text);
        Assert.Null(p.Budget.Other); // the 其他资金 cell is blank
        Assert.Equal("购买系统软件", p.Purpose);
        AssertPlan(p, "15", "25", "75", "100");
        Assert.Equal(["购买系统软件，便于群众查询相关法律业务、提升公共服务水平和质量"], p.Goals);

        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[0], 62, "产出指标", "数量指标", "信息系统购置", "信息系统购置", "≤2套", "2023年工作计划");
        AssertIndicator(p.Indicators[1], 69, "产出指标", "质量指标", "产品合格率", "产品合格率", "100%", "采购合同约定");
        AssertIndicator(p.Indicators[2], 76, "产出指标", "时效指标", "付款时效", "采购后付款时效", "≤10个工作日", "采购合同约定");
        AssertIndicator(p.Indicators[3], 83, "产出指标", "成本指标", "成本控制", "成本控制", "≤13.72万元", "2023年预算测算，2023年工作计划");
        AssertIndicator(p.Indicators[4], 90, "效益指标", "社会效益指标", "保障工作正常运转", "工作业务正常运转", "进一步保障", "2023年工作计划");
        AssertIndicator(p.Indicators[5], 97, "满意度指标", "服务对象满意度指标", "受益人员满意度", "受益人员满意度", "≥95%", "问卷调查");
        Assert.All(p.Indicators, i => Assert.Null(i.Nature));
        Assert.All(p.Indicators, i => Assert.Null(i.Weight));

        Assert.Equal(TargetValue.Parse(null, "≤2套"), p.Indicators[0].Target);
        Assert.Equal(TargetKind.Amount, p.Indicators[3].Target!.Kind);
        Assert.Equal("13.72", p.Indicators[3].Target!.Number);
    }

    [Fact]
    public void Qualitative_value_is_kept_as_written() // line 94 进一步保障
    {
        var target = Doc.Projects[0].Indicators[4].Target!;
        Assert.Equal(TargetKind.Qualitative, target.Kind);
        Assert.Equal("进一步保障", target.Text);
    }

    [Fact]
    public void Project_4_goals_numbered_over_several_lines() // lines 318–321
    {
        var p = Doc.Projects[3];
        Assert.Equal("13073022P008732100043", p.Code);
        Assert.Equal("法律援助--冀财政法【2022】29号 河北省财政厅关于下达2022年第二批中央政法转移支付资金的通知", p.Name);
        Assert.Equal("3.53", p.Budget.Total?.Text);
        Assert.Equal("法律援助", p.Purpose);
        AssertPlan(p, "15", "30", "90", "100");
        Assert.Equal(["法律援助--冀财政法【2022】29号", "保证工作顺利进展", "专款专用，积极推进"], p.Goals);
    }

    [Fact]
    public void Project_7_merged_first_and_second_levels_are_inherited() // lines 562–674
    {
        var p = Doc.Projects[6];
        Assert.Equal("怀财字【2023】7号2023年普法宣传", p.Name);
        Assert.Equal(["开展宪法宣传教育活动、指导全县法制宣传"], p.Goals); // written ".开展…"
        Assert.Equal(10, p.Indicators.Count);
        AssertIndicator(p.Indicators[1], 613, "产出指标", "数量指标", "普法教育集中宣传", "普法教育集中宣传次数", "≥10次", "2023年工作计划");
        AssertIndicator(p.Indicators[2], 620, "产出指标", "数量指标", "制作宣传展板", "制作宣传展板张数", "≥50张", "2023年工作计划");
        AssertIndicator(p.Indicators[4], 634, "产出指标", "质量指标", "普法工作取得的效果", "普法工作取得的效果", "明显提高", "2023年工作计划");
        AssertIndicator(p.Indicators[6], 648, "产出指标", "时效指标", "资金拨付及时率", "按相关规定拨付", "及时", "2023年工作计划");
        AssertIndicator(p.Indicators[8], 662, "效益指标", "社会效益指标", "提升知晓率", "提升群众对宪法认知", "较上年提升", "2023年工作计划");
    }

    [Fact]
    public void Project_10_ends_where_the_untitled_table_begins() // line 962 is followed directly by line 963
    {
        var p = Doc.Projects[9];
        Assert.Equal("13073022P00836210007L", p.Code);
        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[5], 957, "满意度指标", "服务对象满意度指标", "工作人员满意率", "工作人员满意率", "≥90％", "问卷调查");
    }

    [Fact]
    public void Untitled_table_after_item_10_is_read_with_its_name_from_项目名称() // lines 963–1046
    {
        var p = Doc.Projects[10];
        Assert.Equal(963, p.SourceLine);
        Assert.Equal(new BudgetUnit("315002", "怀来县司法局"), p.Unit);
        Assert.Equal("13073022P00873210006A", p.Code);
        Assert.Equal("政法装备---冀财政法【2022】29号 河北省财政厅关于下达2022年第二批中央政法转移支付资金的通知", p.Name);
        Assert.Equal("0.44", p.Budget.Total?.Text);
        Assert.Equal("0.44", p.Budget.Fiscal?.Text);
        Assert.Null(p.Budget.Other);
        Assert.Equal("购买系统软件", p.Purpose);
        AssertPlan(p, "10", "35", "90", "100");
        Assert.Equal(["购买系统软件，便于群众查询相关法律业务、提升公共服务水平和质量"], p.Goals);
        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[0], 1006, "产出指标", "数量指标", "信息系统购置", "信息系统购置", "≤2套", "2023年工作计划");
        AssertIndicator(p.Indicators[3], 1027, "产出指标", "成本指标", "信息系统购置", "信息系统购置", "≤0.44万元", "2023年预算测算，2023年工作计划");
        AssertIndicator(p.Indicators[5], 1041, "满意度指标", "服务对象满意度指标", "群众满意度", "群众满意率", "≥90%", "问卷调查");
    }

    [Fact]
    public void Second_untitled_table_is_read_too() // lines 1047–1130
    {
        var p = Doc.Projects[11];
        Assert.Equal(1047, p.SourceLine);
        Assert.Equal("13073023P000205100080", p.Code);
        Assert.Equal("政法装备--冀财政法【2022】55号关于提前下达2023年中央政法纪检监察转移支付资金", p.Name);
        Assert.Equal("16.00", p.Budget.Total?.Text);
        Assert.Equal("16.00", p.Budget.Fiscal?.Text);
        Assert.Equal("购置及更新业务部门办公设备", p.Purpose);
        AssertPlan(p, "15", "25", "75", "100");
        Assert.Equal(["购置及更新业务部门办公设备"], p.Goals); // written "1.购置…"
        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[0], 1090, "产出指标", "数量指标", "购置办公设备", "购置数量", "≤34台", "2023年工作计划");
        AssertIndicator(p.Indicators[2], 1104, "产出指标", "时效指标", "购置及时率", "购置设备及时到位", "及时", "2023年工作计划");
    }

    [Fact]
    public void Last_project_follows_the_untitled_ones() // lines 1135–1219
    {
        var p = Doc.Projects[12];
        Assert.Equal(1136, p.SourceLine);
        Assert.Equal("13073023P00020310005R", p.Code);
        Assert.Equal("政法装备--冀财政法【2022】56号关于提前下达2023年基层公检法司转移支付", p.Name);
        Assert.Equal("7.00", p.Budget.Total?.Text);
        AssertPlan(p, "25", "50", "75", "100");
        AssertIndicator(p.Indicators[5], 1214, "满意度指标", "服务对象满意度指标", "工作人员满意率", "工作人员满意率", "≥90％", "问卷调查");
    }

    [Fact]
    public void Every_project_has_a_code_a_plan_and_every_indicator_a_basis()
    {
        Assert.All(Doc.Projects, p => Assert.Matches("^1307302[23]P[0-9A-Z]+$", p.Code));
        Assert.All(Doc.Projects, p => Assert.Equal([3, 6, 10, 12], p.SpendingPlan!.Points.Select(x => x.Month)));
        Assert.All(Doc.Projects.SelectMany(p => p.Indicators), i => Assert.NotNull(i.Basis));
        Assert.Equal(86, Doc.Projects.Sum(p => p.Indicators.Count));
    }

    internal static void AssertPlan(Project p, string march, string june, string october, string december)
    {
        Assert.NotNull(p.SpendingPlan);
        Assert.Equal(march, p.SpendingPlan![3]?.Text);
        Assert.Equal(june, p.SpendingPlan[6]?.Text);
        Assert.Equal(october, p.SpendingPlan[10]?.Text);
        Assert.Equal(december, p.SpendingPlan[12]?.Text);
    }

    internal static void AssertIndicator(Indicator i, int line, string level1, string level2, string name, string? description, string value, string? basis)
    {
        Assert.Equal(line, i.SourceLine);
        Assert.Equal(level1, i.Level1);
        Assert.Equal(level2, i.Level2);
        Assert.Equal(name, i.Name);
        Assert.Equal(description, i.Description);
        Assert.Equal(value, i.Value);
        Assert.Equal(basis, i.Basis);
        Assert.Equal(TargetValue.Parse(null, value), i.Target);
    }
}
