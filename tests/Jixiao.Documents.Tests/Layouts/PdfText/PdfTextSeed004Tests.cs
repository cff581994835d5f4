using Jixiao.Core.Model;
using Xunit;
using static Jixiao.Documents.Tests.Layouts.PdfText.IndicatorAssert;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

/// <summary>Seed 004 (承德市司法局, 预算年度 2024, 单位：万元), each expectation read from the source lines cited.</summary>
public class PdfTextSeed004Tests
{
    private static TargetDocument Document => PdfTextSeeds.Seed004.Document;

    [Fact]
    public void Reads_the_28_project_tables_and_not_the_budget_or_procurement_tables()
    {
        Assert.Equal(28, Document.Projects.Count);
        Assert.Equal("12348 法律服务热线", Document.Projects[0].Name);
        Assert.Equal("智慧戒毒项目", Document.Projects[^1].Name);
        Assert.All(Document.Projects, p => Assert.StartsWith("1308002", p.Code, StringComparison.Ordinal));
        Assert.Equal(28, Document.Projects.Select(p => p.Code).Distinct().Count());
    }

    [Fact]
    public void Places_every_row_of_the_project_tables() => Assert.Empty(PdfTextSeeds.Seed004.UnplacedInProjects());

    [Fact]
    public void Department_and_year_come_from_the_first_budget_table()
    {
        // Lines 34-38: "324 承德市司法局" / "预算年度：2024" / "单位：万元"
        Assert.Equal(new Department("324", "承德市司法局"), Document.Department);
        Assert.Equal(2024, Document.FiscalYear);
        Assert.Equal(MoneyUnit.TenThousandYuan, Document.MoneyUnit);
    }

    [Fact]
    public void No_project_has_a_unit_line_and_all_are_in_万元()
    {
        Assert.All(Document.Projects, p => Assert.Null(p.Unit));
        Assert.All(Document.Projects, p => Assert.Equal(MoneyUnit.TenThousandYuan, p.MoneyUnit));
        Assert.All(Document.Projects, p => Assert.Null(p.Budget.Other));
        Assert.All(Document.Projects, p => Assert.Equal(p.Budget.Total, p.Budget.Fiscal));
    }

    [Fact]
    public void Project_1_12348_法律服务热线_every_field()
    {
        var p = Document.Projects[0];
        Assert.Equal(602, p.SourceLine);
        Assert.Equal("13080024P00010310005F", p.Code);
        Assert.Equal("12348 法律服务热线", p.Name); // the space after 12348 is printed
        Assert.Equal("22.59", p.Budget.Total?.Text);
        Assert.Equal("22.59", p.Budget.Fiscal?.Text);
        Assert.Equal("12348 法律服务热线值班费用", p.Purpose);
        Plan(p, (3, "20"), (6, "50"), (10, "90")); // lines 605-606 print no 12月底 at all
        Assert.Equal(
            ["通过聘请律师值班接听 12348 来电，免费为群众解答来电咨询，接听次数达 7000 次以上，解答来访群众咨询人次 400 人次以上，代写法律文书 60 份以上，律师到岗值班率达 95%，解答 12348 来电、来访、代写法律文书响应率为 95% 以上，总成本 ≤ 22.59 万元；通过以上措施提升社会知晓程度，提供法律援助服务，持续维护社会和谐稳定发展；受援群众满意度达 95%。"],
            p.Goals);
        var i = p.Indicators;
        Assert.Equal(9, i.Count);
        Row(i[0], 609, "产出指标", "数量指标", "解答 12348 来电次数", "解答 12348 来电次数", "≥7000 次", "经验标准");
        Row(i[1], 610, "产出指标", "数量指标", "解答来访咨询人次", "解答来访咨询人次", "≥400 人", "经验标准");
        Row(i[2], 611, "产出指标", "数量指标", "代写法律文书", "代写法律文书", "≥60 份", "经验标准");
        Row(i[3], 612, "产出指标", "质量指标", "律师到岗值班率", "律师到岗值班率", "≥95%", "年度工作计划");
        Row(i[4], 613, "产出指标", "时效指标", "解答 12348 来电、来访、代写法律文书响应率。", "解答 12348 来电、来访、代写法律文书响应率。", "≥95%", "年度工作计划");
        Row(i[5], 614, "产出指标", "成本指标", "总成本", "总成本", "≤22.59 万元", "预算批复文件");
        Row(i[6], 615, "效益指标", "社会效益指标", "提升社会知晓程度", "提升社会知晓程度", "有所提升", "经验标准");
        Row(i[7], 616, "效益指标", "可持续影响指标", "提供法律援助服务，持续维护社会和谐稳定发展。", "提供法律援助服务，持续维护社会和谐稳定发展。", "持续维护", "经验标准");
        Row(i[8], 617, "满意度指标", "服务对象满意度指标", "受援群众满意度", "受援群众满意度", "≥95%", "随机调查");
    }

