namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>The header row of a 绩效指标 table (一级指标 … 指标性质 / 指标值 / 权重).</summary>
internal static class IndicatorHeader
{
    public static bool Is(SheetRow row) =>
        row.HasLabel("一级指标") && (row.HasLabel("三级指标") || row.HasLabel("二级指标"));

    /// <summary>True when the value's unit has a column of its own (绩效度量单位), as in the 申报表.</summary>
    public static bool HasUnitColumn(SheetRow row)
    {
        foreach (var c in row.Cells)
            if (c.Contains("度量单位", StringComparison.Ordinal) || c.Contains("计量单位", StringComparison.Ordinal)) return true;
        return false;
    }
}
