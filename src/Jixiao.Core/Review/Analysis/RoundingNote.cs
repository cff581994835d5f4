namespace Jixiao.Core.Review.Analysis;

/// <summary>The info message stating a rounding remainder (尾差) instead of calling it an error.</summary>
public static class RoundingNote
{
    public static string Message(string what, string printed, string expression, string sum, string diff, int lines, string unit) =>
        $"{what}列示{printed}{unit}，{expression}合计{sum}{unit}，相差{diff}{unit}，在四舍五入允许范围内（每项±0.01，{lines}项共±{RoundingTolerance.Format(RoundingTolerance.For(lines))}），属尾差，不作为错误";
}
