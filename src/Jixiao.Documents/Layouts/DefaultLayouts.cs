namespace Jixiao.Documents.Layouts;

/// <summary>The one place where the built-in layouts are registered.</summary>
public static class DefaultLayouts
{
    public static IReadOnlyList<ILayoutReader> All { get; } =
    [
        new WordTable.WordTableReader(),
        new PdfText.PdfTextLayout(),
        new Spreadsheet.SpreadsheetLayout(),
    ];
}
