namespace Jixiao.Documents.Sources;

/// <summary>
/// The one registry of file formats, tried in order; plain text comes last and takes whatever is left
/// (its decoder refuses binary content with a Chinese message).
/// </summary>
public static class SourceFormats
{
    public static IReadOnlyList<ISourceFormat> All { get; } =
    [
        // Container formats first (one line each); they recognise their own magic bytes.
        new Office.DocxFormat(),
        new Office.XlsxFormat(),
        new Office.LegacyOfficeFormat(),
        new Office.OtherZipFormat(),     // after every zip-based format: refuses the zips none of them took
        new Html.HtmlFormat(),
        new Pdf.PdfFormat(),
        new PlainTextFormat(),
    ];

    /// <summary>The first format that recognises the bytes (plain text at the latest).</summary>
    public static ISourceFormat Detect(ReadOnlySpan<byte> bytes)
    {
        foreach (var format in All)
            if (format.Recognizes(bytes)) return format;
        return All[^1];
    }
}
