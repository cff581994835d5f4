using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-007: a figure the explanation text states (收入 / 支出 totals, 财政拨款, 一般公共预算, 上年结转, 基本支出, 项目支出,
/// 人员经费, 公用经费, the “三公” items, 机关运行经费) equals the table that prints it (<see cref="TableFigures"/>), after
/// converting 元/万元, at the precision the text prints (<see cref="StatedFigure"/>). Figures the tables do not print
/// are not judged; 科目 items are R-NUM-002.
/// </summary>
public sealed class R_BUD_007_ExplanationFiguresVsTables : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ExplanationFiguresVsTables, RuleFamily.BudgetTables, Severity.Error,
        "说明文字中的数字与公开表不一致",
        "说明文字称{0}为{1}，而“{2}”中{3}为{4}",
        RuleSources.Clause(RuleSources.Doc143, "部门预算情况说明中的数据应与公开表一致"));

    public RuleDescriptor Descriptor => Rule;

    private static readonly Dictionary<StatementSubject, string> Names = new()
    {
        [StatementSubject.IncomeTotal] = "收入预算", [StatementSubject.ExpenditureTotal] = "支出预算", [StatementSubject.BudgetTotal] = "收支预算",
        [StatementSubject.CarryOver] = "上年结转", [StatementSubject.FiscalAppropriation] = "财政拨款", [StatementSubject.GeneralBudget] = "一般公共预算",
        [StatementSubject.Basic] = "基本支出", [StatementSubject.Project] = "项目支出", [StatementSubject.Personnel] = "人员经费",
        [StatementSubject.Public] = "公用经费", [StatementSubject.ThreeCosts] = "“三公”经费", [StatementSubject.Abroad] = "因公出国（境）费",
        [StatementSubject.Car] = "公务用车购置及运行费", [StatementSubject.CarPurchase] = "公务用车购置费", [StatementSubject.CarOperation] = "公务用车运行费",
        [StatementSubject.Reception] = "公务接待费", [StatementSubject.OfficeRunningCosts] = "机关运行经费",
    };

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure || context.BudgetTables.Count == 0) return;
        // The same subject stated with different figures (人员经费 of each 下属单位, one project's 上年结转): the text speaks of
        // several owners or years, and which figure is the department's is not certain.
        var figuresOf = disclosure.Statements.GroupBy(s => (s.Subject, s.Scope))
            .ToDictionary(g => g.Key, g => g.Select(s => MoneyUnits.Convert(s.Amount.Value, s.Unit, MoneyUnit.Yuan)).Distinct().Count());
        foreach (var s in disclosure.Statements)
        {
            if (!Names.TryGetValue(s.Subject, out var name)) continue;
            if (TableFigures.For(s, context.BudgetTables)?.Checked() is not { } figure) continue;
            if (StatedFigure.Agrees(s.Amount, s.Unit, figure.Value, figure.Unit)) continue;
            if (TableFigures.Alternatives(s, context.BudgetTables).Any(a => StatedFigure.Agrees(s.Amount, s.Unit, a.Value, a.Unit))) continue;
            var stated = s.Amount.Text + s.Unit.ToChinese();
            var expected = StatedFigure.Format(figure.Value, figure.Unit, s.Unit, StatedFigure.Decimals(s.Amount));
            var printed = RoundingTolerance.Format(figure.Value) + figure.Unit.ToChinese();
            // One unit of the table's last printed digit (74868.34 against a 合计 of 74868.33 summed from rounded lines) may be
            // the table's own rounding remainder.
            var rounding = Math.Abs(MoneyUnits.Convert(s.Amount.Value, s.Unit, figure.Unit) - figure.Value) <= TableUnitStep(figure)
                ? $"相差仅为表中末位一个单位（{RoundingTolerance.Format(TableUnitStep(figure))}{figure.Unit.ToChinese()}），可能是表中各行四舍五入的尾差" : null;
            var doubt = figure.Doubt ?? rounding ?? (figuresOf[(s.Subject, s.Scope)] > 1 ? $"说明文字对{name}列出了不同的数字，可能分属下属单位、项目或年度，无法确定哪一个是部门的数" : null);
            var message = Rule.Format(name, stated, figure.Table.Table.Title, figure.What, printed);
            context.Report(Rule, FindingLocationOf.Statement(s), doubt is null ? message : $"{message}（未能确定：{doubt}，请人工核对）",
                FindingFingerprint.Content(s.Subject.ToString(), s.Amount.Text, figure.Table.Table.Title, figure.What, printed),
                doubt is null ? null : Severity.Warning,
                expected: expected, actual: stated, suggestion: "核对说明文字与公开表，改正其中错误的一处");
        }
    }

    /// <summary>One unit of the last decimal the table prints for the figure (0.01 at two decimals, 1 for whole 元).</summary>
    private static decimal TableUnitStep(TableFigure figure)
    {
        var text = figure.Table.Cell(figure.Row, figure.Column);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 1m : (decimal)Math.Pow(10, -(text.Length - dot - 1));
    }
}
