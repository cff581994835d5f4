using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>The printed labels of a 项目绩效目标表 and the small cell shapes the reader recognises (月底, 20%).</summary>
internal static class TableLabels
{
    public const string ProjectCode = "项目编码";
    public const string ProjectName = "项目名称";
    public const string BudgetTotal = "预算数";
    public const string BudgetSection = "预算规模";
    public const string OtherFunds = "其他资金";
    public const string SpendingPlan = "资金支出计";
    public const string Goals = "绩效目标";
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Level3 = "三级指标";

    /// <summary>其中：财政资金 (also written 财政拨款).</summary>
    public static bool IsFiscalFunds(string cell) => cell.Contains("财政", StringComparison.Ordinal) &&
        (cell.Contains("资金", StringComparison.Ordinal) || cell.Contains("拨款", StringComparison.Ordinal)) && cell.Length <= 12;

    /// <summary>The first row of a project table: its first cell is 项目编码 or 项目名称.</summary>
    public static bool IsProjectStart(TableRow row) =>
        row.FirstFilled >= 0 && (CellText.Is(row[row.FirstFilled], ProjectCode) || CellText.Is(row[row.FirstFilled], ProjectName));

    /// <summary>The 绩效指标 header row (一级指标 二级指标 …), printed again after a page break.</summary>
    public static bool IsIndicatorHeader(TableRow row)
    {
        bool level1 = false, level2 = false;
        foreach (var cell in row.Cells)
        {
            if (CellText.Is(cell, Level1)) level1 = true;
            else if (CellText.Is(cell, Level2)) level2 = true;
        }
        return level1 && level2;
    }

    /// <summary>A month-end label of the spending plan: 3月底, "3 月底", 12月末.</summary>
    public static bool TryMonth(string cell, out int month)
    {
        month = 0;
        var s = cell.AsSpan().Trim();
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is 0 or > 2) return false;
        var rest = s[digits..].TrimStart();
        if (!(rest.SequenceEqual("月底") || rest.SequenceEqual("月末"))) return false;
        month = digits == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
        return month is >= 1 and <= 12;
    }

    /// <summary>A spending-plan share such as "20%" or "20 ％"; the number is kept as written, without the sign.</summary>
    public static bool TryPercent(string cell, out WrittenDecimal value)
    {
        value = default;
        var s = cell.AsSpan().Trim();
        if (s.IsEmpty || s[^1] is not ('%' or '％')) return false;
        var number = WrittenDecimal.TryParse(s[..^1].ToString());
        if (number is null) return false;
        value = number.Value;
        return true;
    }
}
