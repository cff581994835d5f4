using Jixiao.Core.Model;
using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>
/// R-CON-001: a total-cost indicator above the project budget after exact unit conversion ("≤70万" on a
/// 200000元 project: 70万元 = 700000元). A total cost is a money ceiling or a bare amount (≤, &lt;, =) under
/// 成本, or named 成本/预算/经费/资金/费用/投资; per-unit amounts (元/人, 万元/年) and averages (人均, 单价,
/// 平均, 每, 标准) are not totals. The budget is 预算数 in the project's unit (the document's when the table states none).
/// </summary>
public sealed class R_CON_001_CostAboveBudget : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.CostAboveBudget, RuleFamily.Consistency, Severity.Error,
        "成本指标超过项目预算",
        "成本指标“{0}”的指标值“{1}”折合{2}，超过项目预算数{3}",
        RuleSources.Clause(RuleSources.Doc101, "成本指标应控制在预算规模以内"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    private static decimal HalfLastDigitInYuan(IndicatorTableFacts t)
    {
        if (t.Project?.Budget.Total is not { } written || t.BudgetInYuan is not { } yuan || written.Value == 0) return 0m;
        // One unit of the last printed digit, in 元: the budget in 元 divided by its printed value scales the unit.
        return Analysis.BudgetTableView.UnitOfLastDigit(written.Value) * (yuan / written.Value) / 2m;
    }

    private static readonly string[] TotalWords = ["成本", "预算", "经费", "资金", "费用", "投资"];
    private static readonly string[] PerUnitWords = ["人均", "单价", "平均", "每", "标准", "单位成本"];

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            if (t.BudgetInYuan is not { } budget || budget <= 0) continue;
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { IsMeasurable: true, Op: { } op } target || op.IsFloor()) continue;
                var costContext = i.IsCost || ReviewText.ContainsAny(i.Name, TotalWords);
                if (!costContext || ReviewText.ContainsAny(i.Name, PerUnitWords) || MeasureMeaning.SpeaksOfChange(i.Name)) continue;
                if (MoneyAmounts.TotalInYuan(target, costContext) is not { } yuan || yuan <= budget) continue;
                // The budget is printed rounded to its last digit (13.20万元 may be 13.2012万元): a ceiling above it by less than
                // half of that digit is not certainly above the budget (≤13.2012万元 on 13.20万元).
                if (yuan - budget <= HalfLastDigitInYuan(t)) continue;
                var budgetText = $"{t.Project!.Budget.Total}{t.MoneyUnit?.ToChinese()}";
                var budgetYuan = MoneyAmounts.FormatYuan(budget);
                context.ReportIndicator(Rule, t, i, "value",
                    Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim(), MoneyAmounts.FormatYuan(yuan),
                        budgetText == budgetYuan ? budgetText : $"{budgetText}（{budgetYuan}）"),
                    expected: "≤" + budgetYuan, actual: MoneyAmounts.FormatYuan(yuan),
                    suggestion: "成本上限不应超过项目预算数；请核对单位（元/万元）或改为“≤预算数”");
            }
        }
    }
}
