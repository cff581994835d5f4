using Jixiao.Core.Model;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>The eight 特定目标类项目绩效目标表 of seed 001, field by field against the source.</summary>
public class SpreadsheetProjectTests
{
    private static IReadOnlyList<Project> Projects => SpreadsheetSeed001.Result.Document.Projects;

    private static void AssertRows(Project project, params (int Line, string L1, string? L2, string Name, string Nature, string Value, string Weight)[] expected)
    {
        Assert.Equal(expected.Length, project.Indicators.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var a = project.Indicators[i];
            Assert.Equal((e.Line, e.L1, e.L2, e.Name, e.Nature, e.Value, e.Weight),
                (a.SourceLine, a.Level1, a.Level2, a.Name, a.Nature, a.Value, a.Weight?.Text));
            Assert.Null(a.Description);
            Assert.Null(a.Basis);
            Assert.NotNull(a.Target);
        }
    }

    [Fact]
    public void Eight_projects_with_their_indicator_counts()
    {
        Assert.Equal(
            ["法律援助", "人民调解", "社区矫正对象管理费", "社区矫正社会工作者工作经费", "普法宣传", "县人民政府法律顾问团工作经费", "公证处业务经费", "转移支付资金"],
            Projects.Select(p => p.Name));
        Assert.Equal([6, 4, 6, 6, 7, 6, 5, 14], Projects.Select(p => p.Indicators.Count));
        Assert.Equal([30, 53, 77, 103, 128, 153, 178, 202], Projects.Select(p => p.SourceLine));
    }

    [Fact]
    public void Every_project_is_特定目标类_in_万元_without_unit_code_or_plan()
    {
        foreach (var p in Projects)
        {
            Assert.Equal("特定目标类", p.Category);
            Assert.Equal(MoneyUnit.TenThousandYuan, p.MoneyUnit);
            Assert.Null(p.Unit);
            Assert.Null(p.Code);
            Assert.Null(p.Purpose);
            Assert.Null(p.SpendingPlan);
            Assert.Equal("县司法局", p.Supervisor);
            Assert.Equal("县司法局", p.Implementer);
            Assert.Equal("023-76685987", p.Phone);
            Assert.Null(p.Budget.Other);
            Assert.Equal(p.Budget.Total, p.Budget.Fiscal);
        }
        Assert.Equal(["杨立业", "屈直军", "屈直军", "屈直军", "杨立业", "屈直军", "杨立业", "刘安武"], Projects.Select(p => p.Owner));
        Assert.Equal(["20", "12", "19.8", "121.5", "40", "25", "20", "385"], Projects.Select(p => p.Budget.Total?.Text));
    }

    [Fact]
    public void Weights_of_every_project_sum_to_100()
    {
        foreach (var p in Projects)
            Assert.Equal(100m, p.Indicators.Sum(i => i.Weight!.Value.Value));
    }

    [Fact]
    public void Project_1_法律援助_lines_30_to_51()
    {
        var p = Projects[0];
        Assert.Equal(("法律援助", "杨立业", "023-76685987"), (p.Name, p.Owner, p.Phone));
        Assert.Equal(new ProjectBudget(WrittenDecimal.TryParse("20"), WrittenDecimal.TryParse("20"), null), p.Budget);
        Assert.Equal(["加大法律援助工作宣传力度, 扩大法律援助影响, 降低法律援助门槛, 做到应援尽援。加大经费保障力度, 确保法律援助案件补贴按时发放。规范律师值班制度, 对值班费用和值班律师管理等配套措施进行完善。"], p.Goals);
        AssertRows(p,
            (42, "产出指标", "数量指标", "法律援助办结案件数量", "≥", "800件", "20"),
            (43, "产出指标", "数量指标", "值班咨询人次", "≥", "1000人次", "20"),
            (44, "产出指标", "质量指标", "法律援助办案错误率", "≤", "0%", "20"),
            (45, "产出指标", "时效指标", "律师值班咨询问题按时办结", "=", "100%", "20"),
            (48, "效果指标", "社会效益指标", "挽回经济损失", "≥", "800万", "10"),
            (51, "效果指标", "服务对象满意度指标", "受援人满意度", "≥", "99%", "10"));
    }

