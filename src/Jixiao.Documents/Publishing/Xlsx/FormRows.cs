using System.Globalization;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>Label/value rows shared by the project and overall sheets.</summary>
internal static class FormRows
{
    /// <summary>"标签 | 值", written only when the value is present.</summary>
    public static void Field(SheetGrid grid, string label, XlsxCell? value)
    {
        if (value is not null) grid.AddRow(XlsxCell.Label(label), value);
    }

    /// <summary>A numbered list (绩效目标, 保障措施): the label beside the first item, "1. …" "2. …" one per row.</summary>
    public static void Numbered(SheetGrid grid, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        for (var i = 0; i < items.Count; i++)
            grid.AddRow(i == 0 ? XlsxCell.Label(label) : null,
                XlsxCell.Plain(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {items[i]}")));
    }
}
