using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Jixiao.Documents.Layouts.ProjectForm;
using Jixiao.Documents.Layouts.WideProjectTable;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.RealDocuments;

/// <summary>
/// The two readers work from what the header cells say, not from the realdocs' column order: tables made up here, in
/// another province's order and wording, are read the same way.
/// </summary>
public class LayoutGeneralityTests
{
    private static ImportResult Import(params string[] lines) =>
        DocumentImporter.CreateDefault().Import(SourceText.FromExtracted("made-up.pdf", lines, "pdf"));

    [Fact]
    public void Wide_table_in_another_column_order_with_the_unit_inside_the_value()
    {
        var result = Import(
            "2025年度项目支出绩效目标表",
            "\t\t\t单位：元",
            "项目名称\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t绩效目标\t预算数",
            "某区档案数字化\t产出指标\t数量指标\t数字化卷宗\t≥\t1200卷\t完成卷宗数字化。\t80000.00",
            "\t\t质量指标\t差错率\t≤\t1%\t\t",
            "\t满意度指标\t服务对象满意度指标\t查档群众满意度\t≥\t90%\t\t",
            "某区普法宣传\t效益指标\t社会效益指标\t群众法治意识\t定性\t明显提高\t1.开展宣传；2.发放资料。\t5000.00");
        var doc = result.Document;
        Assert.Equal(WideProjectTableLayout.LayoutName, doc.Source.Layout);
        Assert.Equal((2025, MoneyUnit.Yuan), (doc.FiscalYear, doc.MoneyUnit));
        Assert.Equal(2, doc.Projects.Count);
        var first = doc.Projects[0];
        Assert.Equal(("某区档案数字化", null, "80000.00"), (first.Name, first.Code, first.Budget.Total?.Text));
        Assert.Equal(3, first.Indicators.Count);
        Assert.Equal(("产出指标", "质量指标", "1%"), (first.Indicators[1].Level1, first.Indicators[1].Level2, first.Indicators[1].Value));
        Assert.Equal(ComparisonOperator.AtMost, first.Indicators[1].Target!.Op);
        Assert.Equal(["开展宣传；", "发放资料。"], doc.Projects[1].Goals);
        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Project_form_with_other_labels_lead_cells_and_a_basis_column()
    {
        var result = Import(
            "2027年部门预算",
            "项目名称\t社区矫正教育经费",
            "主管部门\t某县司法局\t实施单位\t某县社区矫正中心",
            "项目资金（元）\t资金总额\t30000.00",
            "\t财政拨款\t30000.00",
            "\t其他资金\t0.00",
            "年度目标\t完成社区矫正对象集中教育。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据",
            "\t产出指标\t数量指标\t集中教育次数\t≥12次\t年度工作计划",
            "\t\t时效指标\t完成时间\t2027年12月底前\t年度工作计划",
            "\t满意度指标\t服务对象满意度指标\t矫正对象满意度\t≥90%\t问卷调查",
            "备注\t",
            "项目名称\t人民调解经费",
            "主管部门\t某县司法局\t实施单位\t某县司法局",
            "项目资金（元）\t资金总额\t8000.00",
            "年度目标\t调解纠纷。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据",
            "\t产出指标\t数量指标\t调解案件数\t≥100件\t历史同期水平");
        var doc = result.Document;
        Assert.Equal(ProjectFormLayout.LayoutName, doc.Source.Layout);
        Assert.Equal((2027, MoneyUnit.Yuan), (doc.FiscalYear, doc.MoneyUnit));
        Assert.Equal(new Department(null, "某县司法局"), doc.Department);
        Assert.Equal(2, doc.Projects.Count);
        var p = doc.Projects[0];
        Assert.Equal(("社区矫正教育经费", "某县社区矫正中心", "30000.00"), (p.Name, p.Implementer, p.Budget.Total?.Text));
        Assert.Equal(3, p.Indicators.Count);
        var deadline = p.Indicators[1];
        Assert.Equal(("产出指标", "时效指标", "完成时间", "年度工作计划"), (deadline.Level1, deadline.Level2, deadline.Name, deadline.Basis));
        Assert.Equal(TargetKind.Deadline, deadline.Target!.Kind);
        Assert.Equal("历史同期水平", Assert.Single(doc.Projects[1].Indicators).Basis);
        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Wide_table_name_cut_by_a_page_break_continues_and_rows_without_a_project_are_reported()
    {
        string[] lines =
        [
            "项目支出绩效目标表",
            "项目名称\t项目总额\t绩效目标\t一级指标\t二级指标\t三级指标\t指标值",
            "13070022P0001-平台升级\t300.00\t建设平台，\t产出指标\t数量指标\t模块数\t≥3个",
            "改造项目\t\t提升服务。\t成本指标\t经济成本指标\t开发成本\t≤300万元",
            "\t\t\t满意度指标\t服务对象满意度指标\t使用人员满意度\t≥90%",
            "产出指标\t质量指标\t验收合格率\t100%",
        ];
        SourceLocation?[] pages = [new(1), new(1), new(1), new(2), new(2), new(3)];
        var result = DocumentImporter.CreateDefault().Import(SourceText.FromExtracted("made-up.pdf", lines, "pdf", pages));
        var project = Assert.Single(result.Document.Projects);
        Assert.Equal(("13070022P0001", "平台升级改造项目", "300.00"), (project.Code, project.Name, project.Budget.Total?.Text));
        Assert.Equal(["建设平台，提升服务。"], project.Goals);
        Assert.Equal(3, project.Indicators.Count);
        // Page 3 starts with a row whose project cells are missing and no project row precedes it there.
        Assert.Equal(6, Assert.Single(result.Unplaced).Line);
    }

    [Fact]
    public void Project_form_headed_指标内容_and_a_department_wide_table_after_it_that_is_not_the_last_project()
    {
        // 陕西 2022: the indicator column is headed 指标内容, the goal 总体目标; the 部门整体支出绩效目标表 printed after the
        // last form used to be read as that project's indicators (its weights then summed to twice the printed total).
        var result = Import(
            "2022年部门预算专项业务经费绩效目标表",
            "项目名称\t档案管理",
            "主管部门\t某市住房和城乡建设局",
            "资金金额（万元）\t实施期资金总额：\t58.72",
            "\t其中：财政拨款\t58.72",
            "总体目标\t目标1：完成档案数字化。",
            "年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t备注",
            "\t产出指标\t数量指标\t指标1：数字化卷数\t≥5000卷\t",
            "\t满意度指标\t服务对象满意度指标\t指标1：查档群众满意度\t≥95%\t",
            "2022年部门整体支出绩效目标表",
            "部门名称\t某市住房和城乡建设局",
            "年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t备注",
            "\t产出指标\t数量指标\t指标1：保障房建设套数\t≥2000套\t",
            "\t效益指标\t社会效益指标\t指标1：群众住房条件\t有所改善\t");
        var doc = result.Document;
        Assert.Equal(ProjectFormLayout.LayoutName, doc.Source.Layout);
        var project = Assert.Single(doc.Projects);
        Assert.Equal(("档案管理", "58.72"), (project.Name, project.Budget.Total?.Text));
        Assert.Equal(["指标1：数字化卷数", "指标1：查档群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "≥95%"), (project.Indicators[1].Level1, project.Indicators[1].Level2, project.Indicators[1].Value));
    }
}
