using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_003_Tests
{
    [Fact]
    public void Fires_on_seed_002_cost_valued_in_words()
    {
        // 补助办公经费: 日常公用经费开支标准 … 按规定执行.
        var findings = Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(7))).Of(RuleIds.QualitativeWhereMeasurable);
        Assert.Contains(findings, f => f.Message.Contains("按规定执行", StringComparison.Ordinal) && f.Message.StartsWith("成本指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_fire_on_words_carrying_a_figure_or_on_benefit_rows()
    {
        // Seed 004 item 27: "对所内建筑进行消防设施整体完善 1 套" under 数量; 不涉及 under 效益.
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(27))).Of(RuleIds.QualitativeWhereMeasurable));
    }
}
