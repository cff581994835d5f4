namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>Finds the field a label cell names; false when the cell is not a label.</summary>
internal delegate bool FieldLookup<TField>(string cell, out TField field);

/// <summary>
/// Reads a form row of "label, value, label, value …" cells. Whatever blank cells lie between them, a
/// label's value is the next non-empty cell unless that cell is itself a label (then the label has none).
/// </summary>
internal static class LabelledCells
{
    /// <returns>False when the row holds no label. <paramref name="stray"/> is set when a non-label cell follows no label.</returns>
    public static bool Read<TField>(SheetRow row, FieldLookup<TField> lookup, Action<TField, string?> assign, out bool stray)
    {
        stray = false;
        var any = false;
        var cells = row.Cells;
        var i = row.NextFilled(0);
        while (i >= 0)
        {
            if (!lookup(cells[i], out var field))
            {
                stray = true;
                i = row.NextFilled(i + 1);
                continue;
            }
            any = true;
            var j = row.NextFilled(i + 1);
            if (j >= 0 && !lookup(cells[j], out _))
            {
                assign(field, cells[j]);
                i = row.NextFilled(j + 1);
            }
            else
            {
                assign(field, null);
                i = j;
            }
        }
        return any;
    }
}
