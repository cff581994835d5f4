namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// A template row left empty (模板空行): an 一级/二级指标 label printed with no 三级指标 under it, e.g. a bare
/// 质量指标 row. Not an indicator, so not in the model; kept so the review (R-COV-007) can list them, and
/// understood, so never reported as unplaced.
/// </summary>
/// <param name="Project">1-based project position in the document; 0 for the department-wide table (as in findings).</param>
/// <param name="Line">1-based source line.</param>
/// <param name="Level1">一级指标 the row falls under (inherited when not written on it).</param>
/// <param name="Level2">二级指标 written on the row; null for a bare 一级 row.</param>
public sealed record EmptyTemplateRow(int Project, int Line, string? Level1, string? Level2);
