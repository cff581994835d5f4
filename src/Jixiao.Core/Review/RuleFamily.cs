namespace Jixiao.Core.Review;

/// <summary>The sections of RULES.md; each family joins the engine through one <c>UseXxxRules()</c>.</summary>
public enum RuleFamily
{
    /// <summary>绩效目标 (R-GOAL).</summary>
    Goals,
    /// <summary>指标完整性 (R-COV).</summary>
    Coverage,
    /// <summary>指标值 (R-VAL).</summary>
    Values,
    /// <summary>一致性 (R-CON).</summary>
    Consistency,
    /// <summary>部门整体绩效目标 (R-DEP).</summary>
    Department,
    /// <summary>部门预算公开表 (R-BUD).</summary>
    BudgetTables,
    /// <summary>预算公开文档整体：结构、文字与表格、文字规范 (R-DOC, R-NUM, R-TXT).</summary>
    Disclosure,
    /// <summary>印出的项目支出绩效自评表 (R-EVA).</summary>
    SelfEvaluation,
}
