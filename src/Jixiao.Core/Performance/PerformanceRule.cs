using Jixiao.Core.Review;

namespace Jixiao.Core.Performance;

/// <summary>
/// What a self-evaluation or monitoring finding is about: ID, severity, Chinese title, basis. The findings take the
/// review findings' shape (<see cref="Finding"/>), but these are not review rules over a target document: they check a
/// filled 自评表 or 监控表 against its targets, so they have their own IDs (EVA-…, MON-…) outside <see cref="RuleIds"/>.
/// A finding of severity error blocks submitting the self-evaluation or the monitoring report.
/// </summary>
public sealed record PerformanceRule(string Id, Severity Severity, string Title, string Basis)
{
    /// <summary>Makes a finding; the fingerprint covers the rule and the content (names, figures), not positions.</summary>
    public Finding At(FindingLocation where, string message, string content, string? expected = null, string? actual = null) => new()
    {
        RuleId = Id,
        Severity = Severity,
        Where = where,
        Message = message,
        Basis = Basis,
        Expected = expected,
        Actual = actual,
        Fingerprint = FindingFingerprint.Of(Id, content),
    };
}
