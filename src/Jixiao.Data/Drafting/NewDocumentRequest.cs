namespace Jixiao.Data.Drafting;

/// <summary>How a new document starts.</summary>
public enum NewDocumentStart
{
    /// <summary>空白：no projects yet.</summary>
    Empty,
    /// <summary>从上年结转：a copy of last year's approved or published document of the same unit.</summary>
    FromLastYear,
}

/// <summary>A new document for a budget unit (or, with no unit, the department itself) and a fiscal year.</summary>
public sealed record NewDocumentRequest(int DepartmentId, int? BudgetUnitId, int FiscalYear, NewDocumentStart Start);
