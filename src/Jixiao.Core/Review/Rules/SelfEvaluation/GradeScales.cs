using Jixiao.Core.Evaluation;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// 印出的等级可能用的几套等级（RULES.md：优/良/中/差；上海：优/良/合格/不合格），各自的分数段；
/// 等级的别写（优秀、良好）。按印出的等级认出用的是哪一套，再按那一套核对总分。
/// </summary>
internal static class GradeScales
{
    public static IReadOnlyList<IReadOnlyList<GradeBand>> All { get; } =
    [
        EvaluationSettings.Default.Grades,
        [new("优", 90m), new("良", 80m), new("合格", 60m), new("不合格", 0m)],
    ];

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["优秀"] = "优", ["良好"] = "良", ["中等"] = "中", ["较差"] = "差",
    };

    /// <summary>印出的等级（去掉空白、“级”“等”）及认出它的那一套；认不出时 scale 为 null。</summary>
    public static (string Label, IReadOnlyList<GradeBand>? Scale) Recognize(string printed)
    {
        var label = string.Concat(printed.Where(c => !char.IsWhiteSpace(c))).TrimEnd('级', '等');
        if (Spellings.TryGetValue(label, out var canonical)) label = canonical;
        foreach (var scale in All)
            if (scale.Any(b => b.Label == label)) return (label, scale);
        return (label, null);
    }

    /// <summary>按一套等级，总分该得的等级（自上而下第一个 total ≥ 下限的）。</summary>
    public static GradeBand Of(IReadOnlyList<GradeBand> scale, decimal total) =>
        scale.OrderByDescending(b => b.From).FirstOrDefault(b => total >= b.From) ?? scale.OrderBy(b => b.From).First();
}
