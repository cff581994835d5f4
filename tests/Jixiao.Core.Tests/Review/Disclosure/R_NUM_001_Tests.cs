using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Disclosure;

public sealed class R_NUM_001_Tests
{
    private static IReadOnlyList<Finding> Review(params ExplanationStatement[] s) =>
        Build.Review(With(new DisclosureText { Statements = s })).Of(RuleIds.ChangeMiscomputed);

    // Welfare home 2024: 2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数减少1.39%。
    private static ExplanationStatement Welfare(string percent, ChangeDirection direction) =>
        Statement(StatementSubject.ClassificationItem, "53.84", "2024年预算安排53.84万元，比2023年预算执行数减少1.39%") with
        {
            ItemName = "事业单位离退休", LastYear = WrittenDecimal.TryParse("54.60"), ChangePercent = WrittenDecimal.TryParse(percent), Direction = direction,
        };

    // 福州 2026: 收入预算为2249.92万元，比上年增加61.71万元，增长2.82%。
    private static ExplanationStatement Fuzhou(string percent) =>
        Statement(StatementSubject.IncomeTotal, "2249.92", "收入预算为2249.92万元，比上年增加61.71万元，增长" + percent + "%") with
        {
            ChangeAmount = WrittenDecimal.TryParse("61.71"), ChangePercent = WrittenDecimal.TryParse(percent), Direction = ChangeDirection.Increase,
        };

    [Fact]
    public void Does_not_fire_on_correct_changes_of_the_real_documents() =>
        Assert.Empty(Review(Welfare("1.39", ChangeDirection.Decrease), Fuzhou("2.82")));

    [Fact]
    public void Fires_on_a_wrong_percentage_with_the_recomputed_figure()
    {
        var f = Assert.Single(Review(Welfare("1.93", ChangeDirection.Decrease)));
        Assert.Equal("1.39%", f.Expected);
        Assert.Equal("1.93%", f.Actual);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Fires_on_a_direction_word_contradicting_the_figures()
    {
        var f = Assert.Single(Review(Welfare("1.39", ChangeDirection.Increase)));
        Assert.Equal("减少", f.Expected);
        Assert.Equal("增加", f.Actual);
    }

    [Fact]
    public void A_percentage_within_the_rounding_of_the_amounts_is_no_finding()
    {
        // 61.71 / 2188.21 = 2.8201%: 2.83 lies within one unit of the printed precision, 2.85 does not.
        Assert.Empty(Review(Fuzhou("2.83")));
        Assert.Single(Review(Fuzhou("2.85")));
    }
}
