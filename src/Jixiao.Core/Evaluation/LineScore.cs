using System.Text.RegularExpressions;
using Jixiao.Core.Performance;
using Jixiao.Core.Values;

namespace Jixiao.Core.Evaluation;

/// <summary>What the formula says about one line before judgement: the method, the score (unrounded), and the
/// aligned figures when the actual could be compared with the target.</summary>
internal readonly record struct Formula(ScoringMethod Method, decimal? Score, bool NotComparable, decimal? Target, decimal? Actual);

/// <summary>
/// The formulas of RULES.md "Self-evaluation scoring" for one line. A line the formula cannot settle (an `=` missed, a
/// deadline not shown as met, a qualitative target, an actual that cannot be compared) comes back as
/// <see cref="ScoringMethod.Judged"/> with no score: the evaluator's grade and score decide it.
/// </summary>
internal static partial class LineScore
{
    public static Formula Compute(TargetValue? target, string actualText, decimal points, int? fiscalYear, EvaluationSettings settings)
    {
        if (target is null) return new(ScoringMethod.Judged, null, false, null, null);
        if (target.Kind == TargetKind.Deadline)
            return DeadlineMet(target, actualText, fiscalYear, settings)
                ? new(ScoringMethod.Deadline, points, false, null, null)
                : new(ScoringMethod.Judged, null, false, null, null);
        if (!target.IsMeasurable || target.Op is not { } op) return new(ScoringMethod.Judged, null, false, null, null);

        var actual = TargetValue.Parse(actualText);
        if (!ComparableValues.TryAlign(target, actual, out var t, out var a))
            return new(ScoringMethod.Judged, null, true, null, null);
        if (op.IsFloor())
        {
            var share = t <= 0 ? (a >= t ? 1m : 0m) : Math.Min(Math.Max(a, 0m) / t, 1m);
            return new(ScoringMethod.GreaterRatio, share * points, false, t, a);
        }
        if (op.IsCeiling())
            return new(ScoringMethod.LessRatio, Ceiling(t, a, points, settings.CeilingFormula), false, t, a);
        return a == t
            ? new(ScoringMethod.Equal, points, false, t, a)
            : new(ScoringMethod.Judged, null, false, t, a);
    }

    /// <summary>≤ lines: full within the ceiling; past it target / actual × points, or the deviation formula; 0 when the target is 0.</summary>
    internal static decimal Ceiling(decimal target, decimal actual, decimal points, CeilingFormula formula)
    {
        if (actual <= target) return points;
        if (target <= 0) return 0m;
        return formula switch
        {
            CeilingFormula.Deviation => Math.Max(1m - (actual - target) / target, 0m) * points,
            _ => target / actual * points,
        };
    }

    /// <summary>
    /// True when the actual shows the deadline met: no word of delay (未…, 延期, 逾期 …), and either a date not after the
    /// target (a year written on either side is compared; else both are in the fiscal year) or a word of completion.
    /// </summary>
    internal static bool DeadlineMet(TargetValue target, string actualText, int? fiscalYear, EvaluationSettings settings)
    {
        var text = actualText.Trim();
        if (settings.NotDoneWords.Any(w => text.Contains(w, StringComparison.Ordinal))) return false;
        var actual = TargetValue.Parse(text);
        if (actual.Kind == TargetKind.Deadline && actual.Month is { } am && target.Month is { } tm)
        {
            var ty = YearIn(target.Text) ?? fiscalYear ?? 2000;
            var ay = YearIn(text) ?? ty;
            var due = new DateOnly(ty, tm, target.Day is { } td ? Math.Min(td, DateTime.DaysInMonth(ty, tm)) : DateTime.DaysInMonth(ty, tm));
            // An actual 月底 without a day is the month's last day: 12月底 meets 12月底.
            var done = new DateOnly(ay, am, actual.Day is { } ad ? Math.Min(ad, DateTime.DaysInMonth(ay, am)) : DateTime.DaysInMonth(ay, am));
            return done <= due;
        }
        return settings.DoneWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    private static int? YearIn(string? text)
    {
        if (text is null || YearPattern().Match(text) is not { Success: true } m) return null;
        var year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2200 ? year : null;
    }

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearPattern();
}
