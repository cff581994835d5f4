using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;

namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// A figure found in a budget table for a stated figure: where it is, what it is called, its value and unit, and, when
/// the reading is not certain (a blank cell taken as 0, a column not marked as this year's), what is doubtful (Chinese).
/// </summary>
public sealed record TableFigure(BudgetTableView Table, int Row, int Column, string What, decimal Value)
{
    public MoneyUnit Unit => Table.Unit ?? MoneyUnit.TenThousandYuan;

    /// <summary>Null when the cell was read as printed in this year's column; else what the rule is unsure of.</summary>
    public string? Doubt { get; init; }

    /// <summary>The figure with the doubts its cell gives: blank, or not in a column of this year.</summary>
    public TableFigure Checked()
    {
        if (Doubt is not null) return this;
        if (Table.Amount(Row, Column) is null) return this with { Doubt = "表中该格为空白或未能读出数字（按0计）" };
        if (Table.PeriodAt(Column) != ColumnPeriod.Current) return this with { Doubt = $"表中未读出本年栏，该数取自“{Table.ColumnName(Column)}”栏" };
        // A 决算 table printing 预算数 beside 决算数: which of the two the sentence states is not certain from the words read.
        if (Table.Headers.Any(h => h.Contains("决算", StringComparison.Ordinal)) && Table.Headers.Any(h => h.Contains("预算数", StringComparison.Ordinal)))
            return this with { Doubt = $"表中同时列有预算数和决算数，该数取自“{Table.ColumnName(Column)}”栏，未能确定说明所指的是哪一栏" };
        // The same as rows (三公 决算表: a 预算数 row above a 决算数 row).
        if (Table.FindLabel("预算数").Row >= 0 && Table.FindLabel("决算数").Row >= 0)
            return this with { Doubt = "表中分行列有预算数和决算数，未能确定说明所指的是哪一行" };
        return this;
    }
}

/// <summary>
/// Where the tables print the figure a sentence of the explanation states, by meaning: 收入总计 / 支出总计 / 上年结转 and
/// the income lines of the 收支总表 by their labels; 基本支出 / 项目支出 in the 支出总表's 合计 row; 人员经费 / 公用经费 in the
/// 基本支出表; the “三公” items and 机关运行经费 in the “三公” table, whether it prints them as rows or as columns (this
/// year's columns of a multi-year table). Null when the tables do not print it: nothing is compared then.
/// </summary>
public static class TableFigures
{
    public static TableFigure? For(ExplanationStatement s, IReadOnlyList<BudgetTableView> tables)
    {
        BudgetTableView? Of(BudgetTableKind kind) => tables.FirstOrDefault(t => t.Kind == kind);
        var summary = Of(BudgetTableKind.Summary);
        var fiscal = Of(BudgetTableKind.FiscalSummary);
        return s.Subject switch
        {
            StatementSubject.IncomeTotal or StatementSubject.BudgetTotal => Labelled(summary, l => l == "收入总计", "收入总计"),
            StatementSubject.ExpenditureTotal => Labelled(summary, l => l == "支出总计", "支出总计"),
            StatementSubject.CarryOver => Labelled(summary, l => l.StartsWith("上年结转", StringComparison.Ordinal), "上年结转"),
            StatementSubject.FiscalAppropriation when s.Flow == StatementFlow.Income =>
                Labelled(summary, l => l.Contains("财政拨款", StringComparison.Ordinal) && !l.Contains("支出", StringComparison.Ordinal), "财政拨款收入")
                ?? Labelled(fiscal, l => l == "本年收入合计", "本年收入合计"),
            StatementSubject.FiscalAppropriation when s.Flow == StatementFlow.Expenditure =>
                Labelled(fiscal, l => l == "本年支出合计", "本年支出合计") ?? Labelled(fiscal, l => l == "支出总计", "支出总计"),
            StatementSubject.GeneralBudget when s.Flow == StatementFlow.Income =>
                Labelled(summary, l => l.Contains("一般公共预算", StringComparison.Ordinal) && !l.Contains("支出", StringComparison.Ordinal), "一般公共预算收入"),
            StatementSubject.GeneralBudget when s.Flow == StatementFlow.Expenditure =>
                Total(Of(BudgetTableKind.GeneralBudgetExpenditure), ColumnRole.Total, "合计"),
            // 基本支出 / 项目支出 of all funds are the 支出总表's; of 一般公共预算 the 一般公共预算支出表's; of 财政拨款 or a fund
            // no table here prints them alone, so nothing is compared.
            StatementSubject.Basic or StatementSubject.Project => s.Scope switch
            {
                FundScope.Unstated => Total(Of(BudgetTableKind.Expenditure), s.Subject == StatementSubject.Basic ? ColumnRole.Basic : ColumnRole.Project, s.Subject == StatementSubject.Basic ? "基本支出" : "项目支出"),
                FundScope.GeneralBudget => Total(Of(BudgetTableKind.GeneralBudgetExpenditure), s.Subject == StatementSubject.Basic ? ColumnRole.Basic : ColumnRole.Project, s.Subject == StatementSubject.Basic ? "基本支出" : "项目支出"),
                _ => null,
            },
            StatementSubject.Personnel when s.Scope is FundScope.Unstated or FundScope.GeneralBudget => Total(Of(BudgetTableKind.BasicExpenditure), ColumnRole.Personnel, "人员经费"),
            StatementSubject.Public when s.Scope is FundScope.Unstated or FundScope.GeneralBudget => Total(Of(BudgetTableKind.BasicExpenditure), ColumnRole.Public, "公用经费"),
            StatementSubject.ThreeCosts or StatementSubject.Abroad or StatementSubject.Car or StatementSubject.CarPurchase
                or StatementSubject.CarOperation or StatementSubject.Reception or StatementSubject.OfficeRunningCosts =>
                ThreeCostsFigure(Of(BudgetTableKind.ThreeCosts), s.Subject),
            _ => null,
        };
    }

