using System.Text.Json;

namespace Jixiao.Core.Review.Profiles;

/// <summary>
/// A jurisdiction's review settings (审核规则配置): rules switched off or re-graded, each with a reason.
/// JSON form (validated by <see cref="FromJson"/>):
/// <code>
/// { "name": "某市财政局",
///   "base": "shaanxi",
///   "overrides": [
///     { "rule": "R-VAL-010", "enabled": false, "reason": "本市模板不设绩效指标描述栏" },
///     { "rule": "R-COV-003", "severity": "error", "reason": "本市要求每个项目设成本指标" } ] }
/// </code>
/// Severities: error / warning / info (or 错误 / 警告 / 提示). <c>base</c> names the jurisdiction's disclosure profile
/// (jurisdiction-profiles.json: shaanxi / 陕西省 …); without it the jurisdiction is recognised from the document.
/// </summary>
public sealed class ReviewProfile
{
    private readonly Dictionary<string, RuleOverride> _overrides;

    public ReviewProfile(string name, IEnumerable<RuleOverride> overrides, string? baseProfile = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        Name = name;
        if (!string.IsNullOrWhiteSpace(baseProfile))
        {
            Base = Jurisdictions.JurisdictionProfiles.Find(baseProfile)
                ?? throw new ReviewProfileException($"审核配置：未知的地区口径“{baseProfile}”（可用：{string.Join("、", Jurisdictions.JurisdictionProfiles.All.Select(p => p.Id + " " + p.Name))}）");
        }
        _overrides = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        var n = 0;
        foreach (var o in overrides)
        {
            n++;
            if (!RuleIds.IsKnown(o.RuleId)) throw new ReviewProfileException($"审核配置第{n}项：未知的规则编号“{o.RuleId}”");
            if (string.IsNullOrWhiteSpace(o.Reason)) throw new ReviewProfileException($"审核配置第{n}项（{o.RuleId}）：须填写调整理由（reason）");
            if (!_overrides.TryAdd(o.RuleId, o)) throw new ReviewProfileException($"审核配置第{n}项：规则“{o.RuleId}”重复配置");
        }
    }

    /// <summary>No overrides: every rule at its default severity.</summary>
    public static ReviewProfile Default { get; } = new("默认", []);

    public string Name { get; }

    /// <summary>The jurisdiction's disclosure profile this profile builds on; null: recognised from each document.</summary>
    public Jurisdictions.JurisdictionProfile? Base { get; }

    public IReadOnlyCollection<RuleOverride> Overrides => _overrides.Values;

    public RuleOverride? OverrideFor(string ruleId) => _overrides.GetValueOrDefault(ruleId);

    public bool IsEnabled(string ruleId) => OverrideFor(ruleId)?.Enabled ?? true;

    /// <summary>
    /// The severity a finding is given under this profile. An override sets the severity of the rule's
    /// findings; a finding the rule itself raised below its default (a rounding note is info) never rises
    /// above what it was, so re-grading a rule to error does not turn its notes into errors.
    /// </summary>
    public Severity Apply(RuleDescriptor rule, Severity raised)
    {
        if (OverrideFor(rule.Id)?.Severity is not { } wanted) return raised;
        return raised == rule.DefaultSeverity ? wanted : (Severity)Math.Min((int)raised, (int)wanted);
    }

    /// <summary>Reads and validates a profile; throws <see cref="ReviewProfileException"/> with a Chinese message naming the entry.</summary>
    public static ReviewProfile FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ReviewProfileException($"审核配置不是有效的 JSON（第{(e.LineNumber ?? 0) + 1}行附近）：{e.Message}", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ReviewProfileException("审核配置应为一个 JSON 对象");
            var name = "未命名配置";
            string? baseProfile = null;
            var overrides = new List<RuleOverride>();
            foreach (var prop in root.EnumerateObject())
            {
                switch (prop.Name)
                {
                    case "name":
                        name = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : throw new ReviewProfileException("审核配置的 name 应为文字");
                        break;
                    case "base":
                        baseProfile = prop.Value.ValueKind switch
                        {
                            JsonValueKind.String => prop.Value.GetString(),
                            JsonValueKind.Null => null,
                            _ => throw new ReviewProfileException("审核配置的 base 应为地区口径的标识（如 shaanxi）"),
                        };
                        break;
                    case "overrides":
                        if (prop.Value.ValueKind != JsonValueKind.Array) throw new ReviewProfileException("审核配置的 overrides 应为数组");
                        var n = 0;
                        foreach (var item in prop.Value.EnumerateArray()) overrides.Add(ReadOverride(item, ++n));
                        break;
                    default:
                        throw new ReviewProfileException($"审核配置含未知字段“{prop.Name}”（可用字段：name、base、overrides）");
                }
            }
            return new ReviewProfile(name, overrides, baseProfile);
        }
    }

    private static RuleOverride ReadOverride(JsonElement item, int n)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new ReviewProfileException($"审核配置第{n}项应为对象");
        string? rule = null, reason = null, severityText = null;
        bool? enabled = null;
        foreach (var p in item.EnumerateObject())
        {
            switch (p.Name)
            {
                case "rule": rule = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new ReviewProfileException($"审核配置第{n}项：rule 应为规则编号文字"); break;
                case "reason": reason = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new ReviewProfileException($"审核配置第{n}项：reason 应为文字"); break;
                case "severity": severityText = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new ReviewProfileException($"审核配置第{n}项：severity 应为 error、warning 或 info"); break;
                case "enabled":
                    enabled = p.Value.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new ReviewProfileException($"审核配置第{n}项：enabled 应为 true 或 false"),
                    };
                    break;
                default: throw new ReviewProfileException($"审核配置第{n}项含未知字段“{p.Name}”（可用字段：rule、enabled、severity、reason）");
            }
        }
        if (string.IsNullOrWhiteSpace(rule)) throw new ReviewProfileException($"审核配置第{n}项：缺少规则编号（rule）");
        if (!RuleIds.IsKnown(rule)) throw new ReviewProfileException($"审核配置第{n}项：未知的规则编号“{rule}”");
        Severity? severity = null;
        if (severityText is not null)
            severity = Severities.Parse(severityText) ?? throw new ReviewProfileException($"审核配置第{n}项（{rule}）：未知的级别“{severityText}”，应为 error、warning、info（错误、警告、提示）之一");
        if (enabled is null && severity is null) throw new ReviewProfileException($"审核配置第{n}项（{rule}）：应设置 enabled 或 severity");
        if (string.IsNullOrWhiteSpace(reason)) throw new ReviewProfileException($"审核配置第{n}项（{rule}）：须填写调整理由（reason）");
        return new RuleOverride(rule, enabled ?? true, severity, reason);
    }
}
