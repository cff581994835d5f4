using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.LabelledTables;

/// <summary>
/// A table cell read as a label: whitespace removed (PDF tables space out short labels, 项    目) and the trailing
/// colon dropped (年度预算资金总额：), so that labels compare equal however the form printed them.
/// </summary>
internal static class CellLabel
{
    public static string Normalize(string cell) => TextNormalizer.RemoveWhitespace(cell).TrimEnd('：', ':');

    public static bool Is(string cell, params ReadOnlySpan<string> labels)
    {
        var n = Normalize(cell);
        foreach (var label in labels)
            if (n == label) return true;
        return false;
    }
}
