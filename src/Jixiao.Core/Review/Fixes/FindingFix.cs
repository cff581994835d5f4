namespace Jixiao.Core.Review.Fixes;

/// <summary>
/// 一键修正：审核意见所附的确切改法——把某项指标的某个字段由 <see cref="From"/> 改为 <see cref="To"/>。
/// 只有规则能给出唯一、确定的新文字时才有（如成本指标把“≥”改为“≤”）；“如为…请改为…”这类需要人判断的建议只是
/// <see cref="Finding.Suggestion"/>，没有 Fix。类型化而不是从提示文字里解析，是为了应用时不必猜。
/// </summary>
/// <param name="IndicatorKey">被修改指标的稳定键（文件单独读入、尚未进入系统时为 null）。</param>
/// <param name="Field">FORMAT.md 字段名：<c>value</c>（指标值）或 <c>nature</c>（指标性质）。</param>
/// <param name="From">该字段现在的文字（应用时必须仍是它，否则不改）。</param>
/// <param name="To">改后的文字。</param>
public sealed record FindingFix(string? IndicatorKey, string Field, string From, string To)
{
    public const string ValueField = "value";
    public const string NatureField = "nature";

    /// <summary>“将指标值“≥5万元”改为“≤5万元””。</summary>
    public string Describe() => $"将{(Field == NatureField ? "指标性质" : "指标值")}“{From}”改为“{To}”";
}
