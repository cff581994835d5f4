namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Where each field of the 绩效指标 table sits, read from its header row (一级指标 二级指标 三级指标 绩效指标描述
/// 指标值 指标值确定依据, and 指标性质 / 权重 where a layout prints them). Columns the header leaves unnamed
/// (an empty cell between 绩效指标描述 and 指标值) hold nothing.
/// <para>
/// The 一级指标 column is the table's first column: a header printed with leading empty cells (shifted one
/// column right of its data rows) is anchored on 一级指标, so the data rows are read from their own first column.
/// </para>
/// </summary>
internal sealed record IndicatorColumns(int Level1, int Level2, int Name, int Description, int Value, int Basis, int Nature, int Weight)
{
    public static IndicatorColumns FromHeader(TableRow header)
    {
        int level1 = -1, level2 = -1, name = -1, description = -1, value = -1, basis = -1, nature = -1, weight = -1;
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var cell = header.Cells[i];
            if (cell.Length == 0) continue;
            if (CellText.Is(cell, TableLabels.Level1)) level1 = i;
            else if (CellText.Is(cell, TableLabels.Level2)) level2 = i;
            else if (CellText.Is(cell, TableLabels.Level3)) name = i;
            else if (cell.Contains("描述", StringComparison.Ordinal)) description = i;
            else if (cell.Contains("依据", StringComparison.Ordinal)) basis = i;
            else if (cell.Contains("性质", StringComparison.Ordinal)) nature = i;
            else if (cell.Contains("权重", StringComparison.Ordinal)) weight = i;
            else if (cell.Contains("指标值", StringComparison.Ordinal)) value = i;
        }
        var shift = Math.Max(level1, 0);
        return new IndicatorColumns(
            Shift(level1, shift), Shift(level2, shift), Shift(name, shift), Shift(description, shift),
            Shift(value, shift), Shift(basis, shift), Shift(nature, shift), Shift(weight, shift));
    }

    /// <summary>True when <paramref name="column"/> holds one of the fields.</summary>
    public bool Holds(int column) =>
        column == Level1 || column == Level2 || column == Name || column == Description ||
        column == Value || column == Basis || column == Nature || column == Weight;

    private static int Shift(int column, int shift) => column < 0 ? -1 : column - shift;
}
