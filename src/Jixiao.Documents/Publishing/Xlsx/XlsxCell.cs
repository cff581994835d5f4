using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// One cell to write: its text exactly as the document wrote it, whether Excel should see it as a number,
/// and its style. Amounts and percentages become number cells only when the written text is a plain decimal
/// ("13.72", "-5", "100"), so Excel can sum them while the stored value string stays the printed one;
/// anything else ("1,234.50", "≥90%", "007") stays text so nothing is reinterpreted.
/// </summary>
internal readonly record struct XlsxCell(string Text, bool IsNumber, XlsxStyle Style)
{
    public static XlsxCell Label(string text) => new(text, false, XlsxStyle.Bold);

    public static XlsxCell Plain(string text) => new(text, false, XlsxStyle.Normal);

    /// <summary>Text or null when empty, so blank cells are simply left out.</summary>
    public static XlsxCell? Optional(string? text) => string.IsNullOrEmpty(text) ? null : Plain(text);

    /// <summary>A 金额/百分比/权重 cell: a number cell when the text is a plain decimal, else text.</summary>
    public static XlsxCell? Figure(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return new(text, PlainDecimal.IsMatch(text), XlsxStyle.Normal);
    }

    public static XlsxCell? Figure(WrittenDecimal? value) => Figure(value?.Text);
}

/// <summary>The cell formats of <see cref="XlsxStyles"/>; the value is the index in cellXfs.</summary>
internal enum XlsxStyle : uint
{
    Normal = 0,
    Bold = 1,
    /// <summary>Long text wrapped within its column.</summary>
    Wrapped = 2,
}
