using System.Text.RegularExpressions;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model.PrintedEvaluation;
using Jixiao.Core.Performance;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// 印出的自评表一行的事实，R-EVA 规则共用：分值、得分读没读准，指标值和实际完成值能否比较、是否达到目标，
/// 以及 Core 的计分器（<see cref="LineScore"/>，与系统内自评同一套公式）按印出的分值算出的得分。
/// “读得准”指：分值、得分整格就是数字；实际完成值只有一个数、没有“约”“以上”之类的限定；两边单位可比。
/// </summary>
internal sealed partial class PrintedLineFacts
{
    private PrintedLineFacts(PrintedEvaluationLine line) => Line = line;

    public PrintedEvaluationLine Line { get; }
    public PrintedNumber? Points { get; private init; }
    public PrintedNumber? Score { get; private init; }
    public TargetValue? Target { get; private init; }
    /// <summary>计分器的结论（方法、未取整的得分、对齐后的指标值与实际值）；没有指标值或实际完成值时为 null。</summary>
    internal Formula? Formula { get; private init; }
    /// <summary>实际完成值只有一个数、没有限定词。</summary>
    public bool ActualExact { get; private init; }
    /// <summary>实际完成值写着不适用（不计分）。</summary>
    public bool NotApplicable { get; private init; }

    /// <summary>得分是满分（按印出的精度）。</summary>
    public bool AtFullPoints => Points is { } p && Score is { } s && s.Value >= p.Value;

    /// <summary>
    /// 数字上没有达到目标（≥ 低于、≤ 高于、＝ 不等），两边对齐后比较；说不准时为 null。
    /// </summary>
    public bool? MissesTarget
    {
        get
        {
            if (Formula is not { Target: { } t, Actual: { } a } || Target?.Op is not { } op) return null;
            if (op.IsFloor()) return op == ComparisonOperator.GreaterThan ? a <= t : a < t;
            if (op.IsCeiling()) return op == ComparisonOperator.LessThan ? a >= t : a > t;
            return a != t;
        }
    }

    public static PrintedLineFacts Of(PrintedEvaluationLine line, int? fiscalYear, EvaluationSettings settings)
    {
        var points = PrintedNumber.Parse(line.Points?.Text);
        var score = PrintedNumber.Parse(line.Score?.Text);
        var actualText = line.Actual?.Text.Trim() ?? "";
        var notApplicable = settings.NotApplicableWords.Contains(actualText, StringComparer.Ordinal);
        var target = line.Target is { IsBlank: false } t ? TargetValue.Parse(t.Text) : null;
        Formula? formula = target is not null && actualText.Length > 0 && !notApplicable && points is { } p
            ? LineScore.Compute(target, actualText, p.Value, fiscalYear, settings)
            : null;
        return new PrintedLineFacts(line)
        {
            Points = points,
            Score = score,
            Target = target,
            Formula = formula,
            ActualExact = actualText.Length > 0 && NumberPattern().Count(actualText) == 1 && !HedgePattern().IsMatch(actualText),
            NotApplicable = notApplicable,
        };
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>说明实际完成值不是确数的字样。</summary>
    [GeneratedRegex("约|左右|以上|以下|超过|不足|不到|近|余|多|大于|小于|[≥≤<>＜＞]")]
    private static partial Regex HedgePattern();
}
