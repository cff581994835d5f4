namespace Jixiao.Core.Review.Analysis;

/// <summary>Which 部门预算公开 table a table is, recognised from its title (the ministry's names and their variants).</summary>
public enum BudgetTableKind
{
    Other,
    /// <summary>收支总表.</summary>
    Summary,
    /// <summary>财政拨款收支总表.</summary>
    FiscalSummary,
    /// <summary>收入总表.</summary>
    Income,
    /// <summary>支出总表.</summary>
    Expenditure,
    /// <summary>一般公共预算财政拨款支出表.</summary>
    GeneralBudgetExpenditure,
    /// <summary>一般公共预算财政拨款基本支出表.</summary>
    BasicExpenditure,
    /// <summary>政府性基金预算财政拨款支出表.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算财政拨款支出表.</summary>
    StateCapital,
    /// <summary>财政拨款“三公”经费支出表.</summary>
    ThreeCosts,
}

/// <summary>What a column of a budget table holds, recognised from its header words.</summary>
public enum ColumnRole
{
    None, Serial, Code, Name, Total, Subtotal,
    Basic, Project, Operating, Remit, SubsidyToUnits,
    Personnel, Public,
    GeneralBudget, GovernmentFund, StateCapital, FiscalSpecial, UnitFunds, CarryOver,
}

/// <summary>Which year a column is about, in a table printing this year beside last year.</summary>
public enum ColumnPeriod
{
    /// <summary>本年 (or no year named).</summary>
    Current,
    /// <summary>上年 / an earlier year than the budget's.</summary>
    Previous,
    /// <summary>增减 / 变动 / 增长.</summary>
    Change,
}

public static class BudgetTableKinds
{
    /// <summary>
    /// The period of a column from its header: 增减/变动/增长 → change; 上年 or a year before the fiscal year → last year's;
    /// else this year's. 上年结转 is money carried over into this year, not last year's figure.
    /// </summary>
    /// <summary>The latest year (20xx年) the headers name, or null.</summary>
    public static int? LatestYear(IEnumerable<string> headers)
    {
        int? latest = null;
        foreach (var h in headers)
            for (var i = 0; i + 4 < h.Length; i++)
                if (h[i + 4] == '年' && h[i] == '2' && int.TryParse(h.AsSpan(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
                    latest = Math.Max(latest ?? 0, y);
        return latest;
    }

    public static ColumnPeriod PeriodOf(string h, int? fiscalYear)
    {
        if (h.Contains("结转", StringComparison.Ordinal) || h.Contains("结余", StringComparison.Ordinal)) return ColumnPeriod.Current;
        if (h.Contains("增减", StringComparison.Ordinal) || h.Contains("变动", StringComparison.Ordinal) || h.Contains("增长", StringComparison.Ordinal)
            || h.Contains("比上年", StringComparison.Ordinal)) return ColumnPeriod.Change;
        if (h.Contains("上年", StringComparison.Ordinal) || h.Contains("上一年", StringComparison.Ordinal)) return ColumnPeriod.Previous;
        if (fiscalYear is { } fy)
            for (var i = 0; i + 4 < h.Length; i++)
                if (h[i + 4] == '年' && int.TryParse(h.AsSpan(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
                    && y > 1990 && y < fy) return ColumnPeriod.Previous;
        return ColumnPeriod.Current;
    }

    public static BudgetTableKind FromTitle(string normalizedTitle)
    {
        // Provincial spellings of the ministry's names: 收支预算总表 (上海), 收支总体情况表 (山东), 收入预算总表 … read as 收支总表 ….
        var t = normalizedTitle.Replace("预算总表", "总表", StringComparison.Ordinal).Replace("总体情况表", "总表", StringComparison.Ordinal);
        if (t.Contains("三公", StringComparison.Ordinal)) return BudgetTableKind.ThreeCosts;
        if (t.Contains("基本支出", StringComparison.Ordinal)) return BudgetTableKind.BasicExpenditure;
        if (t.Contains("收支总表", StringComparison.Ordinal))
            return t.Contains("财政拨款", StringComparison.Ordinal) ? BudgetTableKind.FiscalSummary : BudgetTableKind.Summary;
        if (t.Contains("收入总表", StringComparison.Ordinal)) return BudgetTableKind.Income;
        if (t.Contains("政府性基金", StringComparison.Ordinal)) return BudgetTableKind.GovernmentFund;
        if (t.Contains("国有资本经营", StringComparison.Ordinal)) return BudgetTableKind.StateCapital;
        if (t.Contains("一般公共预算", StringComparison.Ordinal) && t.Contains("支出", StringComparison.Ordinal)) return BudgetTableKind.GeneralBudgetExpenditure;
        if (t.Contains("支出总表", StringComparison.Ordinal)) return BudgetTableKind.Expenditure;
        return BudgetTableKind.Other;
    }

    /// <summary>One role per header, most specific first (人员经费 before 基本支出 before 一般公共预算).</summary>
    public static ColumnRole RoleOf(string h)
    {
        if (h.Length == 0) return ColumnRole.None;
        if (h.Contains("序号", StringComparison.Ordinal) || h.Contains("栏次", StringComparison.Ordinal)) return ColumnRole.Serial;
        if (h.Contains("编码", StringComparison.Ordinal) || h.Contains("代码", StringComparison.Ordinal)) return ColumnRole.Code;
        if (h.Contains("名称", StringComparison.Ordinal)) return ColumnRole.Name;
        if (h.Contains("人员经费", StringComparison.Ordinal)) return ColumnRole.Personnel;
        if (h.Contains("公用经费", StringComparison.Ordinal)) return ColumnRole.Public;
        if (h.Contains("合计", StringComparison.Ordinal)) return ColumnRole.Total;
        if (h.Contains("小计", StringComparison.Ordinal)) return ColumnRole.Subtotal;
        if (h.Contains("项目支出", StringComparison.Ordinal)) return ColumnRole.Project;
        if (h.Contains("基本支出", StringComparison.Ordinal)) return ColumnRole.Basic;
        if (h.Contains("经营支出", StringComparison.Ordinal)) return ColumnRole.Operating;
        if (h.Contains("上解上级", StringComparison.Ordinal)) return ColumnRole.Remit;
        if (h.Contains("对附属单位补助", StringComparison.Ordinal)) return ColumnRole.SubsidyToUnits;
        if (h.Contains("上年结转", StringComparison.Ordinal)) return ColumnRole.CarryOver;
        if (h.Contains("一般公共预算", StringComparison.Ordinal)) return ColumnRole.GeneralBudget;
        if (h.Contains("政府性基金", StringComparison.Ordinal)) return ColumnRole.GovernmentFund;
        if (h.Contains("国有资本经营", StringComparison.Ordinal)) return ColumnRole.StateCapital;
        if (h.Contains("财政专户", StringComparison.Ordinal)) return ColumnRole.FiscalSpecial;
        if (h.Contains("单位资金", StringComparison.Ordinal)) return ColumnRole.UnitFunds;
        return ColumnRole.None;
    }

    public static bool IsExpenditureKindPart(ColumnRole r) =>
        r is ColumnRole.Basic or ColumnRole.Project or ColumnRole.Operating or ColumnRole.Remit or ColumnRole.SubsidyToUnits;

    public static bool IsFundingPart(ColumnRole r) =>
        r is ColumnRole.GeneralBudget or ColumnRole.GovernmentFund or ColumnRole.StateCapital or ColumnRole.FiscalSpecial or ColumnRole.UnitFunds;
}
