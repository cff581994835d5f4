namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>The printed labels of a 项目绩效目标表 that this layout recognises in the left-hand cells.</summary>
internal enum WordTableLabel
{
    None,
    /// <summary>项目编码</summary>
    ProjectCode,
    /// <summary>项目名称</summary>
    ProjectName,
    /// <summary>项目类别</summary>
    Category,
    /// <summary>主管部门</summary>
    Supervisor,
    /// <summary>实施单位</summary>
    Implementer,
    /// <summary>预算规模及资金用途: spans the budget row and the 资金用途 row below it.</summary>
    BudgetBlock,
    /// <summary>预算数</summary>
    BudgetTotal,
    /// <summary>其中：财政资金</summary>
    BudgetFiscal,
    /// <summary>其他资金</summary>
    BudgetOther,
    /// <summary>资金用途</summary>
    Purpose,
    /// <summary>资金支出计划（%）: month headers in its row, percentages in the row below.</summary>
    SpendingPlan,
    /// <summary>绩效目标</summary>
    Goals,
    /// <summary>一级指标: opens the indicator table.</summary>
    IndicatorHeader,
}

/// <summary>Recognises labels and the two self-describing cells (budget-unit line, 单位：…).</summary>
internal static class WordTableLabels
{
    public static WordTableLabel Classify(string cellText)
    {
        if (cellText.Length == 0 || cellText.Length > 20) return WordTableLabel.None;
        var t = Normalize(cellText);
        switch (t)
        {
            case "项目编码" or "项目代码" or "项目编号": return WordTableLabel.ProjectCode;
            case "项目名称": return WordTableLabel.ProjectName;
            case "项目类别" or "项目类型": return WordTableLabel.Category;
            case "主管部门": return WordTableLabel.Supervisor;
            case "实施单位": return WordTableLabel.Implementer;
            case "预算数" or "预算金额" or "资金总额" or "年度资金总额": return WordTableLabel.BudgetTotal;
            case "其他资金" or "其中：其他资金": return WordTableLabel.BudgetOther;
            case "资金用途": return WordTableLabel.Purpose;
            case "绩效目标" or "年度目标" or "年度绩效目标" or "项目绩效目标": return WordTableLabel.Goals;
            case "一级指标": return WordTableLabel.IndicatorHeader;
        }
        if (t.StartsWith("预算规模", StringComparison.Ordinal)) return WordTableLabel.BudgetBlock;
        if (t.StartsWith("资金支出计划", StringComparison.Ordinal)) return WordTableLabel.SpendingPlan;
        // "其中：财政    资金", "财政资金", "其中:财政拨款"
        if (t.Length <= 10 && t.Contains("财政", StringComparison.Ordinal)
            && (t.EndsWith("资金", StringComparison.Ordinal) || t.EndsWith("拨款", StringComparison.Ordinal)))
            return WordTableLabel.BudgetFiscal;
        return WordTableLabel.None;
    }

    /// <summary>Whitespace removed, a trailing colon dropped, ASCII colon folded to the full-width one.</summary>
    private static string Normalize(string text)
    {
        var needs = false;
        foreach (var c in text)
            if (char.IsWhiteSpace(c) || c == ':') { needs = true; break; }
        var t = needs ? Jixiao.Documents.Text.TextNormalizer.RemoveWhitespace(text).Replace(':', '：') : text;
        return t.EndsWith('：') ? t[..^1] : t;
    }

    /// <summary>Reads a "单位：万元" / "单位：元" cell; false for any other cell.</summary>
    public static bool TryMoneyUnit(string cellText, out Jixiao.Core.Model.MoneyUnit? unit)
    {
        unit = null;
        var t = cellText.AsSpan().Trim();
        if (!t.StartsWith("单位") || t.Length < 3 || (t[2] != '：' && t[2] != ':')) return false;
        var rest = t[3..].Trim();
        unit = Jixiao.Core.Model.MoneyUnits.FromChinese(rest.ToString())
            ?? (rest.Contains("万元", StringComparison.Ordinal) ? Jixiao.Core.Model.MoneyUnit.TenThousandYuan
                : rest.Contains('元') ? Jixiao.Core.Model.MoneyUnit.Yuan : null);
        return true;
    }

    public static bool IsMoneyUnitCell(string cellText) => TryMoneyUnit(cellText, out _);

    /// <summary>
    /// Splits a budget-unit line such as "315002怀来县司法局" into its code and name; a line without a
    /// leading code gives a null code. Null when nothing is left for the name.
    /// </summary>
    public static Jixiao.Core.Model.BudgetUnit? ParseBudgetUnit(string cellText)
    {
        var t = cellText.AsSpan().Trim();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        var name = t[digits..].Trim();
        if (name.Length == 0) return null;
        return new Jixiao.Core.Model.BudgetUnit(digits > 0 ? t[..digits].ToString() : null, name.ToString());
    }

    /// <summary>
    /// True for a cell that looks like a budget-unit line even without a 单位 cell beside it: a code of at
    /// least three digits directly followed by a name (not by 年/月/日, which would be a date or a basis).
    /// </summary>
    public static bool LooksLikeBudgetUnit(string cellText)
    {
        var t = cellText.AsSpan().Trim();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        if (digits < 3 || digits == t.Length) return false;
        var next = t[digits];
        return next >= '\u4E00' && next <= '\u9FFF' && next is not ('年' or '月' or '日' or '个' or '人' or '件' or '元' or '万');
    }
}
