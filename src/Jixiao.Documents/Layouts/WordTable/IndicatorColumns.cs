using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>Where each field of the 绩效指标 table sits, read from its header row (一级指标 / 二级指标 / …).</summary>
internal sealed class IndicatorColumns
{
    public int Count { get; private init; }
    public int Level1 { get; private init; } = -1;
    public int Level2 { get; private init; } = -1;
    public int Name { get; private init; } = -1;
    public int Description { get; private init; } = -1;
    public int Value { get; private init; } = -1;
    public int Nature { get; private init; } = -1;
    public int Weight { get; private init; } = -1;
    public int Basis { get; private init; } = -1;
    /// <summary>Columns whose header this layout does not know; their cells are reported, never dropped.</summary>
    public IReadOnlyList<int> Unknown { get; private init; } = [];

    public static IndicatorColumns From(WordRow header)
    {
        int l1 = -1, l2 = -1, name = -1, desc = -1, value = -1, nature = -1, weight = -1, basis = -1;
        var unknown = new List<int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var h = TextNormalizer.RemoveWhitespace(header.Cells[i].Text);
            if (h == "一级指标") l1 = i;
            else if (h == "二级指标") l2 = i;
            else if (h == "三级指标" || h == "指标名称") name = i;
            else if (h.Contains("依据", StringComparison.Ordinal)) basis = i;
            else if (h.Contains("描述", StringComparison.Ordinal)) desc = i;
            else if (h.Contains("性质", StringComparison.Ordinal)) nature = i;
            else if (h.Contains("权重", StringComparison.Ordinal)) weight = i;
            else if (h is "指标值" or "目标值" or "绩效指标值" or "年度指标值") value = i;
            else if (h.Length > 0) unknown.Add(i);
        }
        return new IndicatorColumns
        {
            Count = header.Cells.Count, Level1 = l1, Level2 = l2, Name = name, Description = desc,
            Value = value, Nature = nature, Weight = weight, Basis = basis, Unknown = unknown,
        };
    }

    /// <summary>The cell text at <paramref name="column"/>, or null when the table has no such column or it is blank.</summary>
    public static string? Cell(WordRow row, int column) =>
        column >= 0 && column < row.Cells.Count && !row.Cells[column].IsEmpty ? row.Cells[column].Text : null;
}
