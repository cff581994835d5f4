namespace Jixiao.Core.Model;

/// <summary>A budget department (部门), e.g. "324 承德市司法局". Code is null when the document prints none.</summary>
public sealed record Department(string? Code, string Name);

/// <summary>A budget unit (预算单位) of a department, from the line above a target table, e.g. "315002怀来县司法局".</summary>
public sealed record BudgetUnit(string? Code, string Name);
