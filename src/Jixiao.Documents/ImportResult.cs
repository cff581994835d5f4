using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Jixiao.Documents.Text;

namespace Jixiao.Documents;

/// <summary>The document a file was read into, the encoding it was decoded with, and the rows no reader could place.</summary>
public sealed record ImportResult(TargetDocument Document, string EncodingName, IReadOnlyList<UnplacedRow> Unplaced)
{
    /// <summary>
    /// The lines the document was read from, with where each sits in the original file (page, and on a PDF its box),
    /// so that review findings can be shown on the page (<see cref="Evidence.EvidenceLocator"/>). Null when the result
    /// was built without its text (e.g. from the exchange JSON).
    /// </summary>
    public SourceText? Source { get; init; }
}
