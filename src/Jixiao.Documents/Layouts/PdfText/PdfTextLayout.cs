using Jixiao.Documents.Layouts.Disclosure;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// The "pdf-text" layout: 部门预算绩效 documents published as PDF and converted to text, one table row per line
/// with tab-separated cells, Markdown headings, &lt;b&gt; tags, repeated page headers and cells broken across lines
/// (seeds 002 and 004). See docs/layouts/pdf-text.md for the rules it reads them by.
/// </summary>
public sealed class PdfTextLayout : ILayoutReader
{
    public const string LayoutName = "pdf-text";

    public string Name => LayoutName;

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PdfTextDetector.Score(text);
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var header = DocumentHeader.Read(text.Lines);
        return new TargetDocument
        {
            // The 预算公开 part (explanation text, parts present), null when the document has none.
            Disclosure = DisclosureReader.Read(text, header.FiscalYear),
            Source = new DocumentSource(text.FileName, Name),
            Department = header.Department,
            FiscalYear = header.FiscalYear,
            MoneyUnit = header.MoneyUnit,
            Projects = ProjectTableScanner.Read(text.Lines, header.MoneyUnit, context),
            Overall = OverallProseReader.Read(text.Lines, context),
            BudgetTables = BudgetTableReader.Read(text.Lines, context),
        };
    }
}
