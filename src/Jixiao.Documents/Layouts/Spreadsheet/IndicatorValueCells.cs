using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Reads the cells after the operator: the value, the unit where the table has a 绩效度量单位 column, and
/// the weight (权重) last. The weight is recognised as the last cell when it is a plain number and
/// something comes before it; a lone cell is the value.
/// </summary>
internal static class IndicatorValueCells
{
    /// <returns>False when there are cells left over that have no place.</returns>
    public static bool TryRead(List<string> rest, bool hasUnitColumn, out string? value, out WrittenDecimal? weight)
    {
        value = null;
        weight = null;
        var count = rest.Count;
        if (count >= 2 && WrittenDecimal.TryParse(rest[count - 1]) is { } w)
        {
            weight = w;
            count--;
        }
        if (count > (hasUnitColumn ? 2 : 1)) return false;
        if (count == 0) return true;
        value = rest[0];
        if (count == 2)
        {
            // 4500 + 件 → "4500件"; a value that already has words ("268村居（社区）" with unit 个) stays as written.
            if (WrittenDecimal.TryParse(value) is not null) value += rest[1];
        }
        return true;
    }
}
