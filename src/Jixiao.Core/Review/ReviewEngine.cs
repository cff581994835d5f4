using Jixiao.Core.Model;
using Jixiao.Core.Review.Profiles;
using Jixiao.Core.Review.Profiles.Jurisdictions;

namespace Jixiao.Core.Review;

/// <summary>
/// The automatic review (自动审核): runs its rules over a document and returns the findings in document
/// order. Immutable and thread-safe; build it once with <see cref="ReviewEngineBuilder"/> (or use
/// <see cref="ReviewRules.Default"/>) and share it.
/// </summary>
public sealed class ReviewEngine
{
    private readonly IReviewRule[] _rules;

    internal ReviewEngine(IReviewRule[] rules)
    {
        _rules = rules;
        Rules = Array.AsReadOnly(rules);
        Descriptors = Array.AsReadOnly(rules.Select(r => r.Descriptor).ToArray());
        _byId = new Dictionary<string, (IReviewRule, int)>(rules.Length, StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++) _byId[rules[i].Descriptor.Id] = (rules[i], i);
    }

    private readonly Dictionary<string, (IReviewRule Rule, int Index)> _byId;

    public IReadOnlyList<IReviewRule> Rules { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>
    /// Reviews a document. Rules the profile switches off do not run; severities follow the profile.
    /// A finding whose rule and fingerprint match an acceptance is returned marked accepted (with the
    /// reason), not dropped, so a reviewer can still see what was accepted and why.
    /// The jurisdiction's disclosure profile is the profile's <see cref="ReviewProfile.Base"/>, else the one recognised
    /// from the document's own words (<see cref="JurisdictionDetector"/>), else none (the rules say what they assumed).
    /// <paramref name="companions"/> are the other files of the same disclosure (北京: the tables in one PDF, the
    /// explanation in another): what they hold counts as present for the completeness rules (R-DOC-001).
    /// </summary>
    public IReadOnlyList<Finding> Review(TargetDocument document, ReviewProfile? profile = null, IEnumerable<Acceptance>? accepted = null,
        IReadOnlyList<TargetDocument>? companions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        profile ??= ReviewProfile.Default;
        return [.. Run(document, profile, accepted, companions, scope: null).Select(e => e.Finding)];
    }

    /// <summary>
    /// Part of a review, for a save that changed only some indicator tables (<paramref name="tables"/>: 0 = the
    /// department-wide table, 1…n the projects): the <see cref="RuleScope.Project"/> rules on those tables and the
    /// <see cref="RuleScope.Document"/> rules on the whole document, in review order. Together with the earlier
    /// review's findings of the project-scoped rules on the other tables, this is the whole review
    /// (<see cref="ReviewChange"/>), provided <see cref="CanReviewChange"/> holds.
    /// </summary>
    public IReadOnlyList<Finding> ReviewTables(TargetDocument document, IReadOnlySet<int> tables, ReviewProfile? profile = null,
        IEnumerable<Acceptance>? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tables);
        return [.. Run(document, profile ?? ReviewProfile.Default, accepted, companions: null, tables).Select(e => e.Finding)];
    }

    /// <summary>
    /// Whether a document changed from <paramref name="before"/> to <paramref name="after"/> can be reviewed table by
    /// table: the same number of projects in the same places and the same <see cref="ReviewFacts"/> (year, money unit,
    /// jurisdiction, basis column). The caller also promises that only the tables it names changed.
    /// </summary>
    public bool CanReviewChange(TargetDocument before, TargetDocument after, ReviewProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        profile ??= ReviewProfile.Default;
        if (before.Projects.Count != after.Projects.Count) return false;
        for (var i = 0; i < before.Projects.Count; i++)
            if (before.Projects[i].Key != after.Projects[i].Key) return false;
        return FactsOf(before, profile) == FactsOf(after, profile);
    }

    /// <summary>True for a rule whose findings on a table depend on that table alone (<see cref="RuleScope.Project"/>).</summary>
    public bool IsProjectScoped(string ruleId) => _byId.TryGetValue(ruleId, out var r) && r.Rule.Descriptor.Scope == RuleScope.Project;

