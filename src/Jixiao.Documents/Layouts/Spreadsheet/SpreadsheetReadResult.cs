using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>The document read from a spreadsheet export, with the template rows left empty that it understood but did not turn into indicators.</summary>
public sealed record SpreadsheetReadResult(TargetDocument Document, IReadOnlyList<EmptyTemplateRow> EmptyTemplateRows);
