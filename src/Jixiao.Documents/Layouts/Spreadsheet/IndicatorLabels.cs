namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Recognises 一级/二级指标 labels by their words, wherever the row puts them, and knows which first level a
/// second-level label belongs to (DOMAIN.md): 数量/质量/时效 → 产出; 经济/社会/生态环境成本 → 成本;
/// 经济/社会/生态效益 and 可持续影响 → 效益 (效果); 服务对象满意度 → 满意度.
/// </summary>
internal static class IndicatorLabels
{
    private static readonly Dictionary<string, (LabelKind Kind, IndicatorFamily Family)> Known = new(StringComparer.Ordinal)
    {
        ["产出指标"] = (LabelKind.Level1, IndicatorFamily.Output),
        ["效益指标"] = (LabelKind.Level1, IndicatorFamily.Benefit),
        ["效果指标"] = (LabelKind.Level1, IndicatorFamily.Benefit),
        ["满意度指标"] = (LabelKind.Level1, IndicatorFamily.Satisfaction),
        ["成本指标"] = (LabelKind.Level1OrLevel2, IndicatorFamily.Cost),
        ["数量指标"] = (LabelKind.Level2, IndicatorFamily.Output),
        ["质量指标"] = (LabelKind.Level2, IndicatorFamily.Output),
        ["时效指标"] = (LabelKind.Level2, IndicatorFamily.Output),
        ["经济成本指标"] = (LabelKind.Level2, IndicatorFamily.Cost),
        ["社会成本指标"] = (LabelKind.Level2, IndicatorFamily.Cost),
        ["生态环境成本指标"] = (LabelKind.Level2, IndicatorFamily.Cost),
        ["经济效益指标"] = (LabelKind.Level2, IndicatorFamily.Benefit),
        ["社会效益指标"] = (LabelKind.Level2, IndicatorFamily.Benefit),
        ["生态效益指标"] = (LabelKind.Level2, IndicatorFamily.Benefit),
        ["可持续影响指标"] = (LabelKind.Level2, IndicatorFamily.Benefit),
        ["服务对象满意度指标"] = (LabelKind.Level2, IndicatorFamily.Satisfaction),
    };

    /// <summary>Classifies a cell; <paramref name="label"/> is the label without inner whitespace.</summary>
    public static LabelKind Classify(string cell, out IndicatorFamily family, out string label)
    {
        label = cell;
        family = IndicatorFamily.None;
        // Every label ends in 指标; the check keeps names, operators and values out of the slower paths.
        if (cell.Length < 4 || cell[^1] != '标' || cell[^2] != '指') return LabelKind.None;
        if (Known.TryGetValue(cell, out var known) || Known.TryGetValue(label = WithoutWhitespace(cell), out known))
        {
            family = known.Family;
            return known.Kind;
        }
        // Other second levels named after their group (社会公众满意度指标, 生态环境效益指标 …).
        if (label.Length > 5 && label.EndsWith("满意度指标", StringComparison.Ordinal)) family = IndicatorFamily.Satisfaction;
        else if (label.Length > 4 && label.EndsWith("效益指标", StringComparison.Ordinal)) family = IndicatorFamily.Benefit;
        else if (label.Length > 4 && label.EndsWith("成本指标", StringComparison.Ordinal)) family = IndicatorFamily.Cost;
        return family == IndicatorFamily.None ? LabelKind.None : LabelKind.Level2;
    }

    /// <summary>The group of a first-level label as written (效果指标 is 效益).</summary>
    public static IndicatorFamily FamilyOf(string? level1) =>
        level1 is not null && Known.TryGetValue(level1, out var k) ? k.Family : IndicatorFamily.None;

    /// <summary>The first-level label a group is written as when the document does not write one.</summary>
    public static string Level1Name(IndicatorFamily family) => family switch
    {
        IndicatorFamily.Output => "产出指标",
        IndicatorFamily.Cost => "成本指标",
        IndicatorFamily.Benefit => "效益指标",
        IndicatorFamily.Satisfaction => "满意度指标",
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static string WithoutWhitespace(string s)
    {
        var i = 0;
        while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
        return i == s.Length ? s : Jixiao.Documents.Text.TextNormalizer.RemoveWhitespace(s);
    }
}
