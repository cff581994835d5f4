namespace Jixiao.Core.Review;

/// <summary>
/// A reviewer's acceptance of one finding (接受/豁免): the rule, the finding's content fingerprint, why, who
/// and when. It holds while the fingerprint is unchanged; once the content changes the finding is new.
/// </summary>
public sealed record Acceptance(string RuleId, string Fingerprint, string Reason, string AcceptedBy, DateTimeOffset AcceptedAt);