    [Fact]
    public void Project_3_法律援助服务经费_every_field_with_12月底_wrapped_with_its_value()
    {
        var p = Document.Projects[2];
        Assert.Equal(642, p.SourceLine);
        Assert.Equal("13080024P00010010005E", p.Code);
        Assert.Equal("法律援助服务经费", p.Name);
        Assert.Equal("30.00", p.Budget.Total?.Text);
        Assert.Equal("法律援助案件补贴等", p.Purpose);
        Plan(p, (3, "20"), (6, "50"), (10, "75"), (12, "100")); // line 647: "12月底⇥100%"
        Assert.Single(p.Goals);
        Assert.StartsWith("年度内法律援助案件受理数达 400 件以上，", p.Goals[0], StringComparison.Ordinal);
        var i = p.Indicators;
        Assert.Equal(8, i.Count);
        // Header line 649 has an empty column between 绩效指标描述 and 指标值.
        Row(i[0], 650, "产出指标", "数量指标", "法律援助案件受理数", "法律援助案件受理数", "≥400 件", "经验标准");
        Row(i[2], 652, "产出指标", "时效指标", "受理法律援助申请日期", "受理法律援助申请日期", "≤7 日", "年度工作计划");
        Row(i[4], 654, "效益指标", "经济效益指标", "提供法律援助服务，为当事人挽回经济损失。", "提供法律援助服务，为当事人挽回经济损失。", "≥150 万元", "经验标准");
        // Line 656 prints "促进法治政府建设 保障社会长治久安。": a space between two Chinese characters is read as a wrap.
        Row(i[6], 656, "效益指标", "可持续影响指标", "促进法治政府建设保障社会长治久安。", "持续促进法治政府建设，保障社会长治久安。", "可持续", "经验标准");
        Row(i[7], 657, "满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥95%", "随机调查");
    }

    [Fact]
    public void Project_5_lone_12月底_takes_the_last_value_of_the_next_row()
    {
        // Lines 687-689: header 3月底 6月底 10月底; a lone "12月底"; then "⇥⇥⇥50%⇥⇥100%⇥".
        var p = Document.Projects[4];
        Assert.Equal("法律职业资格考试经费", p.Name);
        Plan(p, (6, "50"), (12, "100"));
        Assert.Equal(["年度内及时组织法律职业资格主、客观题考试 2 次，考试举办合规率 100%，总成本小于等于 22 万元；巩固提升考试管理水平，提高专业人才知识水平；持续提高法律职业资格考试的社会认知度；参考人员满意度达 95% 以上。"], p.Goals);
        Row(p.Indicators[0], 692, "产出指标", "数量指标", "组织考试场次", "组织考试场次", "2 次", "年度工作计划");
    }

    [Fact]
    public void Project_26_lone_12月底_then_100_percent_reads_the_same_way()
    {
        // Lines 1109-1111: header 3月底 6月底 10月底; a lone "12月底"; then "⇥100%⇥⇥⇥⇥⇥".
        var p = Document.ByCode("13080023P000242100025");
        Assert.Equal("承德市戒毒所（原劳教所）扩建工程", p.Name);
        Plan(p, (12, "100"));
        Assert.Equal(["完成剩余项目款支付。"], p.Goals);
        Row(p.Indicators[0], 1114, "产出指标", "数量指标", "总工程量", "反应项目建设总工程量", "建筑面积 2360.46 平方米", "实际情况");
        Row(p.Indicators[3], 1117, "产出指标", "成本指标", "项目总成本", "按照项目结算评审金额确定尚未支付部分", "实际金额", "年初预算数");
    }

    [Fact]
    public void Project_6_公务运转经费_every_field_under_a_shifted_header()
    {
        // Line 710: the header starts with an empty cell; the data rows do not.
        var p = Document.ByCode("13080024P00000610028B");
        Assert.Equal(704, p.SourceLine);
        Assert.Equal("公务运转经费", p.Name);
        Assert.Equal("93.00", p.Budget.Total?.Text);
        Assert.Equal("93.00", p.Budget.Fiscal?.Text);
        Assert.Equal("保障单位正常运转", p.Purpose);
        Plan(p, (3, "25"), (6, "50"), (10, "75"));
        Assert.Equal(["工作日保障单位正常运转时间不低于 8 小时，经费支出准确率达 100%，按月度时序使用资金，总成本小于等于 93 万元；巩固提升机关正常办公秩序，保障公职人员履职需要，持续保障各项工作顺利开展；机关工作人员满意度不低于 95%。"], p.Goals);
        var i = p.Indicators;
        Assert.Equal(7, i.Count);
        Row(i[0], 711, "产出指标", "数量指标", "工作日保障单位正常运转时间", "工作日保障单位正常运转时间", "≥8 小时", "年度工作计划");
        Row(i[1], 712, "产出指标", "质量指标", "经费支出准确率", "经费支出准确率", "100%", "年度工作计划");
        Row(i[2], 713, "产出指标", "时效指标", "按时间进度要求支付使用资金", "按时间进度要求支付使用资金", "月度时序", "年度工作计划");
        Row(i[3], 714, "产出指标", "成本指标", "总成本", "总成本", "≤93 万元", "预算批复文件");
        Row(i[4], 715, "效益指标", "社会效益指标", "巩固提升机关正常办公秩序，保障公职人员履职需要。", "巩固提升机关正常办公秩序，保障公职人员履职需要。", "巩固提升", "经验标准");
        Row(i[5], 716, "效益指标", "可持续影响指标", "持续保障各项工作顺利开展。", "持续保障各项工作顺利开展。", "持续保障", "经验标准");
        Row(i[6], 717, "满意度指标", "服务对象满意度指标", "机关工作人员满意度", "机关工作人员满意度", "≥95%", "随机调查");
    }

