using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_008_Tests
{
    [Fact]
    public void Reports_seed_004_project_budgets_against_project_spending_as_info()
    {
        // 28 target tables sum to 1087.33 万元; 支出总表 项目支出 1087.32 万元.
        var f = Assert.Single(Build.Review(Seed004.Document).Of(RuleIds.ProjectBudgetsVsTables));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal(("1087.32", "1087.33"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Says_nothing_when_the_sums_agree()
    {
        var doc = Seed004.Document with { Projects = [Seed004.Project(1) with { Budget = Build.Project("x", "1087.32", Model.MoneyUnit.TenThousandYuan, []).Budget }] };
        Assert.Empty(Build.Review(doc).Of(RuleIds.ProjectBudgetsVsTables));
    }
}
