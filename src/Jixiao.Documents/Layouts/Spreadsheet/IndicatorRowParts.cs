namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>A label cell of an indicator row: its column (used only to tell the two meanings of 成本指标 apart).</summary>
internal readonly record struct LabelCell(int Column, string Text, LabelKind Kind, IndicatorFamily Family);

/// <summary>
/// An indicator row taken apart by what each cell is, in reading order: labels, then the 三级指标 name,
/// then the 指标性质 operator, then the rest (value, unit where the layout has a column for it, weight).
/// </summary>
internal sealed class IndicatorRowParts
{
    public List<LabelCell> Labels { get; } = [];
    public string? Name { get; private set; }
    public string? Nature { get; private set; }
    public List<string> Rest { get; } = [];

    public bool IsEmpty => Labels.Count == 0 && Name is null && Nature is null && Rest.Count == 0;

    /// <summary>Only labels: a heading row, or a template row left empty.</summary>
    public bool IsLabelsOnly => Labels.Count > 0 && Name is null && Nature is null && Rest.Count == 0;

    public static IndicatorRowParts Split(SheetRow row)
    {
        var parts = new IndicatorRowParts();
        var cells = row.Cells;
        var i = row.NextFilled(0);
        // Labels open the row (none when the merged 一级/二级 cells are blank).
        for (; i >= 0; i = row.NextFilled(i + 1))
        {
            var kind = IndicatorLabels.Classify(cells[i], out var family, out var label);
            if (kind == LabelKind.None) break;
            parts.Labels.Add(new LabelCell(i, label, kind, family));
        }
        if (i >= 0 && !OperatorCell.IsOperator(cells[i]))
        {
            parts.Name = cells[i];
            i = row.NextFilled(i + 1);
        }
        if (i >= 0 && OperatorCell.IsOperator(cells[i]))
        {
            parts.Nature = cells[i];
            i = row.NextFilled(i + 1);
        }
        for (; i >= 0; i = row.NextFilled(i + 1)) parts.Rest.Add(cells[i]);
        return parts;
    }
}
