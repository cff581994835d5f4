using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.WordTable;
using Jixiao.Documents.Text;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.WordTable;

public class FiscalYearInferenceTests
{
    private static Project P(string name, string? basis = null, string? value = "≥1个", string? goal = null) => new()
    {
        Name = name,
        Goals = goal is null ? [] : [goal],
        Indicators = [new Indicator { Name = "指标", Value = value, Basis = basis }],
    };

    private static SourceLine[] Lines(params string[] texts) => texts.Select((t, i) => new SourceLine(i + 1, t)).ToArray();

    [Theory]
    [InlineData("预算年度：2024")]
    [InlineData("预算年度:2024")]
    [InlineData("**秦皇岛市抚宁区司法局2024 年部门预算绩效文本**")]
    [InlineData("某某局2024年度部门预算")]
    public void A_printed_year_wins(string line) =>
        Assert.Equal(2024, FiscalYearInference.Infer(Lines("标题", line), [P("2022年项目", basis: "2023年工作计划")]));

    [Fact]
    public void Otherwise_the_year_most_used_in_goals_and_indicators()
    {
        Project[] projects =
        [
            P("关于提前下达2022年转移支付资金", basis: "2023年工作计划"),
            P("2022年第二批", basis: "2023年预算测算，2023年工作计划", goal: "完成2022年遗留任务"),
        ];
        Assert.Equal(2023, FiscalYearInference.Infer(Lines("无年度"), projects));
    }

    [Fact]
    public void A_tie_goes_to_the_later_year() =>
        Assert.Equal(2024, FiscalYearInference.Infer(Lines(), [P("x", basis: "2023年实际完成情况", value: "2024年12月31日前")]));

    [Fact]
    public void Document_numbers_are_not_years() =>
        Assert.Equal(2023, FiscalYearInference.Infer(Lines(), [P("冀财政法【2021】62号", basis: "冀财【2022】1号文件，2023年计划")]));

    [Fact]
    public void Without_years_in_the_targets_the_latest_year_in_the_project_names()
    {
        Project[] projects = [P("2023年第二批中央转移支付资金"), P("2024年提前下达资金（津财【2023】72号）"), P("普法经费")];
        Assert.Equal(2024, FiscalYearInference.Infer(Lines(), projects));
    }

    [Fact]
    public void Null_when_nothing_names_a_year() =>
        Assert.Null(FiscalYearInference.Infer(Lines("普法"), [P("普法经费", basis: "工作计划")]));

    [Fact]
    public void Long_digit_runs_are_not_years()
    {
        var counts = new Dictionary<int, int>();
        FiscalYearInference.CountYears("12023年 2023 年 3020年 1999年", counts);
        Assert.Equal(new Dictionary<int, int> { [2023] = 1, [1999] = 1 }, counts);
    }
}
