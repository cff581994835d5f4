namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>Splits a 项目负责人及电话 cell ("杨立业 023-76685987") into the person and the telephone number.</summary>
internal static class ContactCell
{
    public static (string? Owner, string? Phone) Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return (null, null);
        var text = cell.Trim();
        // The number is the run of digits, dashes, brackets and spaces at the end.
        var start = text.Length;
        var digits = 0;
        while (start > 0 && IsPhoneChar(text[start - 1]))
        {
            start--;
            if (char.IsAsciiDigit(text[start])) digits++;
        }
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (digits < 5) return (text, null);
        var owner = text[..start].Trim();
        return (owner.Length == 0 ? null : owner, text[start..]);
    }

    private static bool IsPhoneChar(char c) =>
        char.IsAsciiDigit(c) || c is '-' or '－' or '—' or '(' or ')' or '（' or '）' or '+' or ' ' or '\u3000';
}
