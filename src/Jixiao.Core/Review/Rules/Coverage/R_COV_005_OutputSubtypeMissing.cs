using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>R-COV-005: 产出 has 数量, 质量 and 时效 indicators; each missing one is a finding.</summary>
public sealed class R_COV_005_OutputSubtypeMissing : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.OutputSubtypeMissing, RuleFamily.Coverage, Severity.Warning,
        "产出指标不全",
        "项目“{0}”的产出指标缺少{1}",
        RuleSources.Clause(RuleSources.Doc101, "产出指标一般包括数量指标、质量指标、时效指标"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    private static readonly (Level2Kind Kind, string Name)[] Subtypes =
        [(Level2Kind.Quantity, "数量指标"), (Level2Kind.Quality, "质量指标"), (Level2Kind.Timeliness, "时效指标")];

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            if (!CoverageFacts.Any(t, CoverageFacts.IsOutput)) continue;
            foreach (var (kind, name) in Subtypes)
            {
                if (CoverageFacts.Any(t, i => i.Level2 == kind)) continue;
                context.Report(Rule, FindingLocation.ForProject(t.Index, "indicators", t.SourceLine), Rule.Format(t.Project!.Name, name),
                    FindingFingerprint.Content(t.Key, name), suggestion: $"补充{name}，或说明本项目不适用的原因");
            }
        }
    }
}
