using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Xunit;
using static Jixiao.Documents.Tests.Layouts.WordTable.WordTableSeed000Tests;

namespace Jixiao.Documents.Tests.Layouts.WordTable;

/// <summary>
/// Seed 003 (天津市滨海新区司法局, 单位：元): no 项目编码, no 资金支出计划, no 指标值确定依据 column.
/// Every value below was checked against the source lines cited.
/// </summary>
public class WordTableSeed003Tests
{
    private static TargetDocument Doc => WordTableSeeds.Seed003.Document;

    [Fact]
    public void Reads_fourteen_projects_and_places_every_row()
    {
        Assert.Equal(14, Doc.Projects.Count);
        Assert.Empty(WordTableSeeds.Seed003.Context.Unplaced);
    }

    [Fact]
    public void Document_facts()
    {
        Assert.Equal("word-table", Doc.Source.Layout);
        // Two budget units (343101 ×12, 343201 ×2); the unit on most tables stands for the department.
        Assert.Equal(new Department("343101", "天津市滨海新区司法局"), Doc.Department);
        // No basis column: the year comes from the indicator cells ("2024年刑满释放人员", "2024年12月31日前").
        Assert.Equal(2024, Doc.FiscalYear);
        Assert.Equal(MoneyUnit.Yuan, Doc.MoneyUnit);
        Assert.All(Doc.Projects, p => Assert.Equal(MoneyUnit.Yuan, p.MoneyUnit));
        Assert.Null(Doc.Overall);
    }

    [Fact]
    public void No_project_code_no_spending_plan_no_basis()
    {
        Assert.All(Doc.Projects, p => Assert.Null(p.Code));
        Assert.All(Doc.Projects, p => Assert.Null(p.SpendingPlan));
        Assert.All(Doc.Projects.SelectMany(p => p.Indicators), i => Assert.Null(i.Basis));
        Assert.All(Doc.Projects, p => Assert.Null(p.Budget.Other));
    }

