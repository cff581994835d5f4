namespace Jixiao.Core.Model;

/// <summary>Where a document came from: the file name and the layout the reader recognised.</summary>
public sealed record DocumentSource(string File, string Layout);

/// <summary>
/// A department's 部门预算绩效 document for one fiscal year: the department-wide target, the project
/// target tables and, when published with it, the budget disclosure tables. The unit of exchange
/// (FORMAT.md <c>jixiao.document/1</c>).
/// </summary>
public sealed record TargetDocument
{
    public required DocumentSource Source { get; init; }
    public Department? Department { get; init; }
    /// <summary>预算年度.</summary>
    public int? FiscalYear { get; init; }
    /// <summary>The money unit the document states (万元 or 元).</summary>
    public MoneyUnit? MoneyUnit { get; init; }
    public OverallTarget? Overall { get; init; }
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<BudgetTable> BudgetTables { get; init; } = [];
    /// <summary>The disclosure's text (情况说明 / 预算编制说明 and its stated figures), when the document is a budget disclosure.</summary>
    public Disclosure.DisclosureText? Disclosure { get; init; }
    /// <summary>Filled 项目支出绩效自评表 printed in the file (a 决算 disclosure publishes them), as printed: the R-EVA rules check them.</summary>
    public IReadOnlyList<PrintedEvaluation.PrintedSelfEvaluation> SelfEvaluations { get; init; } = [];
}
