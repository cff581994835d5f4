namespace Jixiao.Core.Review.Analysis;

/// <summary>Whether more of a measure is better (正向指标) or less (反向指标).</summary>
public enum MeasureDirection { Unknown, HigherIsBetter, LowerIsBetter }

/// <summary>
/// What an indicator measures, read from the words of its name and description (101号 正向/反向指标).
/// The lists are deliberately short: a measure is classified only when its words leave no doubt,
/// because a false alarm costs a reviewer's trust.
/// </summary>
public static class MeasureMeaning
{
    /// <summary>Rates where more is better (RULES.md R-VAL-005 and the same family of completion rates).</summary>
    public static readonly string[] HigherIsBetterWords =
    [
        "满意度", "合格率", "覆盖率", "达标率", "完成率", "及时率", "知晓率", "成功率", "结案率", "办结率", "到岗率", "出勤率", "使用率",
        "准确率", "通过率", "送达率", "审结率", "参与率", "采纳率", "报到率", "回执率", "利用率", "上岗率", "验收率",
    ];

    /// <summary>Rates where less is better.</summary>
    public static readonly string[] LowerIsBetterRateWords =
    [
        "错误率", "差错率", "投诉率", "再犯罪率", "重新犯罪率", "脱管率", "漏管率", "事故发生率", "故障率", "发案率", "复吸率", "失误率",
    ];

    /// <summary>Money measures where less is better (a cost is a ceiling).</summary>
    public static readonly string[] CostWords = ["成本", "费用", "单价", "补贴标准"];

    /// <summary>A name speaking of a change or a saving: its direction is not the bare measure's.</summary>
    private static readonly string[] ChangeWords = ["降低", "下降", "减少", "提高", "提升", "增长", "增加", "上升", "降幅", "增幅", "节约", "节省", "挽回", "收入"];

    /// <summary>"率" words that are not shares (frequency, efficiency …) and 率先.</summary>
    private static readonly string[] FalseRateWords = ["频率", "效率", "速率", "功率", "率先", "税率", "汇率"];

    private static readonly string[] OtherRatioWords = ["比例", "占比", "比率", "覆盖面", "百分比", "满意度", "之比"];

    private static readonly string[] CountNameWords = ["数量", "人数", "次数", "件数", "个数", "场次", "人次", "期数", "户数", "份数", "台数", "套数", "册数"];

    private static readonly string[] MoneyMeaningWords = ["成本", "金额", "资金", "经费", "费用", "总额", "预算"];

    /// <summary>The direction of a measure from its (normalized) name; Unknown when in doubt.</summary>
    public static MeasureDirection Direction(string name)
    {
        if (name.Length == 0 || name.Contains('；') || name.Contains(';')) return MeasureDirection.Unknown;
        if (ReviewText.ContainsAny(name, ChangeWords)) return MeasureDirection.Unknown;
        var higher = false;
        var lower = false;
        foreach (var w in LowerIsBetterRateWords)
            if (name.Contains(w, StringComparison.Ordinal)) lower = true;
        foreach (var w in HigherIsBetterWords)
        {
            var at = name.IndexOf(w, StringComparison.Ordinal);
            if (at < 0) continue;
            // 不合格率, 未完成率, 不满意度: a negated share is a lower-is-better measure.
            if (at > 0 && name[at - 1] is '不' or '未' or '非') lower = true;
            else higher = true;
        }
        if (higher == lower) return MeasureDirection.Unknown;
        return higher ? MeasureDirection.HigherIsBetter : MeasureDirection.LowerIsBetter;
    }

    /// <summary>The first higher/lower word found, for messages.</summary>
    public static string? DirectionWord(string name, MeasureDirection direction)
    {
        var words = direction == MeasureDirection.HigherIsBetter ? HigherIsBetterWords : LowerIsBetterRateWords;
        foreach (var w in words)
            if (name.Contains(w, StringComparison.Ordinal)) return w;
        return null;
    }

    /// <summary>A cost word (成本, 费用, 单价, 补贴标准) in the name, or null.</summary>
    public static string? CostWord(string name)
    {
        foreach (var w in CostWords)
            if (name.Contains(w, StringComparison.Ordinal)) return w;
        return null;
    }

    /// <summary>True when the name speaks of a change, saving or income rather than an amount spent.</summary>
    public static bool SpeaksOfChange(string name) => ReviewText.ContainsAny(name, ChangeWords);

    /// <summary>The text names a rate, ratio or share (…率, 比例, 占比, 覆盖面, 满意度), not 频率/效率.</summary>
    public static bool IsRatio(string text)
    {
        if (ReviewText.ContainsAny(text, OtherRatioWords)) return true;
        var at = text.IndexOf('率');
        while (at >= 0)
        {
            var isFalse = false;
            foreach (var f in FalseRateWords)
            {
                var start = f[0] == '率' ? at : at - 1;
                if (start >= 0 && text.AsSpan(start).StartsWith(f, StringComparison.Ordinal)) { isFalse = true; break; }
            }
            if (!isFalse) return true;
            at = text.IndexOf('率', at + 1);
        }
        return false;
    }

    /// <summary>
    /// The text names a count (数量, 人数, 次数, 场次 …) as what it measures: not where the count is only the object of
    /// another measure at the end of the name (“…测算全市失能半失能老年人数质量”: the quality of an estimate), and not a
    /// ratio of two counts (“项目管理人员与项目实施总人数之比”).
    /// </summary>
    public static bool IsCount(string text) =>
        ReviewText.ContainsAny(text, CountNameWords) && !ReviewText.ContainsAny(text, RatioOfCountsWords)
        && !NotACountEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] RatioOfCountsWords = ["之比", "比值", "比重"];

    /// <summary>What a name ending in these measures is not a count, whatever count it names before.</summary>
    private static readonly string[] NotACountEndings = ["质量", "准确性", "典型性", "精度", "水平", "效果"];

    /// <summary>A unit the name states in brackets at its end (“响应及时率(小时)” → 小时), or null.</summary>
    public static string? StatedUnit(string name)
    {
        var t = name.TrimEnd();
        if (t.Length < 3 || t[^1] is not (')' or '）')) return null;
        var open = Math.Max(t.LastIndexOf('('), t.LastIndexOf('（'));
        if (open < 0 || t.Length - open - 2 is < 1 or > 4) return null;
        return t[(open + 1)..^1].Trim();
    }

    /// <summary>% and its words.</summary>
    public static bool IsPercentUnit(string unit) => unit is "%" or "％" or "百分比" or "百分率";

    /// <summary>The text speaks of money (成本, 金额, 资金, 经费, 费用, 总额, 预算) and not of a rate.</summary>
    public static bool SpeaksOfMoney(string text) => ReviewText.ContainsAny(text, MoneyMeaningWords) && !IsRatio(text);

    /// <summary>
    /// A unit that counts things (份, 件, 次, 人, 个, 套, 册, 场 …, with or without a 万/千 magnitude);
    /// 分 (a score), 天, 小时 and lengths are not counts.
    /// </summary>
    public static bool IsCountUnit(string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return false;
        var last = unit[^1];
        return "份件次人个套册场台辆名户家本张所项期批篇条部座处间支块".Contains(last)
            && !unit.Contains('/') && unit.Length <= 4;
    }
}
