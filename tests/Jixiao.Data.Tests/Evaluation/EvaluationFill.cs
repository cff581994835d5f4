using Jixiao.Core.Values;
using Jixiao.Data.Evaluation;

namespace Jixiao.Data.Tests.Evaluation;

/// <summary>Inputs that meet every target of a pre-filled self-evaluation: what a unit that did as planned enters.</summary>
internal static class EvaluationFill
{
    public const string Reason = "按计划完成，偏差已说明，明年继续改进";

    /// <summary>Every line met exactly (a measurable line at its target, a deadline done on time, a judged line 达成 at full points), budget spent in full.</summary>
    public static EvaluationInputs AllMet(EvaluationDetail detail) => new(
        detail.Execution.InitialBudget, detail.Execution.YearBudget, detail.Execution.YearBudget, "年度总体目标已全部完成",
        detail.Lines.Select(Met).ToArray());

    public static EvaluationLineInput Met(EvaluationLineView line)
    {
        var target = line.Target is null ? null : TargetValue.Parse(line.Target);
        if (target is { IsMeasurable: true, Number: not null })
            return new EvaluationLineInput(line.Key!, target.Number + target.Unit);
        if (target is { Kind: TargetKind.Deadline })
            return new EvaluationLineInput(line.Key!, "已按时完成");
        return new EvaluationLineInput(line.Key!, "已完成", "达成", line.Points!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), Reason);
    }

    /// <summary>The index of a line scored by the ≥ formula with a target above 0 (so half of it scores below full).</summary>
    public static int FloorLine(EvaluationDetail detail)
    {
        for (var i = 0; i < detail.Lines.Count; i++)
        {
            var t = detail.Lines[i].Target is { } text ? TargetValue.Parse(text) : null;
            if (t is { IsMeasurable: true, NumericValue: > 0 } && t.Op is { } op && op.IsFloor())
                return i;
        }
        throw new InvalidOperationException("没有 ≥ 类指标。");
    }

    public static EvaluationInputs With(EvaluationInputs inputs, int index, Func<EvaluationLineInput, EvaluationLineInput> change)
    {
        var lines = inputs.Lines.ToArray();
        lines[index] = change(lines[index]);
        return inputs with { Lines = lines };
    }
}
