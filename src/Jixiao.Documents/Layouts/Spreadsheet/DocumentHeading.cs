using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// The one-cell "label：value" lines of a form's heading: 预算年度:2023, 预算（单位）名称：…, 单位：万元
/// (also written as two cells).
/// </summary>
internal sealed class DocumentHeading
{
    public int? FiscalYear { get; private set; }
    public string? DepartmentName { get; private set; }
    public MoneyUnit? MoneyUnit { get; private set; }

    /// <summary>Takes a heading line; false when the row is not one.</summary>
    public bool TryRead(SheetRow row)
    {
        if (!TryPair(row, out var label, out var value)) return false;
        if (label == "单位")
        {
            if (Jixiao.Core.Model.MoneyUnits.FromChinese(value) is not { } unit) return false;
            MoneyUnit ??= unit;
            return true;
        }
        if (label is "预算年度" or "年度")
        {
            if (ReadYear(value) is not { } year) return false;
            FiscalYear ??= year;
            return true;
        }
        if (label.EndsWith("名称", StringComparison.Ordinal) && (label.Contains("预算", StringComparison.Ordinal) || label.Contains("部门", StringComparison.Ordinal) || label.Contains("单位", StringComparison.Ordinal)))
        {
            if (value.Length == 0) return false;
            DepartmentName ??= value;
            return true;
        }
        return false;
    }

    /// <summary>"2023" or "2023年".</summary>
    public static int? ReadYear(string value)
    {
        var v = value.AsSpan().Trim().TrimEnd('度').TrimEnd('年');
        return v.Length == 4 && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
    }

    private static bool TryPair(SheetRow row, out string label, out string value)
    {
        label = value = "";
        var first = row.NextFilled(0);
        if (first < 0) return false;
        var second = row.NextFilled(first + 1);
        if (second < 0) return SheetLabel.TrySplitPair(row.Cells[first], out label, out value);
        if (row.NextFilled(second + 1) >= 0) return false;
        label = SheetLabel.Key(row.Cells[first]);
        value = row.Cells[second];
        return true;
    }
}
