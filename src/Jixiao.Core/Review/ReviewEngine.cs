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
    }

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
        var jurisdiction = profile.Base is { } configured
            ? new JurisdictionMatch(configured, $"审核配置“{profile.Name}”指定", Configured: true)
            : JurisdictionDetector.Detect(document);
        var context = new ReviewContext(document) { Jurisdiction = jurisdiction, Companions = companions ?? [] };
        foreach (var rule in _rules)
        {
            if (profile.IsEnabled(rule.Descriptor.Id)) rule.Review(context);
        }

        Dictionary<(string, string), Acceptance>? acceptances = null;
        if (accepted is not null)
        {
            acceptances = [];
            foreach (var a in accepted) acceptances[(a.RuleId, a.Fingerprint)] = a;
        }

        var byId = new Dictionary<string, RuleDescriptor>(_rules.Length, StringComparer.Ordinal);
        foreach (var r in _rules) byId[r.Descriptor.Id] = r.Descriptor;

        var list = context.Reported.ToList();
        // Stable: findings on the same place keep rule order.
        var ordered = list.Select((f, i) => (f.Key, i, f.Finding)).OrderBy(t => t.Key).ThenBy(t => t.i);
        var result = new List<Finding>(list.Count);
        foreach (var (_, _, f) in ordered)
        {
            var finding = f;
            var severity = profile.Apply(byId[f.RuleId], f.Severity);
            if (severity != f.Severity) finding = finding with { Severity = severity };
            if (acceptances is not null && acceptances.TryGetValue((f.RuleId, f.Fingerprint), out var acceptance))
                finding = finding with { Accepted = acceptance };
            result.Add(finding);
        }
        return result;
    }
}