    /// <summary>
    /// The whole review of <paramref name="after"/> from the review of <paramref name="before"/> and a review of the
    /// changed tables only: the earlier findings of project-scoped rules on the unchanged tables are kept, the rest
    /// comes from <see cref="ReviewTables"/>, merged in review order. Equal to <c>Review(after)</c> — the property
    /// tests hold it to that over the seeds and random edits — whenever <see cref="CanReviewChange"/> holds; otherwise
    /// the whole document is reviewed.
    /// </summary>
    public IReadOnlyList<Finding> ReviewChange(TargetDocument before, IReadOnlyList<Finding> previous, TargetDocument after,
        IReadOnlySet<int> changedTables, ReviewProfile? profile = null, IEnumerable<Acceptance>? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(changedTables);
        profile ??= ReviewProfile.Default;
        if (!CanReviewChange(before, after, profile)) return Review(after, profile, accepted);
        var fresh = Run(after, profile, accepted, companions: null, changedTables);
        var context = new ReviewContext(after);
        var kept = new List<Entry>();
        for (var n = 0; n < previous.Count; n++)
        {
            var f = previous[n];
            if (!IsProjectScoped(f.RuleId) || f.Where.Project is not { } table || changedTables.Contains(table)) continue;
            kept.Add(new Entry(FindingSortKey.For(f.Where, context), _byId[f.RuleId].Index, n, f));
        }
        // Findings of one rule on one place come from one side only (a project-scoped rule reports on its own table),
        // so ordering by place, then rule, then the order each side gave them is the full review's order.
        return [.. kept.Concat(fresh).OrderBy(e => e.Key).ThenBy(e => e.Rule).ThenBy(e => e.Sequence).Select(e => e.Finding)];
    }

    private readonly record struct Entry(FindingSortKey Key, int Rule, int Sequence, Finding Finding);

    private static ReviewFacts FactsOf(TargetDocument document, ReviewProfile profile) =>
        new ReviewContext(document) { Jurisdiction = JurisdictionOf(document, profile) }.Facts;

    private static JurisdictionMatch? JurisdictionOf(TargetDocument document, ReviewProfile profile) =>
        profile.Base is { } configured
            ? new JurisdictionMatch(configured, $"审核配置“{profile.Name}”指定", Configured: true)
            : JurisdictionDetector.Detect(document);

    /// <summary>
    /// Runs the enabled rules — project-scoped ones on the tables in <paramref name="scope"/> only (all when null) —
    /// and returns the findings in review order with the profile's severities and the acceptances applied.
    /// </summary>
    private List<Entry> Run(TargetDocument document, ReviewProfile profile, IEnumerable<Acceptance>? accepted,
        IReadOnlyList<TargetDocument>? companions, IReadOnlySet<int>? scope)
    {
        var context = new ReviewContext(document, scope) { Jurisdiction = JurisdictionOf(document, profile), Companions = companions ?? [] };
        var ruleOf = new List<int>();
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (!profile.IsEnabled(rule.Descriptor.Id)) continue;
            context.InProjectRule = rule.Descriptor.Scope == RuleScope.Project;
            rule.Review(context);
            var reported = context.Reported.Count();
            while (ruleOf.Count < reported) ruleOf.Add(r);
        }
        context.InProjectRule = false;

        Dictionary<(string, string), Acceptance>? acceptances = null;
        if (accepted is not null)
        {
            acceptances = [];
            foreach (var a in accepted) acceptances[(a.RuleId, a.Fingerprint)] = a;
        }

        var list = context.Reported.ToList();
        // Stable: findings on the same place keep rule order.
        var ordered = list.Select((f, i) => (f.Key, i, f.Finding)).OrderBy(t => t.Key).ThenBy(t => t.i);
        var result = new List<Entry>(list.Count);
        foreach (var (key, i, f) in ordered)
        {
            var finding = f;
            var severity = profile.Apply(_byId[f.RuleId].Rule.Descriptor, f.Severity);
            if (severity != f.Severity) finding = finding with { Severity = severity };
            if (acceptances is not null && acceptances.TryGetValue((f.RuleId, f.Fingerprint), out var acceptance))
                finding = finding with { Accepted = acceptance };
            result.Add(new Entry(key, ruleOf[i], i, finding));
        }
        return result;
    }
}
