namespace Jixiao.Data.Security;

/// <summary>Whose a document is (jurisdiction, department, budget unit or the department itself) and its workflow state.</summary>
public sealed record DocumentScope(int JurisdictionId, int DepartmentId, int? BudgetUnitId, WorkflowState State);