    [Fact]
    public void Project_3_社区矫正对象管理费_keeps_成本_under_产出_as_written()
    {
        var p = Projects[2];
        Assert.Equal(("屈直军", "19.8", "19.8"), (p.Owner, p.Budget.Total?.Text, p.Budget.Fiscal?.Text));
        Assert.Equal(["加强社区矫正工作,严防社区服刑人员脱漏管,维护社会和谐稳定。"], p.Goals);
        AssertRows(p,
            (89, "产出指标", "数量指标", "管理社区矫正对象数量", "≥", "300名", "20"),
            (90, "产出指标", "数量指标", "社区矫正对象集中教育次数", "≥", "800次", "20"),
            (91, "产出指标", "数量指标", "个别谈话教育次数", "≥", "800次", "20"),
            (92, "产出指标", "数量指标", "入户走访次数", "≥", "600次", "20"),
            (93, "产出指标", "数量指标", "审前调查评估", "≥", "50次", "10"),
            (96, "产出指标", "成本指标", "监管社区矫正服务对象成本", "≤", "600元/人", "10"));
    }

    [Fact]
    public void Project_4_社区矫正社会工作者工作经费_with_extra_blank_cells()
    {
        var p = Projects[3];
        Assert.Equal(("社区矫正社会工作者工作经费", "屈直军", "023-76685987"), (p.Name, p.Owner, p.Phone));
        Assert.Equal(("县司法局", "县司法局"), (p.Supervisor, p.Implementer));
        Assert.Equal(("121.5", "121.5"), (p.Budget.Total?.Text, p.Budget.Fiscal?.Text));
        Assert.Equal(["充实社区矫正队伍，推动社区矫正工作，严防社区服刑人员脱漏管，维护社会和谐稳定。"], p.Goals);
        AssertRows(p,
            (115, "产出指标", "数量指标", "招聘社区矫正社会工作者服务数量", "=", "27名", "10"),
            (116, "产出指标", "数量指标", "协助司法所管理社区矫正对象", "≥", "300名", "10"),
            (117, "产出指标", "数量指标", "协助司法所开展入户走访", "≥", "600次", "10"),
            (118, "产出指标", "数量指标", "协助司法所开展个别谈话教育", "≥", "800次", "10"),
            (121, "产出指标", "成本指标", "聘请单价", "≤", "60000元/人", "30"),
            (126, "效果指标", "服务对象满意度指标", "服务对象满意度", "=", "100%", "30"));
    }

    [Fact]
    public void Project_5_普法宣传()
    {
        var p = Projects[4];
        Assert.Equal(("杨立业", "40"), (p.Owner, p.Budget.Total?.Text));
        AssertRows(p,
            (140, "产出指标", "数量指标", "维护、构建普法数字、电视、平面、实体平台", "≥", "20个", "20"),
            (141, "产出指标", "数量指标", "开展法治宣传、展播活动", "≥", "30场", "10"),
            (142, "产出指标", "数量指标", "购买及印制普法资料、法治产品", "≥", "5万份", "20"),
            (143, "产出指标", "数量指标", "配置村居(社区)法律顾问", "=", "268个村居(社区)", "20"),
            (146, "产出指标", "成本指标", "单位印刷、购买宣传品成本", "≤", "10万元", "10"),
            (148, "效果指标", "社会效益指标", "信息阅读量", "≥", "350万人次", "10"),
            (151, "效果指标", "服务对象满意度指标", "宣传对象参与满意度", "≥", "90", "10"));
    }

    [Fact]
    public void Project_7_公证处业务经费_three_numbered_goals_and_满意度_written_as_second_level()
    {
        var p = Projects[6];
        Assert.Equal(("公证处业务经费", "杨立业", "20"), (p.Name, p.Owner, p.Budget.Total?.Text));
        Assert.Equal(
        [
            "加强与金融部门联系，积极为金融机构抵押贷款提供赋予强制执行效力公证法律服务",
            "继续为政府中心工作和经济建设服务，发挥好公证职能作用。",
            "积极开展公证员进社区活动。加大探索和拓宽家事法律服务公证范围。",
        ], p.Goals);
        AssertRows(p,
            (190, "产出指标", "数量指标", "办案数量", "≥", "600件", "20"),
            (191, "产出指标", "数量指标", "现场调查次数", "≥", "100次", "20"),
            (192, "产出指标", "数量指标", "社区公证员", "≥", "覆盖63社区", "20"),
            (193, "产出指标", "质量指标", "公证办案投诉率", "≤", "1%", "20"),
            (200, "效果指标", "服务对象满意度指标", "公证业务满意度", "≥", "99%", "20"));
    }

