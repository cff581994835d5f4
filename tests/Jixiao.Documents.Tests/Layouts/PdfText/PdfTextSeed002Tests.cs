using Jixiao.Core.Model;
using Xunit;
using static Jixiao.Documents.Tests.Layouts.PdfText.IndicatorAssert;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

/// <summary>Seed 002 (秦皇岛市抚宁区司法局 2022, 单位：元), each expectation read from the source lines cited.</summary>
public class PdfTextSeed002Tests
{
    private static TargetDocument Document => PdfTextSeeds.Seed002.Document;

    [Fact]
    public void Reads_the_seven_project_tables_and_not_the_table_of_contents()
    {
        Assert.Equal(7, Document.Projects.Count);
        Assert.Equal(
            ["公共法律服务", "普法经费", "人民调解经费", "社区矫正经费", "行政复议行政诉讼", "综合调解工作经费", "补助办公经费"],
            Document.Projects.Select(p => p.Name));
    }

    [Fact]
    public void Places_every_row_of_the_project_tables() => Assert.Empty(PdfTextSeeds.Seed002.UnplacedInProjects());

    [Fact]
    public void Department_and_year_come_from_the_cover()
    {
        // Lines 3-4: **秦皇岛市抚宁区司法局** / **2022 年部门预算绩效文本**
        Assert.Equal(new Department(null, "秦皇岛市抚宁区司法局"), Document.Department);
        Assert.Equal(2022, Document.FiscalYear);
        Assert.Equal(MoneyUnit.Yuan, Document.MoneyUnit);
        Assert.Equal("pdf-text", Document.Source.Layout);
    }

    [Fact]
    public void Every_project_has_its_unit_line_and_money_unit()
    {
        var own = new BudgetUnit("315001", "秦皇岛市抚宁区司法局本级");
        Assert.All(Document.Projects.Take(6), p => Assert.Equal(own, p.Unit));
        Assert.Equal(new BudgetUnit("315003", "河北省秦皇岛市抚宁公证处"), Document.Projects[6].Unit); // line 269
        Assert.All(Document.Projects, p => Assert.Equal(MoneyUnit.Yuan, p.MoneyUnit));
    }

    [Fact]
    public void Codes_split_by_a_space_are_one_code()
    {
        // 13030622P0055671000 47, … 6E, … 72, 13030622P00G6XW100 035, … 99, 13030622P0054611000 1J, 13030622P0055691001 8W
        Assert.Equal(
            ["13030622P005567100047", "13030622P00556710006E", "13030622P005567100072", "13030622P00G6XW100035",
             "13030622P005567100099", "13030622P00546110001J", "13030622P00556910018W"],
            Document.Projects.Select(p => p.Code));
    }

    [Fact]
    public void Project_1_公共法律服务_every_field()
    {
        var p = Document.Projects[0];
        Assert.Equal(126, p.SourceLine);
        Assert.Equal(new ProjectBudget(WrittenDecimal.TryParse("160000.00"), WrittenDecimal.TryParse("160000.00"), null), p.Budget);
        Assert.Equal("160000.00", p.Budget.Total?.Text);
        Assert.Equal("用于法律援助经费", p.Purpose);
        Plan(p, (3, "20"), (6, "40"), (10, "70"), (12, "100"));
        Assert.Equal(["应援优援，案件补贴到位", "法律援助机构信息化网络化建设", "应援优援，案件补贴到位"], p.Goals);
        Assert.Null(p.Category);
        Assert.Null(p.Owner);
        Assert.Equal(9, p.Indicators.Count);
        var i = p.Indicators;
        Row(i[0], 133, "产出指标", "数量指标", "法律援助咨询数", "法律援助咨询数", "≥400 件", "法律援助咨询数");
        Row(i[1], 134, "产出指标", "数量指标", "法律援助案件受理数", "法律援助案件受理数", "≥350 件", "法律援助案件受理数");
        Row(i[2], 135, "产出指标", "质量指标", "提高法律援助工作质量", "提高法律援助工作质量", "高效高质量提供援助", "工作计划");
        Row(i[3], 136, "产出指标", "质量指标", "法律援助覆盖面", "法律援助覆盖面", "≥95 百分率", "工作计划");
        Row(i[4], 137, "产出指标", "时效指标", "法律援助案件办结率", "法律援助案件办结情况", "≥90 百分率", "完成情况");
        Row(i[5], 138, "产出指标", "成本指标", "案件补贴律师值班补贴", "案件补贴律师值班补贴", "≥80 百分率", "发放情况");
        Row(i[6], 139, "效益指标", "可持续影响指标", "法律援助宣传人次", "法律援助宣传情况", "≥50 人次", "宣传场次人数");
        Row(i[7], 140, "效益指标", "社会效益指标", "法律援助知晓率", "法律援助知晓覆盖面", "法律援助知晓覆盖面", "年度计划");
        Row(i[8], 141, "满意度指标", "服务对象满意度指标", "群众满意度", "接受宣传群众的理解程度", "≥85 百分率", "群众对法律援助宣传的满意程度");
    }

