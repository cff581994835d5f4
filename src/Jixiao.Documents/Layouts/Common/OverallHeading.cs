namespace Jixiao.Documents.Layouts.Common;

/// <summary>The parts of a prose 部门整体绩效目标, recognised by meaning.</summary>
internal enum OverallHeadingKind
{
    None,
    /// <summary>总体绩效目标 / 整体绩效目标 / 部门整体绩效目标 (also the heading over the whole part).</summary>
    Goals,
    /// <summary>分项绩效目标 / 分项目标.</summary>
    SubGoals,
    /// <summary>工作保障措施 / 保障措施.</summary>
    Measures,
}

/// <summary>
/// Classifies headings by what they say, not by one province's wording: provinces write 总体绩效目标, 整体绩效目标
/// or 部门整体绩效目标, and 工作保障措施 or 保障措施.
/// </summary>
internal static class OverallHeading
{
    private const int MaxHeadingLength = 24;

    public static OverallHeadingKind Classify(in ProseLine line)
    {
        if (line.IsBlank || line.IsTableRow || line.Content.Contains('。') || line.Content.Contains('，')) return OverallHeadingKind.None;
        var t = Compact(line.Content);
        if (t.Length is 0 or > MaxHeadingLength) return OverallHeadingKind.None;
        // "第一部分 部门整体绩效目标" names the part; the part marker itself is not part of the meaning.
        if (PartMarkerLength(t) is var part and > 0) t = t[part..];
        if (t.EndsWith("保障措施", StringComparison.Ordinal)) return OverallHeadingKind.Measures;
        if (!t.EndsWith("目标", StringComparison.Ordinal) || t.EndsWith("项目目标", StringComparison.Ordinal)) return OverallHeadingKind.None;
        if (t.Contains("分项", StringComparison.Ordinal)) return OverallHeadingKind.SubGoals;
        if (t.Contains("项目", StringComparison.Ordinal)) return OverallHeadingKind.None; // 预算项目绩效目标: the project part
        return t.Contains("总体", StringComparison.Ordinal) || t.Contains("整体", StringComparison.Ordinal)
            ? OverallHeadingKind.Goals
            : OverallHeadingKind.None;
    }

    /// <summary>A part marker (第一部分, 第二部分 …) opens a new part of the document.</summary>
    public static bool IsPartMarker(in ProseLine line) => PartMarkerLength(Compact(line.Content)) > 0;

    /// <summary>
    /// A heading that starts the project part: 预算项目绩效目标, 项目绩效目标 or one project's 绩效目标表.
    /// </summary>
    public static bool StartsProjectPart(in ProseLine line)
    {
        if (line.IsBlank || line.Content.Contains('。')) return false;
        var t = Compact(line.Content);
        return t.EndsWith("绩效目标表", StringComparison.Ordinal)
            || (t.Length <= MaxHeadingLength && t.EndsWith("项目绩效目标", StringComparison.Ordinal));
    }

    /// <summary>Without whitespace and without a closing colon ("总体绩效目标：").</summary>
    private static string Compact(string text)
    {
        var t = text.AsSpan().Trim().TrimEnd("：:");
        foreach (var c in t)
            if (char.IsWhiteSpace(c)) return Jixiao.Documents.Text.TextNormalizer.RemoveWhitespace(t.ToString());
        return t.ToString();
    }

    private static int PartMarkerLength(string t)
    {
        if (t.Length < 4 || t[0] != '第') return 0;
        var at = t.IndexOf("部分", StringComparison.Ordinal);
        return at is > 1 and <= 4 ? at + 2 : 0;
    }
}
