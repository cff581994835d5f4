namespace Jixiao.Data.Entities;

/// <summary>
/// A project of the current version of a document, the queryable part: code, name, unit, budget as written and
/// in 万元, spending plan, open finding counts (kept per project so the overview reads no findings).
/// </summary>
public sealed class ProjectEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    /// <summary>1-based position in the document (the review's “第N个项目”).</summary>
    public int Position { get; set; }
    /// <summary>The project's stable key (<see cref="Core.Model.Project.Key"/>), equal to the one in the snapshot.</summary>
    public string Key { get; set; } = "";
    public string? Code { get; set; }
    public required string Name { get; set; }
    public string? UnitCode { get; set; }
    public required string UnitName { get; set; }
    /// <summary>预算数 exactly as printed, e.g. "13.72".</summary>
    public string? BudgetAsWritten { get; set; }
    /// <summary>万元 or 元.</summary>
    public string MoneyUnit { get; set; } = "万元";
    /// <summary>预算数 in 万元, converted exactly.</summary>
    public decimal? BudgetWan { get; set; }
    /// <summary>资金支出计划 as "3=15;6=25;10=75;12=100" (month = cumulative percent as written).</summary>
    public string? SpendingPlan { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    /// <summary>
    /// This project alone as a one-project jixiao.document/1, kept equal to its part of the current version's snapshot,
    /// so that a project page of a large document does not read the whole snapshot.
    /// </summary>
    public string? SnapshotJson { get; set; }
    /// <summary>Incremented on every save of the project's header; guards concurrent edits as an indicator's does.</summary>
    public long RowVersion { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}

/// <summary>An indicator of a project in the current version; <see cref="RowVersion"/> guards concurrent edits.</summary>
public sealed class IndicatorEntity
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    /// <summary>1-based position in the project.</summary>
    public int Position { get; set; }
    /// <summary>The indicator's stable key (<see cref="Core.Model.Indicator.Key"/>), equal to the one in the snapshot.</summary>
    public string Key { get; set; } = "";
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Nature { get; set; }
    public string? Value { get; set; }
    /// <summary>The unit of the parsed 指标值 (%, 套, 万元 …), derived from the value.</summary>
    public string? Unit { get; set; }
    public string? Weight { get; set; }
    public string? Basis { get; set; }
    public long RowVersion { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
