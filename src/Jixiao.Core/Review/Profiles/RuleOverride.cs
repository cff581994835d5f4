namespace Jixiao.Core.Review.Profiles;

/// <summary>
/// One jurisdiction setting for one rule: switch it off, or change its severity; always with a reason
/// (cf. roslyn-analyzers' commented globalconfig overrides).
/// </summary>
public sealed record RuleOverride(string RuleId, bool Enabled, Severity? Severity, string Reason);
