using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// One note to put on a PDF: with a box, a red rectangle (Square annotation) over it; without one, a note icon
/// (Text annotation) in the page's top-left corner. <see cref="Text"/> is what the viewer shows when the note is opened.
/// </summary>
public sealed record PdfNote(int Page, PageBox? Box, string Title, string Text);
