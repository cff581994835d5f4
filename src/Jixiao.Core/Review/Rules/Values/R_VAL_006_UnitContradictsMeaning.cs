using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-006: the unit contradicts the meaning. A rate/ratio/share (…率, 比例, 占比, 覆盖面) — by its name
/// or its description — valued in a count or money unit ("计划业务数量与实际开展业务数量比例 ≥10000份");
/// or a count (…数量, 人数, 次数) valued in % while neither name nor description speaks of a ratio.
/// A money value is left alone when the name or description also speaks of money (总成本控制率 described
/// as 工资总成本): the filer meant the amount, and R-VAL-009/R-CON-001 judge it.
/// </summary>
public sealed class R_VAL_006_UnitContradictsMeaning : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.UnitContradictsMeaning, RuleFamily.Values, Severity.Error,
        "指标值单位与指标含义矛盾",
        "指标“{0}”{1}，指标值“{2}”的单位（{3}）与之不符",
        RuleSources.Clause(RuleSources.Doc101, "指标值的计量单位应与指标内涵一致（比率以%表示，数量以计量单位表示）"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { IsMeasurable: true } target) continue;
                var nameRatio = MeasureMeaning.IsRatio(i.Name);
                var descriptionRatio = i.Description.Length > 0 && MeasureMeaning.IsRatio(i.Description);
                var written = i.Indicator.Value?.Trim();
                if (nameRatio || descriptionRatio)
                {
                    var money = target.Kind == TargetKind.Amount;
                    if (!money && !MeasureMeaning.IsCountUnit(target.Unit)) continue;
                    if (money && (MeasureMeaning.SpeaksOfMoney(i.Name) || MeasureMeaning.SpeaksOfMoney(i.Description) || i.IsCost)) continue;
                    var said = nameRatio ? "是比率类指标" : $"的描述“{i.Indicator.Description?.Trim()}”表明是比率";
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), said, written, target.Unit),
                        suggestion: "比率类指标以%表示（如“≥85%”）；如要考核数量，请相应修改指标名称和描述");
                }
                else if (target.Kind == TargetKind.Ratio && MeasureMeaning.IsCount(i.Name))
                {
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), "是数量类指标", written, "%"),
                        suggestion: "数量指标以计量单位表示（如“≥500件”）；如要考核比率，请在名称或描述中写明比率口径");
                }
            }
        }
    }
}
