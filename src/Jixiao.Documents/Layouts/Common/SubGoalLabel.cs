namespace Jixiao.Documents.Layouts.Common;

/// <summary>Which part of a 分项绩效目标 a labelled paragraph gives.</summary>
internal enum SubGoalField
{
    None,
    /// <summary>绩效目标： / 目标：</summary>
    Target,
    /// <summary>绩效指标： / 指标：</summary>
    Indicator,
}

/// <summary>Recognises the labels a 分项绩效目标 uses: "绩效目标：…", "绩效指标：…" (also with ":" or without 绩效).</summary>
internal static class SubGoalLabel
{
    public static SubGoalField Parse(string text, out string rest)
    {
        rest = text;
        var t = text.AsSpan().TrimStart();
        var field = SubGoalField.None;
        var length = 0;
        if (t.StartsWith("绩效目标", StringComparison.Ordinal)) (field, length) = (SubGoalField.Target, 4);
        else if (t.StartsWith("绩效指标", StringComparison.Ordinal)) (field, length) = (SubGoalField.Indicator, 4);
        else if (t.StartsWith("目标", StringComparison.Ordinal)) (field, length) = (SubGoalField.Target, 2);
        else if (t.StartsWith("指标", StringComparison.Ordinal)) (field, length) = (SubGoalField.Indicator, 2);
        if (field == SubGoalField.None) return field;
        var after = t[length..].TrimStart();
        if (after.IsEmpty || after[0] is not ('：' or ':')) return SubGoalField.None;
        rest = after[1..].Trim().ToString();
        return field;
    }
}