    /// <summary>
    /// Other figures the tables print under the name the sentence uses: 财政拨款收入 is the 收支总表's 财政拨款 line (this year's)
    /// and also the 财政拨款收支总表's 收入总计 (with its 上年结转: “当年财政拨款收入X万元，其中：一般公共预算拨款收入…、上年结转…”).
    /// A sentence that agrees with any of them names that one.
    /// </summary>
    public static IEnumerable<TableFigure> Alternatives(ExplanationStatement s, IReadOnlyList<BudgetTableView> tables)
    {
        if (s.Subject != StatementSubject.FiscalAppropriation || s.Flow != StatementFlow.Income) yield break;
        var fiscal = tables.FirstOrDefault(t => t.Kind == BudgetTableKind.FiscalSummary);
        if (Labelled(fiscal, l => l == "收入总计", "收入总计") is { } grand) yield return grand;
        if (Labelled(fiscal, l => l == "本年收入合计", "本年收入合计") is { } year) yield return year;
    }

    /// <summary>The amount right of a label (收支总表 prints label, amount, label, amount); a blank amount beside a printed label is 0.</summary>
    public static TableFigure? Labelled(BudgetTableView? t, Func<string, bool> label, string what)
    {
        if (t is null) return null;
        var (r, c) = t.FindLabel(label);
        if (r < 0) return null;
        for (var k = c + 1; k < t.Cells[r].Length; k++)
        {
            var cell = t.Cells[r][k];
            if (cell.Length == 0) continue;
            return t.Amount(r, k) is { } v ? new TableFigure(t, r, k, what, v) : new TableFigure(t, r, c, what, 0m);
        }
        return new TableFigure(t, r, c, what, 0m);
    }

    /// <summary>The 合计 row's cell in this year's column with the role.</summary>
    public static TableFigure? Total(BudgetTableView? t, ColumnRole role, string what)
    {
        if (t is null) return null;
        var row = t.TotalRow();
        var col = t.ColumnOf(role);
        if (row < 0 || col < 0) return null;
        return new TableFigure(t, row, col, what, t.AmountOrZero(row, col));
    }

    private static readonly (StatementSubject Subject, string What, Func<string, bool> Matches)[] ThreeCostsItems =
    [
        (StatementSubject.Abroad, "因公出国（境）费", l => l.Contains("因公出国", StringComparison.Ordinal) && !IsShareLabel(l) && !l.StartsWith("其他", StringComparison.Ordinal)),
        (StatementSubject.Car, "公务用车购置及运行（维护）费", l => l.Contains("公务用车购置及运", StringComparison.Ordinal) || l.Contains("公务用车购置和运", StringComparison.Ordinal)),
        (StatementSubject.CarPurchase, "公务用车购置费", l => l.Contains("购置", StringComparison.Ordinal) && !l.Contains("及", StringComparison.Ordinal) && !l.Contains("和", StringComparison.Ordinal)),
        (StatementSubject.CarOperation, "公务用车运行（维护）费", l => (l.Contains("运行", StringComparison.Ordinal) || l.Contains("运维", StringComparison.Ordinal)) && !l.Contains("购置", StringComparison.Ordinal) && !l.Contains("机关运行", StringComparison.Ordinal)),
        (StatementSubject.Reception, "公务接待费", l => l.Contains("公务接待", StringComparison.Ordinal)),
        (StatementSubject.OfficeRunningCosts, "机关运行经费", l => l.Contains("机关运行经费", StringComparison.Ordinal)),
    ];