    [Fact]
    public void Project_4_社区矫正经费_every_field_with_a_cell_continued_after_the_page_break()
    {
        var p = Document.Projects[3];
        Assert.Equal(197, p.SourceLine);
        Assert.Equal("300000.00", p.Budget.Total?.Text);
        Assert.Equal("300000.00", p.Budget.Fiscal?.Text);
        Assert.Null(p.Budget.Other);
        Assert.Equal("完善社区矫正工作体系，落实监督管理、教育矫正、帮困扶助工作，降低在矫人员再犯罪率，健全完善刑释人员衔接管理机制，充分利用信息化手段提高管理水平", p.Purpose);
        Plan(p, (3, "45"), (6, "70"), (10, "80"), (12, "100"));
        // Line 202: goals wrapped in <p>…</p>
        Assert.Equal(["完善社区矫正工作体系，建立社区矫正服务中心", "利用信息化手段加强对在矫人员、刑释人员的监督管理", "完善社区矫正工作体系，建立社区矫正服务中心"], p.Goals);
        Assert.Equal(9, p.Indicators.Count);
        var i = p.Indicators;
        Row(i[0], 204, "产出指标", "数量指标", "矫正人员上站次数", "矫正人员上站次数", "≥20 次", "年终统计");
        Row(i[1], 205, "产出指标", "质量指标", "安置帮教率", "安置帮教情况", "≥90 百分率", "年终总结");
        Row(i[2], 206, "产出指标", "质量指标", "再犯罪率", "再犯罪人员占矫正人员比例", "≤0.5 百分率", "年终总结");
        Row(i[3], 207, "产出指标", "质量指标", "矫正人员报到率", "矫正人员是否及时报到", "≥90 百分率", "矫正人员报到情况");
        Row(i[4], 208, "产出指标", "时效指标", "执行通知书回执率", "执行通知书回执情况", "≥95 百分率", "年终总结");
        Row(i[5], 209, "产出指标", "成本指标", "节约成本", "支出金额控制在预算额度内", "≤300000 元", "预算额度");
        Row(i[6], 210, "效益指标", "社会效益指标", "信息化监管率", "信息化监管率", "≥95 百分率", "监管工具配备情况");
        Row(i[7], 211, "效益指标", "可持续影响指标", "监管设备使用率", "社区矫正人员监管情况", "≥95 百分率", "监管工具配备情况");
        // Line 212 ends "矫正人员对 矫正情况的"; after the repeated header (line 214), line 215 "⇥⇥⇥⇥⇥认可度" completes it.
        Row(i[8], 212, "满意度指标", "服务对象满意度指标", "矫正人员满意度", "社区矫正人员满意程度", "≥85 百分率", "矫正人员对矫正情况的认可度");
    }

    [Fact]
    public void Project_3_row_after_the_repeated_header_is_its_own_indicator()
    {
        var p = Document.Projects[2];
        Assert.Equal(9, p.Indicators.Count);
        Row(p.Indicators[7], 186, "效益指标", "可持续影响指标", "人民调解组织覆盖率", "人民调解组织数量", "≥95 百分率", "年度计划");
        Row(p.Indicators[8], 189, "满意度指标", "服务对象满意度指标", "群众满意度", "基层群众对人民调解员的满意程度", "≥85 百分率", "群众对司法工作的认可度");
    }

    [Fact]
    public void Project_6_goals_keep_numbers_inside_sentences()
    {
        // Line 255: "1.确保 2021 年底前…有 2 名以上专职人民调解员 2.保障… 3.工资按时发放"
        Assert.Equal(
            ["确保 2021 年底前每个乡镇（街道）人民调解委员会有 2 名以上专职人民调解员", "保障综合调解工作机制顺利运行", "工资按时发放"],
            Document.Projects[5].Goals);
        Plan(Document.Projects[5], (3, "54"), (6, "75"), (10, "90"), (12, "100"));
    }

    [Fact]
    public void Project_7_补助办公经费_every_field()
    {
        var p = Document.Projects[6];
        Assert.Equal(273, p.SourceLine);
        Assert.Equal("600000.00", p.Budget.Total?.Text);
        Assert.Equal("600000.00", p.Budget.Fiscal?.Text);
        Assert.Null(p.Budget.Other);
        Assert.Equal("保障办公正常运转，做好各种日常费用", p.Purpose);
        Plan(p, (3, "25"), (6, "50"), (10, "75"), (12, "100"));
        Assert.Equal(["保障办公正常运转，做好各种日常费用"], p.Goals);
        var i = p.Indicators;
        Assert.Equal(6, i.Count);
        Row(i[0], 280, "产出指标", "数量指标", "保障办公人数", "保障办公人数", "≥7人", "单位实际办公人数");
        Row(i[1], 281, "产出指标", "质量指标", "运转保障率", "各项日常工作保障率", "≥95%", "运转实际工作");
        Row(i[2], 282, "产出指标", "时效指标", "保障经费及时性", "及时保障各项日常办公需要", "是否及时完成", "是否及时完成需要保障工作");
        Row(i[3], 283, "产出指标", "成本指标", "日常公用经费开支标准", "办公费、水电费、劳务费、其他商品和服务费等开支标准", "按规定执行", "按规定执行");
        Row(i[4], 284, "效益指标", "社会效益指标", "维持单位正常运转", "保障日常办公需要，维持单位正常运转", "单位正常运转情况", "运转实际工作");
        Row(i[5], 285, "满意度指标", "服务对象满意度指标", "单位人员满意度", "单位办公人员对保障工作的满意程度", "≥90%", "工作状态");
    }

    [Fact]
    public void Indicator_counts_per_project_match_the_source()
    {
        Assert.Equal([9, 9, 9, 9, 9, 9, 6], Document.Projects.Select(p => p.Indicators.Count));
    }
}
