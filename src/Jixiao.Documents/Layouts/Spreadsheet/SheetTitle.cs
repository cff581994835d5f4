namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>What a title line opens.</summary>
internal enum SheetTitleKind
{
    None,
    /// <summary>部门（单位）整体支出绩效目标申报表</summary>
    DeclarationForm,
    /// <summary>…项目绩效目标表, one per project</summary>
    ProjectTable,
}

/// <summary>Recognises the title lines that open each form, and reads the year and 项目类别 a project title states.</summary>
internal static class SheetTitle
{
    private const string ProjectTitleEnd = "项目绩效目标表";

    public static SheetTitleKind Classify(SheetRow row)
    {
        var cell = row.SoleCell;
        if (cell is null || cell.Length > 60) return SheetTitleKind.None;
        var key = SheetLabel.Key(cell);
        if (key.EndsWith(ProjectTitleEnd, StringComparison.Ordinal)) return SheetTitleKind.ProjectTable;
        if (key.Contains("整体支出绩效目标", StringComparison.Ordinal) && key.EndsWith("表", StringComparison.Ordinal))
            return SheetTitleKind.DeclarationForm;
        return SheetTitleKind.None;
    }

    /// <summary>"2023年特定目标类项目绩效目标表" → "特定目标类"; null when the title names no 类.</summary>
    public static string? Category(string title)
    {
        var key = SheetLabel.Key(title);
        if (!key.EndsWith(ProjectTitleEnd, StringComparison.Ordinal)) return null;
        var prefix = key[..^ProjectTitleEnd.Length];
        var year = prefix.LastIndexOf('年');
        if (year >= 0) prefix = prefix[(year + 1)..];
        if (prefix.StartsWith('度')) prefix = prefix[1..];
        return prefix.Length > 1 && prefix.EndsWith('类') ? prefix : null;
    }

    /// <summary>"2023年…" → 2023.</summary>
    public static int? Year(string title)
    {
        var key = SheetLabel.Key(title);
        var year = key.IndexOf('年', StringComparison.Ordinal);
        return year == 4 ? DocumentHeading.ReadYear(key[..4]) : null;
    }
}
