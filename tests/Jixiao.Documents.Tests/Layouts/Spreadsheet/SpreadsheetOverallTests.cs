using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>The 部门（单位）整体支出绩效目标申报表 of seed 001 (lines 3–28), checked against the source.</summary>
public class SpreadsheetOverallTests
{
    private static TargetDocument Document => SpreadsheetSeed001.Result.Document;
    private static OverallTarget Overall => Document.Overall!;

    [Fact]
    public void Heading_gives_department_year_and_unit()
    {
        Assert.Equal(new Department(null, "秀山土家族苗族自治县司法局"), Document.Department);
        Assert.Equal(2023, Document.FiscalYear);
        Assert.Equal(MoneyUnit.TenThousandYuan, Document.MoneyUnit);
        Assert.Equal("spreadsheet", Document.Source.Layout);
    }

    [Fact]
    public void Funds_are_kept_exactly_as_written()
    {
        var funds = Overall.Funds!;
        Assert.Equal("2282.58", funds.Total?.Text);
        Assert.Equal("1598.17", funds.Basic?.Text);
        Assert.Equal("684.41", funds.Project?.Text);
    }

    [Fact]
    public void Goals_are_split_with_numbering_removed()
    {
        Assert.Equal(
        [
            "全力推动“法治政府示范县”创建，提升法治秀山建设水平",
            "完善更高水平的现代公共法律服务体系建设，摄入推进“自治、德治、法治、智治”相结合的基层治理体系建设",
            "积极开展“标准化”司法所建设和“智慧矫正中心”建设",
        ], Overall.Goals);
        Assert.Empty(Overall.SubGoals);
        Assert.Empty(Overall.Measures);
    }

    [Fact]
    public void Every_indicator_row_matches_the_source()
    {
        (int Line, string L1, string? L2, string Name, string Nature, string Value, string Weight)[] expected =
        [
            (17, "产出指标", "数量指标", "指标1：支持人民调解案件数量", "≥", "4500件", "10"),
            (18, "产出指标", "数量指标", "指标2：支持法律援助案件数量", "≥", "800件", "10"),
            (19, "产出指标", "数量指标", "指标3：管理社区矫正对象数量", "≥", "300人", "10"),
            (20, "产出指标", "数量指标", "指标4：招聘社区矫正社会工作者服务数量", "=", "27名", "10"),
            (21, "产出指标", "数量指标", "指标5：配置村居（社区）法律顾问", "=", "268村居（社区）", "10"),
            (22, "成本指标", null, "指标1：单位印刷、购买宣传品成本", "≤", "10万元", "5"),
            (23, "效益指标", "社会效益指标", "指标1：法律援助挽回经济损失", "≥", "800万元", "10"),
            (24, "效益指标", "社会效益指标", "指标2：普法宣传信息阅读量", "≥", "350万人次", "5"),
            (25, "效益指标", "社会效益指标", "指标3：村（社区）法律顾问覆盖率", "≥", "100%", "10"),
            (26, "满意度指标", "服务对象满意度指标", "指标1：法律援助受援对象满意度", "≥", "99%", "10"),
            (27, "满意度指标", "服务对象满意度指标", "指标2：公证业务满意度", "≥", "99%", "10"),
        ];
        Assert.Equal(expected.Length, Overall.Indicators.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var a = Overall.Indicators[i];
            Assert.Equal((e.Line, e.L1, e.L2, e.Name, e.Nature, e.Value, e.Weight),
                (a.SourceLine, a.Level1, a.Level2, a.Name, a.Nature, a.Value, a.Weight?.Text));
            Assert.Null(a.Description);
            Assert.Null(a.Basis);
        }
    }

    [Fact]
    public void Weights_of_the_form_sum_to_100() =>
        Assert.Equal(100m, Overall.Indicators.Sum(i => i.Weight!.Value.Value));

    [Fact]
    public void A_bare_number_takes_the_unit_column_and_a_worded_value_stays_as_written()
    {
        // 4500 | 件 → 4500件, parsed as a quantity of 件.
        var first = Overall.Indicators[0];
        Assert.Equal(new TargetValue { Kind = TargetKind.Quantity, Op = ComparisonOperator.AtLeast, Number = "4500", Unit = "件" }, first.Target);
        // 99 | % → 99%, a ratio.
        Assert.Equal(TargetKind.Ratio, Overall.Indicators[9].Target!.Kind);
        // "268村居（社区）" | 个: the value already names what it counts; the unit cell is not appended.
        Assert.Equal("268村居（社区）", Overall.Indicators[4].Value);
    }
}
