using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-NUM-001: a stated change that does not follow from the stated figures. Last year's figure is the one stated
/// (2023年当年预算执行数为54.60万元) or, failing that, this year's minus or plus the stated change (比上年增加61.71万元). Then:
/// the direction word (增加 / 减少 / 持平) must agree with the sign; the stated change amount must equal the difference; the
/// stated percentage must equal the change over last year's figure. Every figure is printed rounded, so a result is
/// accepted anywhere it could lie given that rounding, plus one unit of the percentage's last printed digit
/// (±0.01 point at two decimals, ±0.1 at one).
/// </summary>
public sealed class R_NUM_001_ChangeMiscomputed : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ChangeMiscomputed, RuleFamily.Disclosure, Severity.Error,
        "增减变化计算有误",
        "增减变化与所列数字不符（{0}）：{1}",
        RuleSources.Clause(RuleSources.Doc143, "部门预算情况说明应说明收支增减变化"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        foreach (var s in disclosure.Statements)
        {
            if (s.Direction == ChangeDirection.None && s.ChangeAmount is null && s.ChangePercent is null) continue;
            var a = s.Amount.Value;
            var ha = StatedFigure.Precision(s.Amount) / 2;
            decimal b, hb;
            if (s.LastYear is { } ly) { b = ly.Value; hb = StatedFigure.Precision(ly) / 2; }
            else if (s.ChangeAmount is { } c && s.Direction is ChangeDirection.Increase or ChangeDirection.Decrease)
            {
                b = s.Direction == ChangeDirection.Increase ? a - c.Value : a + c.Value;
                hb = ha + StatedFigure.Precision(c) / 2;
            }
            else continue;
            var name = s.ItemName ?? s.Subject.ToString();
            if (s.LastYear is { } last && Direction(s, a, b, ha + hb) is { } wrongDirection)
            {
                Report(context, s, $"上年为{last.Text}{s.Unit.ToChinese()}、本年为{s.Amount.Text}{s.Unit.ToChinese()}，应为“{wrongDirection}”，文中写作“{Word(s.Direction)}”",
                    wrongDirection, Word(s.Direction));
                continue;
            }
            if (s.LastYear is not null && s.ChangeAmount is { } change)
            {
                var d = Math.Abs(a - b);
                if (Math.Abs(d - change.Value) > ha + hb + StatedFigure.Precision(change) / 2)
                    Report(context, s, $"本年{s.Amount.Text}与上年{s.LastYear.Value.Text}相差{Plain(d)}{s.Unit.ToChinese()}，文中写作{change.Text}{s.Unit.ToChinese()}",
                        Plain(d) + s.Unit.ToChinese(), change.Text + s.Unit.ToChinese());
            }
            if (s.ChangePercent is { } percent && b > 0 && b - hb > 0)
            {
                var (min, max) = PercentRange(a, ha, b, hb);
                var unit = StatedFigure.Precision(percent);
                if (percent.Value < min - unit || percent.Value > max + unit)
                {
                    var p = Math.Abs(a - b) / b * 100m;
                    var expected = Math.Round(p, StatedFigure.Decimals(percent), MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
                    Report(context, s, $"按{Plain(a)}与上年{Plain(b)}{s.Unit.ToChinese()}计算，变动幅度为{expected}，文中写作{percent.Text}%（按所印精度±{Plain(unit)}个百分点仍不符）",
                        expected, percent.Text + "%");
                }
            }
        }
    }

    /// <summary>The right direction word when the stated one contradicts the figures beyond rounding, else null.</summary>
    private static string? Direction(ExplanationStatement s, decimal a, decimal b, decimal rounding)
    {
        var d = a - b;
        var right = Math.Abs(d) <= rounding ? null : d > 0 ? "增加" : "减少";
        return s.Direction switch
        {
            ChangeDirection.Increase when d < -rounding => "减少",
            ChangeDirection.Decrease when d > rounding => "增加",
            ChangeDirection.Flat when right is not null => right,
            _ => null,
        };
    }

    private static (decimal Min, decimal Max) PercentRange(decimal a, decimal ha, decimal b, decimal hb)
    {
        decimal min = decimal.MaxValue, max = decimal.MinValue;
        foreach (var x in new[] { a - ha, a + ha })
            foreach (var y in new[] { b - hb, b + hb })
            {
                var p = Math.Abs(x - y) / y * 100m;
                min = Math.Min(min, p);
                max = Math.Max(max, p);
            }
        // The difference may cross zero inside the rounding: then the smallest change is none.
        if ((a - ha - (b + hb)) * (a + ha - (b - hb)) <= 0) min = 0;
        return (min, max);
    }

    private static string Word(ChangeDirection d) => d switch
    {
        ChangeDirection.Increase => "增加",
        ChangeDirection.Decrease => "减少",
        ChangeDirection.Flat => "持平",
        _ => "",
    };

    private static string Plain(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    private static void Report(ReviewContext context, ExplanationStatement s, string what, string expected, string actual) =>
        context.Report(Rule, FindingLocationOf.Statement(s), Rule.Format(s.ItemName ?? SubjectName(s), what),
            FindingFingerprint.Content(s.Subject.ToString(), s.ItemName, s.Amount.Text, s.LastYear?.Text, s.ChangeAmount?.Text, s.ChangePercent?.Text, s.Direction.ToString()),
            expected: expected, actual: actual, suggestion: "按本年与上年数重新计算增减额、增减幅度和增减方向");

    private static string SubjectName(ExplanationStatement s) => s.Quote.Length > 30 ? s.Quote[..30] + "…" : s.Quote;
}
