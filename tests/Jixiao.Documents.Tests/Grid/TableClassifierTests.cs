using Jixiao.Documents.Grid;
using Jixiao.Documents.Vocabulary;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

public class HeaderVocabularyTests
{
    [Theory]
    [InlineData("三级指标", TableColumn.Level3)]
    [InlineData("指标内容", TableColumn.Level3)]
    [InlineData("指标名称", TableColumn.Level3)]
    [InlineData("分值权重（90分）", TableColumn.Weight)]
    [InlineData("分值", TableColumn.Weight)]
    [InlineData("资金总额（万元）", TableColumn.Total)]
    [InlineData("指 标 值：", TableColumn.Value)]
    [InlineData("年度指标值", TableColumn.Value)]
    [InlineData("度量单位", TableColumn.Unit)]
    [InlineData("指标方向", TableColumn.Nature)]
    [InlineData("评（扣）分标准", TableColumn.Basis)]
    [InlineData("实际完成值", TableColumn.Actual)]
    [InlineData("得分", TableColumn.Score)]
    [InlineData("单位（项目）名称", TableColumn.ProjectName)]
    public void Header_cells_are_recognised_by_their_wording_from_the_data_file(string cell, TableColumn column) =>
        Assert.Equal(column, HeaderVocabulary.Default.Recognize(cell));

    /// <summary>
    /// The length limit (maxLength 14) counts the cell as compared — without whitespace and trailing colons — so the
    /// quick rejection of long cells never turns away a spaced-out label, and a 15-character text is no label.
    /// </summary>
    [Theory]
    [InlineData("项 目 名 称 ： ： ： ： ： ：", "ProjectName", TableColumn.ProjectName)]
    [InlineData("关于本年度单位项目的资金总额：", "Total", null)]
    [InlineData("又关于本年度单位项目的资金总额", null, null)]
    [InlineData("   ：", null, null)]
    public void The_length_limit_counts_the_cell_without_whitespace_and_trailing_colons(string cell, string? label, TableColumn? column)
    {
        Assert.Equal(label, HeaderVocabulary.Default.FormLabel(cell));
        Assert.Equal(column, HeaderVocabulary.Default.Recognize(cell));
    }

    [Theory]
    [InlineData("保障人员工资及社会保障缴费支出")]
    [InlineData("办案数")]
    [InlineData("")]
    public void Content_is_not_a_column_name(string cell) => Assert.Null(HeaderVocabulary.Default.Recognize(cell));

    [Theory]
    [InlineData("2026年部门整体支出绩效目标表", TableKind.Overall)]
    [InlineData("西安市级2022年病媒生物防制项目绩效自评表", TableKind.SelfEvaluation)]
    [InlineData("项目支出绩效目标表", TableKind.Project)]
    [InlineData("一般公共预算支出表", null)]
    public void Titles_say_what_a_table_is(string title, TableKind? kind) => Assert.Equal(kind, HeaderVocabulary.Default.KindOfTitle(title));
}

public class TableClassifierTests
{
    private static GridTable Rows(params string[][] rows) =>
        GridTable.Create(rows.SelectMany((cells, r) => cells.Select((text, c) => new GridCell(r, c, 1, 1, text, 1))));

    private static TableKind Kind(GridTable table, string? title = null)
    {
        List<GridBlock> blocks = title is null ? [table] : [new GridParagraph(title, 1), table];
        return TableClassifier.Default.Classify(new GridDocument("x.pdf", "pdf", blocks), table).Kind;
    }

    [Fact]
    public void A_form_with_a_project_name_label_and_an_indicator_header_is_a_project_table() =>
        Assert.Equal(TableKind.Project, Kind(Rows(
            ["项目名称", "法律援助", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "办案数", "≥10件"])));

    [Fact]
    public void An_indicator_header_with_a_project_name_column_is_a_wide_table() =>
        Assert.Equal(TableKind.WideProject, Kind(Rows(
            ["单位编码", "单位（项目）名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
            ["301001", "法律援助", "12.5", "产出指标", "数量指标", "办案数", "≥10件"])));

    [Fact]
    public void Actual_and_score_columns_make_a_self_evaluation_table_whatever_its_title() =>
        Assert.Equal(TableKind.SelfEvaluation, Kind(Rows(
            ["一级指标", "二级指标", "指标内容", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "办案数", "≥10件", "12件", "10", "10"]), title: "项目支出绩效目标表"));

    [Fact]
    public void The_title_above_makes_an_indicator_table_a_department_wide_one() =>
        Assert.Equal(TableKind.Overall, Kind(Rows(
            ["一级指标", "二级指标", "三级指标", "指标值", "分值权重（90分）"],
            ["产出指标", "数量指标", "办案数", "≥10件", "10"]), title: "2026年部门整体支出绩效目标表"));

    [Fact]
    public void A_budget_table_headed_by_project_name_and_category_is_not_a_project_form() =>
        Assert.Equal(TableKind.Budget, Kind(Rows(
            ["项目名称", "项目类别", "合计", "财政拨款"],
            ["安保经费", "其他运转类", "41.58", "41.58"]), title: "项目支出预算情况表"));

    [Fact]
    public void Indicators_without_identity_continue_a_form() =>
        Assert.Equal(TableKind.Indicators, Kind(Rows(
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "办案数", "≥10件"])));
}