    /// <summary>A “三公” figure: by row label (合计 column), else by this year's column header (first row with amounts).</summary>
    public static TableFigure? ThreeCostsFigure(BudgetTableView? t, StatementSubject subject)
    {
        if (t is null) return null;
        if (subject == StatementSubject.ThreeCosts)
        {
            // A table that also prints 会议费、培训费 or 行政经费 has a 合计 that is not the “三公” total: the “三公” row or
            // subtotal column is, and without one nothing is compared.
            if (HoldsMoreThanThreeCosts(t))
            {
                var (r3, _) = t.FindLabel(l => l.Contains("三公", StringComparison.Ordinal) && !l.StartsWith("其中", StringComparison.Ordinal));
                var c3 = t.ColumnOf(ColumnRole.Total);
                if (r3 >= 0 && c3 >= 0 && t.Amount(r3, c3) is { } v3) return new TableFigure(t, r3, c3, "“三公”经费", v3);
                return ByColumn(t, FirstHeader(t, h => h.Contains("三公", StringComparison.Ordinal) && !h.Contains("公务用车", StringComparison.Ordinal) && (LastPart(h) is "小计" or "合计")), "“三公”经费小计");
            }
            var totalRow = t.TotalRow();
            var totalCol = t.ColumnOf(ColumnRole.Total);
            if (totalRow >= 0 && totalCol >= 0 && t.Amount(totalRow, totalCol) is { } tv) return new TableFigure(t, totalRow, totalCol, "“三公”经费合计", tv);
            return ByColumn(t, FirstHeader(t, h => BudgetTableKinds.RoleOf(h) == ColumnRole.Total || h.Contains("总额", StringComparison.Ordinal)), "“三公”经费合计");
        }
        var item = ThreeCostsItems.FirstOrDefault(i => i.Subject == subject);
        if (item.What is null) return null;
        var (r, _) = t.FindLabel(item.Matches);
        var amountCol = t.ColumnOf(ColumnRole.Total);
        if (r >= 0 && amountCol >= 0) return new TableFigure(t, r, amountCol, item.What, t.AmountOrZero(r, amountCol));
        // Column headers are flattened "upper-lower" (公务用车购置及运行费-购置费): the lowest part names the column,
        // and 小计 under 公务用车… is the car total.
        var col = subject == StatementSubject.Car
            ? FirstHeader(t, h => LastPart(h) == "小计" && h.Contains("公务用车", StringComparison.Ordinal) || !h.Contains('-', StringComparison.Ordinal) && item.Matches(h))
            : FirstHeader(t, h => item.Matches(LastPart(h)) && !(LastPart(h) == "小计"));
        return ByColumn(t, col, item.What);
    }

    private static readonly string[] OtherThanThreeCosts = ["会议费", "培训费", "行政经费"];

    /// <summary>
    /// A row that is a share of the row above (其中：因公出国（境）费…), not one of the listed items: 其中 followed by a
    /// numbered item (其中：（一）因公出国（境）支出) opens the list of the items themselves.
    /// </summary>
    public static bool IsShareLabel(string label) =>
        label.StartsWith("其中", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(label, @"^其中[：:]?\s*[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]");

    /// <summary>A “三公” table that also prints 会议费、培训费 or 行政经费: its 合计 is not the “三公” total.</summary>
    public static bool HoldsMoreThanThreeCosts(BudgetTableView t) =>
        OtherThanThreeCosts.Any(w => t.Title.Contains(w, StringComparison.Ordinal) || t.Headers.Any(h => h.Contains(w, StringComparison.Ordinal))
            || t.FindLabel(l => l.Contains(w, StringComparison.Ordinal)).Row >= 0);

    private static string LastPart(string header)
    {
        var dash = header.LastIndexOf('-');
        return dash < 0 ? header : header[(dash + 1)..];
    }

    private static int FirstHeader(BudgetTableView t, Func<string, bool> matches)
    {
        for (var c = 0; c < t.Headers.Count; c++)
            if (t.PeriodAt(c) == ColumnPeriod.Current && matches(t.Headers[c])) return c;
        return -1;
    }

    private static TableFigure? ByColumn(BudgetTableView t, int col, string what)
    {
        if (col < 0) return null;
        for (var r = 0; r < t.RowCount; r++)
        {
            if (t.IsColumnNumberRow(r)) continue;
            if (RowHasAmounts(t, r)) return new TableFigure(t, r, col, what, t.AmountOrZero(r, col));
        }
        return null;
    }

    private static bool RowHasAmounts(BudgetTableView t, int r)
    {
        for (var c = 0; c < t.Cells[r].Length; c++)
            if (t.Amount(r, c) is not null && !(c < t.Roles.Length && t.Roles[c] == ColumnRole.Serial)) return true;
        return false;
    }
}
