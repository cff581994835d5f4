using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-005: the same total printed in several tables agrees exactly: 支出总表 合计 = 收支总表 本年支出合计;
/// 收入总表 合计 = 收支总表 收入总计 (either may instead print the 收支总表's 支出总计 / 本年收入合计, the scope some provinces
/// give these tables); 基本支出表 合计 = 一般公共预算财政拨款支出表 基本支出; and, where the
/// 收支总表 shows no income other than 一般公共预算, 一般公共预算财政拨款支出表 合计 = 支出总表 合计.
/// </summary>
public sealed class R_BUD_005_TotalsAcrossTables : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.TotalsAcrossTables, RuleFamily.BudgetTables, Severity.Error,
        "各表之间总数不一致",
        "{0}列示{1}，与{2}{3}不一致",
        RuleSources.Clause(RuleSources.Doc143, "部门预算公开各表之间数据应相互衔接"));

    public RuleDescriptor Descriptor => Rule;

    private static readonly string[] OtherIncome = ["政府性基金", "国有资本经营", "财政专户", "单位资金", "事业收入", "经营收入", "其他收入"];

    public void Review(ReviewContext context)
    {
        var tables = context.BudgetTables;
        var summary = tables.FirstOrDefault(t => t.Kind == BudgetTableKind.Summary);
        var expenditure = tables.FirstOrDefault(t => t.Kind == BudgetTableKind.Expenditure);
        var income = tables.FirstOrDefault(t => t.Kind == BudgetTableKind.Income);
        var general = tables.FirstOrDefault(t => t.Kind == BudgetTableKind.GeneralBudgetExpenditure);
        var basic = tables.FirstOrDefault(t => t.Kind == BudgetTableKind.BasicExpenditure);

        var summarySpend = Labelled(summary, "本年支出合计", "本年支出小计");
        var summaryIncome = Labelled(summary, "收入总计");
        // A province whose 支出总表 / 收入总表 covers the balancing rows too (陕西: 合计 = 支出总计, with 上年结转 as a column) or
        // only this year's income (收入总表 合计 = 本年收入合计): either total the 收支总表 prints is the one the table names.
        var summaryGrandSpend = Labelled(summary, "支出总计");
        var summaryYearIncome = Labelled(summary, "本年收入合计", "本年收入小计");
        var expTotal = TotalCell(expenditure, ColumnRole.Total);
        var incTotal = TotalCell(income, ColumnRole.Total);
        var genTotal = TotalCell(general, ColumnRole.Total);
        var genBasic = TotalCell(general, ColumnRole.Basic);
        var basicTotal = TotalCell(basic, ColumnRole.Total);

        if (expTotal is { } e && summarySpend is { } s && e.Value != summaryGrandSpend)
            TableSums.Same(context, Rule, expenditure!, e.Row, e.Col, $"“{expenditure!.Table.Title}”合计", e.Value, $"“{summary!.Table.Title}”本年支出合计", s,
                "两表的支出合计应一致");
        if (incTotal is { } i && summaryIncome is { } si && i.Value != summaryYearIncome)
            TableSums.Same(context, Rule, income!, i.Row, i.Col, $"“{income!.Table.Title}”合计", i.Value, $"“{summary!.Table.Title}”收入总计", si,
                "两表的收入合计应一致");
        if (basicTotal is { } b && genBasic is { } gb)
            TableSums.Same(context, Rule, basic!, b.Row, b.Col, $"“{basic!.Table.Title}”合计", b.Value, $"“{general!.Table.Title}”基本支出", gb.Value,
                "基本支出表合计应等于一般公共预算财政拨款支出表的基本支出");
        if (genTotal is { } g && expTotal is { } e2 && summary is not null && AllGeneralBudget(summary))
            TableSums.Same(context, Rule, general!, g.Row, g.Col, $"“{general!.Table.Title}”合计", g.Value, $"“{expenditure!.Table.Title}”合计", e2.Value,
                "收入全部为一般公共预算时，两表的支出合计应一致");
    }

    private static decimal? Labelled(BudgetTableView? t, params string[] labels)
    {
        if (t is null) return null;
        var (r, c) = t.FindLabel(labels);
        return r < 0 ? null : t.AmountRightOf(r, c);
    }

    private static (int Row, int Col, decimal Value)? TotalCell(BudgetTableView? t, ColumnRole role)
    {
        if (t is null) return null;
        var row = t.TotalRow();
        var col = t.ColumnOf(role);
        if (row < 0 || col < 0 || t.Amount(row, col) is not { } v) return null;
        return (row, col, v);
    }

    /// <summary>No income line other than 一般公共预算 carries an amount.</summary>
    private static bool AllGeneralBudget(BudgetTableView summary)
    {
        for (var r = 0; r < summary.RowCount; r++)
            for (var c = 0; c < summary.Cells[r].Length; c++)
            {
                var label = BudgetTableView.StripNumbering(summary.Cells[r][c]);
                if (label.Contains("支出", StringComparison.Ordinal) || !ReviewText.ContainsAny(label, OtherIncome)) continue;
                if (summary.AmountRightOf(r, c) is { } v && v != 0) return false;
            }
        return true;
    }
}