    [Fact]
    public void Project_1_every_field() // lines 1–64
    {
        var p = Doc.Projects[0];
        Assert.Equal(2, p.SourceLine);
        Assert.Equal(new BudgetUnit("343101", "天津市滨海新区司法局"), p.Unit);
        Assert.Null(p.Code);
        Assert.Equal("天津市滨海新区司法局多种用工人员经费", p.Name);
        Assert.Equal("432000.00", p.Budget.Total?.Text);
        Assert.Equal(432000.00m, p.Budget.Total?.Value);
        Assert.Equal("432000.00", p.Budget.Fiscal?.Text);
        Assert.Null(p.Budget.Other);
        const string text = "为各社区矫正中心、部分司法所配备社工辅助做好社区矫正相关工作，区司法局按照规定发放工资等保障社工人员基本待遇，保障各项工作顺利开展。";
        Assert.Equal(text, p.Purpose);
        Assert.Null(p.SpendingPlan);
        Assert.Equal([text], p.Goals);

        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[0], 30, "产出指标", "数量指标", "配备社区矫正社工", "配备社区矫正社工", "≥6人", null);
        AssertIndicator(p.Indicators[1], 36, "产出指标", "质量指标", "社区矫正社工上岗率", "社区矫正社工上岗率", "≥90%", null);
        AssertIndicator(p.Indicators[2], 42, "产出指标", "时效指标", "依法按时完成各项工作任务", "社区矫正工作完成及时率", "≥95%", null);
        AssertIndicator(p.Indicators[3], 48, "产出指标", "成本指标", "人均工资标准", "人均工资标准", "≤7.2万元/年", null);
        AssertIndicator(p.Indicators[4], 54, "效益指标", "社会效益指标", "确保各项工作顺利开展", "促进平安滨海建设", "有效保障", null);
        AssertIndicator(p.Indicators[5], 60, "满意度指标", "服务对象满意度指标", "社区矫正机构满意度", "社区矫正机构满意度", "≥80%", null);
    }

    [Fact]
    public void Project_2_title_glued_to_the_table_above() // line 65 " 2.…绩效目标表" follows line 64 directly
    {
        var p = Doc.Projects[1];
        Assert.Equal(66, p.SourceLine);
        Assert.Equal("2023年第二批中央转移支付资金其他经费（津财行政指【2023】24号）", p.Name);
        Assert.Equal("309074.16", p.Budget.Total?.Text);
        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[4], 118, "效益指标", "社会效益指标", "建立健全公共法律服务管理制度", "效果显著", "效果显著提升", null);
    }

    [Fact]
    public void Project_5_repeated_second_levels_and_a_sustainability_row() // lines 269–350
    {
        var p = Doc.Projects[4];
        Assert.Equal("2024年提前下达中央政法转移支付资金（津财行政指【2023】72号）直达资金", p.Name);
        Assert.Equal("1170000.00", p.Budget.Fiscal?.Text);
        Assert.Equal(9, p.Indicators.Count);
        AssertIndicator(p.Indicators[1], 304, "产出指标", "数量指标", "法律顾问补贴人数", "法律顾问补贴人数", "≥100人", null);
        AssertIndicator(p.Indicators[5], 328, "产出指标", "成本指标", "补贴资金", "补贴资金", "≤4000人/次", null);
        AssertIndicator(p.Indicators[7], 340, "效益指标", "可持续影响指标", "为群众提供免费法律服务", "群众法律意识，推进法治建设", "持续提高", null);
    }

    [Fact]
    public void Project_7_bookmark_removed_from_a_description() // line 485 "[bookmark: _GoBack]提高法治政府建设水平"
    {
        var p = Doc.Projects[6];
        Assert.Equal("法治政府创建工作专项经费", p.Name);
        Assert.Equal("600000.00", p.Budget.Total?.Text);
        Assert.Equal("完成第三批法治政府建设综合示范区创建工作", p.Purpose);
        Assert.Equal(7, p.Indicators.Count);
        AssertIndicator(p.Indicators[5], 482, "效益指标", "可持续影响指标", "完成第三批法治政府建设综合示范区创建工作", "提高法治政府建设水平", "提高建设水平", null);
    }

    [Fact]
    public void Project_8_deadline_value() // line 542
    {
        var i = Doc.Projects[7].Indicators[2];
        Assert.Equal("2024年12月31日前", i.Value);
        Assert.Equal(TargetKind.Deadline, i.Target!.Kind);
        Assert.Equal(12, i.Target.Month);
        Assert.Equal(31, i.Target.Day);
    }

    [Fact]
    public void Project_13_goals_in_paragraphs_separated_by_blank_lines() // lines 867–935
    {
        var p = Doc.Projects[12];
        Assert.Equal(868, p.SourceLine);
        Assert.Equal(new BudgetUnit("343201", "天津市滨海新区法律援助中心"), p.Unit);
        Assert.Equal("2023年第二批中央转移支付资金法律援助工作经费（津财行政指【2023】24号）", p.Name);
        Assert.Equal("3228.00", p.Budget.Total?.Text);
        Assert.Equal("3228.00", p.Budget.Fiscal?.Text);
        Assert.Equal("加强法律援助宣传，不断提高法律援助社会知晓率", p.Purpose);
        Assert.Equal(
            ["不断完善法律援助制度，实现法律援助应援尽援、应援优援",
             "提高刑事法律援助服务质量，深入推进认罪认罚从宽工作，做好法律援助工作站律师值班工作",
             "加强法律援助宣传，不断提高法律援助社会知晓率"],
            p.Goals);
        Assert.Equal(6, p.Indicators.Count);
        AssertIndicator(p.Indicators[0], 901, "产出指标", "数量指标", "法律援助案件数量", "法律援助全年案件总数", "≥900件", null);
        AssertIndicator(p.Indicators[2], 913, "产出指标", "时效指标", "法律援助案件补贴发放及时性", "法律规定时效", "是", null);
        AssertIndicator(p.Indicators[5], 931, "满意度指标", "服务对象满意度指标", "法律援助案件办理满意度", "援助对象满意度", "≥90%", null);
    }

    [Fact]
    public void Project_14_last_table() // lines 940–1003
    {
        var p = Doc.Projects[13];
        Assert.Equal("法援中心工作专项经费", p.Name);
        Assert.Equal(new BudgetUnit("343201", "天津市滨海新区法律援助中心"), p.Unit);
        Assert.Equal("700000.00", p.Budget.Total?.Text);
        Assert.Single(p.Goals); // "1." then ";"-joined clauses: one numbered goal
        AssertIndicator(p.Indicators[3], 987, "产出指标", "成本指标", "法律援助案件补贴", "法律援助案件补贴", "≤15000元/件", null);
    }
}