    [Fact]
    public void Project_8_转移支付资金_goals_one_row_each_and_all_14_rows()
    {
        var p = Projects[7];
        Assert.Equal(("转移支付资金", "刘安武", "385", "385"), (p.Name, p.Owner, p.Budget.Total?.Text, p.Budget.Fiscal?.Text));
        Assert.Equal(
        [
            "全力推动“法治政府示范县”创建，提升法治秀山建设水平",
            "完善更高水平的现代公共法律服务体系建设，摄入推进“自治、德治、法治、智治”相结合的基层治理体系建设",
            "积极开展“标准化”司法所建设和“智慧矫正中心”建设",
        ], p.Goals);
        AssertRows(p,
            (216, "产出指标", "数量指标", "指标1：支持人民调解案件数量", "≥", "4500件", "10"),
            (217, "产出指标", "数量指标", "指标2：支持法律援助案件数量", "≥", "800件", "10"),
            (218, "产出指标", "数量指标", "指标3：管理社区矫正对象数量", "≥", "300人", "10"),
            (219, "产出指标", "数量指标", "指标4：招聘社区矫正社会工作者服务数量", "=", "27名", "5"),
            (220, "产出指标", "数量指标", "指标5：配置村居（社区）法律顾问", "=", "268村居（社区）", "5"),
            (221, "产出指标", "数量指标", "指标6：司法行政机关业务装备配备数量", "≥", "10件", "5"),
            (222, "产出指标", "质量指标", "指标1：人民调解案件成功率", "≥", "98%", "5"),
            (223, "产出指标", "质量指标", "指标2：法律援助案件办结率", "≥", "100%", "5"),
            (224, "产出指标", "时效指标", "指标1：业务装备采购及时性", "≤", "7天", "5"),
            (227, "效果指标", "社会效益指标", "指标1：法律援助挽回经济损失", "≥", "800万", "10"),
            (228, "效果指标", "社会效益指标", "指标2：普法宣传信息阅读量", "≥", "350万人次", "10"),
            (229, "效果指标", "社会效益指标", "指标3：村（社区）法律顾问覆盖率", "=", "100%", "10"),
            (232, "效果指标", "服务对象满意度指标", "指标1：法律援助受援对象满意度", "≥", "99%", "5"),
            (233, "效果指标", "服务对象满意度指标", "指标2：公证业务满意度", "≥", "99%", "5"));
    }

    [Fact]
    public void Nothing_in_seed_001_is_unplaced() => Assert.Empty(SpreadsheetSeed001.Context.Unplaced);

    [Fact]
    public void Empty_template_rows_are_recorded_not_emitted()
    {
        var rows = SpreadsheetSeed001.Result.EmptyTemplateRows;
        // Project 1: 成本指标 (46), 经济效益指标 (47), 生态效益指标 (49), 可持续影响指标 (50).
        Assert.Equal(
        [
            new(1, 46, "产出指标", "成本指标"),
            new(1, 47, "效果指标", "经济效益指标"),
            new(1, 49, "效果指标", "生态效益指标"),
            new(1, 50, "效果指标", "可持续影响指标"),
        ], rows.Where(r => r.Project == 1));
        // Project 3 leaves 服务对象满意度指标 empty (line 101): in this table's frame it is 效果指标's second level.
        Assert.Contains(new Jixiao.Documents.Layouts.Spreadsheet.EmptyTemplateRow(3, 101, "效果指标", "服务对象满意度指标"), rows);
        // The 申报表 has no empty template row; every project has some.
        Assert.DoesNotContain(rows, r => r.Project == 0);
        Assert.Equal(Enumerable.Range(1, 8), rows.Select(r => r.Project).Distinct());
        var indicatorLines = SpreadsheetSeed001.Result.Document.Projects.SelectMany(p => p.Indicators).Select(i => i.SourceLine).ToHashSet();
        Assert.DoesNotContain(rows, r => indicatorLines.Contains(r.Line));
    }
}
