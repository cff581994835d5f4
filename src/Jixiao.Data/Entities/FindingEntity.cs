namespace Jixiao.Data.Entities;

/// <summary>A review finding of the current version of a document; replaced on every re-review.</summary>
public sealed class FindingEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    public int? ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public int? IndicatorId { get; set; }
    public IndicatorEntity? Indicator { get; set; }
    /// <summary>Order in the review's result (document order), so lists show findings as the review gave them.</summary>
    public int Position { get; set; }
    public required string RuleId { get; set; }
    /// <summary>error / warning / info.</summary>
    public required string Severity { get; set; }
    public required string Message { get; set; }
    /// <summary>Where, in Chinese (第3个项目第2项指标（指标值）).</summary>
    public required string Where { get; set; }
    public string? Suggestion { get; set; }
    /// <summary>一键修正: the field (value / nature) and its exact old → new text, when the rule gives one (Core FindingFix).</summary>
    public string? FixField { get; set; }
    public string? FixFrom { get; set; }
    public string? FixTo { get; set; }
    public required string Basis { get; set; }
    public string? Expected { get; set; }
    public string? Actual { get; set; }
    public required string Fingerprint { get; set; }
    public string? AcceptedReason { get; set; }
    public string? AcceptedBy { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
}

/// <summary>
/// A reviewer's acceptance (接受) of a finding, by rule and content fingerprint: it outlives the finding rows, so a
/// finding that comes back with the same content is accepted again.
/// </summary>
public sealed class FindingAcceptanceEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public required string RuleId { get; set; }
    public required string Fingerprint { get; set; }
    public required string Reason { get; set; }
    public required string AcceptedBy { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
}

/// <summary>One line of the audit log: who, when, what, where, which field, old → new.</summary>
public sealed class AuditLogEntity
{
    public long Id { get; set; }
    public int? DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }

    /// <summary>The jurisdiction of an administration line (用户、部门、年度), which has no document; null on document lines.</summary>
    public int? JurisdictionId { get; set; }

    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public string? Where { get; set; }
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