    [Fact]
    public void Project_8_goals_printed_without_their_label()
    {
        // Lines 746-747: "12月底⇥100%", then "⇥1. 值班律师人数为3人…" with no 绩效目标 cell.
        var p = Document.ByCode("13080024P000099100047");
        Assert.Equal("律师值班补贴经费", p.Name);
        Plan(p, (6, "50"), (10, "75"), (12, "100"));
        Assert.Equal(["值班律师人数为3人，律师值班出勤率100%，按月度时序及时发放值班补贴，总成本小于等于22.59万元；提升业务工作能力，持续促进法治政府建设，巩固提升处理群众接待工作能力，维护社会稳定；接待群众满意度达95%。"], p.Goals);
        Assert.Equal(7, p.Indicators.Count);
        Row(p.Indicators[0], 749, "产出指标", "数量指标", "值班律师人数", "值班律师人数", "3人", "年度工作计划");
    }

    [Fact]
    public void Project_11_人民监督员经费_spending_plan_printed_twice_is_read_once()
    {
        // Lines 802-806: the plan, then "绩效目标⇥3月底⇥…" and the values again, then the goal text.
        var p = Document.ByCode("13080024P000093100070");
        Assert.Equal("人民监督员经费", p.Name);
        Assert.Equal("10.00", p.Budget.Total?.Text);
        Assert.Equal("人民监督员履职经费", p.Purpose);
        Plan(p, (3, "25"), (6, "50"), (10, "75"));
        Assert.Equal(["年度内人民监督员履职次数不低于 500 次，人民监督员履职参与率达 100%，按时间进度支付履职监督员补贴，总成本小于等于 10 万元；强化对检察机关办案活动的外部监督，促进法治政府建设，持续维护社会和谐稳定发展；服务对象满意度达 95%。"], p.Goals);
        var i = p.Indicators;
        Assert.Equal(7, i.Count);
        Row(i[0], 808, "产出指标", "数量指标", "人民监督员履职次数", "人民监督员履职次数", "≥500 次", "年度工作计划");
        Row(i[6], 814, "满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥95%", "随机调查");
    }

    [Fact]
    public void Project_23_goals_over_two_rows_are_two_goals()
    {
        // Lines 1049-1050: "绩效目标⇥1. 在所矫治…有保障" and "⇥2. 戒毒场所安全稳定…"
        var p = Document.ByCode("13080024P000108100048");
        Assert.Equal(["在所矫治戒毒人员全年生活教育有保障", "戒毒场所安全稳定，戒毒矫治各项工作顺利进行"], p.Goals);
        Row(p.Indicators[3], 1055, "产出指标", "成本指标", "平均成本", "反映按戒毒人员年度所需平均费用", "≤5900 人/年/元", "上级文件规定");
    }

    [Fact]
    public void Spending_plans_of_the_other_wrapped_tables()
    {
        Plan(Document.ByCode("13080024P00009710005F"), (6, "50"), (10, "75"), (12, "100"));      // lines 626-627
        Plan(Document.ByCode("13080024P00009210007A"), (12, "100"));                              // lines 823-824
        Plan(Document.ByCode("13080024P00009510006P"), (3, "25"), (6, "50"), (10, "75"), (12, "100")); // line 885
        Plan(Document.ByCode("13080023P00044010010X"), (6, "90"), (10, "100"));                  // lines 1130-1131, by column
    }

    [Fact]
    public void Indicator_counts_per_project_match_the_source() =>
        Assert.Equal(
            [9, 7, 8, 7, 7, 7, 6, 7, 7, 7, 7, 7, 7, 8, 8, 8, 7, 8, 8, 8, 8, 9, 8, 9, 8, 8, 8, 9],
            Document.Projects.Select(p => p.Indicators.Count));
}
