using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;

namespace Jixiao.Documents;

/// <summary>The document a file was read into, the encoding it was decoded with, and the rows no reader could place.</summary>
public sealed record ImportResult(TargetDocument Document, string EncodingName, IReadOnlyList<UnplacedRow> Unplaced);
