using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review;

public sealed class ReviewEngineTests
{
    [Fact]
    public void Findings_come_in_document_order()
    {
        var findings = ReviewRules.Default.Review(Seed004.Document);
        // Budget tables (lines 40–470) precede the project tables (598…); projects in order.
        var lines = findings.Select(f => f.Where.SourceLine > 0 ? f.Where.SourceLine : Seed004.Document.Projects[(f.Where.Project ?? 1) - 1].SourceLine).ToList();
        Assert.Equal(lines.Order(), lines);
        var projects = findings.Where(f => f.Where.Project > 0).Select(f => f.Where.Project!.Value).ToList();
        Assert.Equal(projects.Order(), projects);
    }

    [Fact]
    public void Seed_004_raises_only_the_known_errors()
    {
        // 目标内容 1 (item 27) and 成本总额 ≤200 万元 on a 138.56万元 project (item 24).
        var errors = ReviewRules.Default.Review(Seed004.Document).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal([(RuleIds.CostAboveBudget, 24), (RuleIds.Placeholder, 27)], errors.Select(f => (f.RuleId, f.Where.Project!.Value)).Order());
    }

    [Fact]
    public void Seeds_002_and_003_raise_only_the_known_errors()
    {
        // 002: 成本预算控制数 ≥30000 元 (item 5).
        var e002 = ReviewRules.Default.Review(OtherSeedDocuments.Seed002).Where(f => f.Severity == Severity.Error).Select(f => (f.RuleId, f.Where.Project!.Value));
        Assert.Equal([(RuleIds.DirectionContradictsMeaning, 5)], e002);
        // 003: cost ceilings above the printed budgets (items 2, 4, 9, 12) and 按照规定合理申请预算 ≥7.88万 (item 3).
        var e003 = ReviewRules.Default.Review(OtherSeedDocuments.Seed003).Where(f => f.Severity == Severity.Error).Select(f => (f.RuleId, f.Where.Project!.Value)).Order();
        Assert.Equal([(RuleIds.CostAboveBudget, 2), (RuleIds.CostAboveBudget, 4), (RuleIds.CostAboveBudget, 9), (RuleIds.CostAboveBudget, 12), (RuleIds.DirectionContradictsMeaning, 3)], e003);
    }

    [Fact]
    public void The_engine_is_shared_safely_across_threads()
    {
        var expected = ReviewRules.Default.Review(Seed004.Document).Select(f => f.Fingerprint).ToList();
        Parallel.For(0, 8, _ => Assert.Equal(expected, ReviewRules.Default.Review(Seed004.Document).Select(f => f.Fingerprint).ToList()));
    }
}
