namespace Jixiao.Data.Entities;

/// <summary>A jurisdiction (行政区划, a finance bureau's area), e.g. 某某市.</summary>
public sealed class JurisdictionEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }

    /// <summary>
    /// 职责分离：送审某一版的人不得审核通过这一版（默认开启）。Off only where a jurisdiction has a single reviewer
    /// and accepts that one person both submits and approves.
    /// </summary>
    public bool SeparateSubmitAndApprove { get; set; } = true;
}

/// <summary>A budget department (部门) of a jurisdiction; Kind says what it does (司法 / 教育 / 卫生健康 …).</summary>
public sealed class DepartmentEntity
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
}

/// <summary>A budget unit (预算单位) of a department, e.g. 公证处.</summary>
public sealed class BudgetUnitEntity
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

/// <summary>A budget year (预算年度) open in a jurisdiction.</summary>
public sealed class FiscalYearEntity
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public int Year { get; set; }

    /// <summary>
    /// 报送截止日期 of this year's target documents: a document still 草稿 or 被退回 after this day is overdue (逾期)
    /// in the jurisdiction overview. Null = no deadline set, nothing is overdue.
    /// </summary>
    public DateOnly? SubmissionDeadline { get; set; }
}
