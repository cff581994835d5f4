namespace Jixiao.Data.Entities;

/// <summary>
/// 一个辖区的审核配置：依据哪个地区的公开口径（jurisdiction-profiles.json 的标识，如 shaanxi；空：按文档认出），
/// 以及谁在何时最后修改。各条规则的调整在 <see cref="ReviewRuleOverrideEntity"/>。
/// </summary>
public sealed class JurisdictionReviewProfileEntity
{
    public int JurisdictionId { get; set; }
    public string? BaseProfile { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>一条规则在一个辖区的调整：停用或改级别，必有理由。</summary>
public sealed class ReviewRuleOverrideEntity
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public required string RuleId { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>error / warning / info, or null (only switched off).</summary>
    public string? Severity { get; set; }
    public required string Reason { get; set; }
}
