namespace Jixiao.Core.Review;

/// <summary>
/// One review finding (审核意见), FORMAT.md shape. <see cref="Fingerprint"/> identifies the content the
/// finding is about, so a reviewer's <see cref="Acceptance"/> survives re-review while that content is
/// unchanged. An accepted finding is still returned, with <see cref="Accepted"/> set.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    /// <summary>Effective severity, after the jurisdiction profile.</summary>
    public required Severity Severity { get; init; }
    public required FindingLocation Where { get; init; }
    /// <summary>Chinese message.</summary>
    public required string Message { get; init; }
    /// <summary>The clause the rule comes from.</summary>
    public required string Basis { get; init; }
    /// <summary>Recomputed figure, where there is one.</summary>
    public string? Expected { get; init; }
    /// <summary>The figure as written, where one was recomputed.</summary>
    public string? Actual { get; init; }
    /// <summary>A safe suggestion, or null.</summary>
    public string? Suggestion { get; init; }
    /// <summary>The exact replacement (一键修正) where the rule knows the only right text; else null.</summary>
    public Fixes.FindingFix? Fix { get; init; }
    /// <summary>16 hex characters of SHA-256 over the rule ID and the content the finding is about.</summary>
    public required string Fingerprint { get; init; }
    /// <summary>Set when a reviewer accepted this finding (with reason, who and when).</summary>
    public Acceptance? Accepted { get; init; }

    public bool IsAccepted => Accepted is not null;

    public string HelpPath => RuleDescriptor.HelpPathFor(RuleId);

    public override string ToString() => $"{RuleId} {Severity.ToChinese()} {Where}: {Message}";
}
