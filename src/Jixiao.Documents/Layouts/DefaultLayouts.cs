namespace Jixiao.Documents.Layouts;

/// <summary>The one place where the built-in layouts are registered.</summary>
public static class DefaultLayouts
{
    public static IReadOnlyList<ILayoutReader> All { get; } =
    [
        // Jixiao's own published .docx: first, because word-table also scores it 1 and the first best score wins.
        new Published.PublishedWordReader(),
        new Published.PublishedWorkbookGridReader(),   // Jixiao's own published .xlsx (the official forms), read from the neutral model
        // PDF project tables read from the neutral grid (issue 21): ahead of the line readers, which remain the fallback
        // where the grid finds no project table (and for text, which has no grid).
        new Grid.TableStructureLayout(),
        new WordTable.WordTableReader(),
        new PdfText.PdfTextLayout(),
        new Spreadsheet.SpreadsheetLayout(),
        new ProjectForm.ProjectFormLayout(),
        new WideProjectTable.WideProjectTableLayout(),
        new Disclosure.DisclosureLayout(),
    ];
}
