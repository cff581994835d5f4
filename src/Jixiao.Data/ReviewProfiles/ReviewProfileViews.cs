namespace Jixiao.Data.ReviewProfiles;

/// <summary>一个辖区的审核配置，按页面和接口的样子：地区口径、各条规则调整（含理由）、最后修改人和时间，以及可选的口径和规则。</summary>
public sealed record ReviewProfileView(
    int JurisdictionId,
    string JurisdictionName,
    string? BaseProfile,
    string? BaseProfileName,
    IReadOnlyList<RuleOverrideView> Overrides,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<BaseProfileOption> BaseProfiles,
    IReadOnlyList<RuleOption> Rules);

/// <summary>一条规则调整：规则、是否启用、调整后的级别（error / warning / info，空为不改级别）及其中文、理由。</summary>
public sealed record RuleOverrideView(string RuleId, string RuleTitle, bool Enabled, string? Severity, string? SeverityName, string Reason);

/// <summary>可选的地区公开口径（标识、名称、公开表是否已收录）。</summary>
public sealed record BaseProfileOption(string Id, string Name, bool TablesKnown);

/// <summary>可调整的规则：编号、名称、默认级别。</summary>
public sealed record RuleOption(string RuleId, string Title, string DefaultSeverity);

/// <summary>保存审核配置的请求：地区口径（空为按文档认出）和全部规则调整（整体替换）。</summary>
public sealed record ReviewProfileInput(string? BaseProfile, IReadOnlyList<RuleOverrideInput>? Overrides);

/// <summary>一条规则调整的输入；severity 为 error / warning / info（或 错误 / 警告 / 提示），enabled 缺省为 true，reason 必填。</summary>
public sealed record RuleOverrideInput(string? RuleId, bool? Enabled, string? Severity, string? Reason);

/// <summary>保存结果：新的配置，以及按新配置重新审核的文档数。</summary>
public sealed record ReviewProfileSaved(ReviewProfileView Profile, int DocumentsReviewed);
