using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing;

/// <summary>
/// 文件的名义：the body a stored document is filed under — its department and, for a unit's own document, the budget
/// unit — as the register names them (issue 20 item 6). A published file prints under this body, not under whatever
/// department the imported source file named: the three units of 司法局 each get their own cover and file name, and a
/// file of 烟台市司法局 filed under 某某市公证处 prints as 某某市公证处's.
/// </summary>
public sealed record PublishingBody(Department Department, BudgetUnit? Unit)
{
    /// <summary>The name on the cover and at the head of the file name: the unit's for a unit's document, else the department's.</summary>
    public string Name => Unit?.Name ?? Department.Name;

    /// <summary>
    /// The document as it is published under this body. A unit's document: the cover names the unit (the document's
    /// <see cref="TargetDocument.Department"/> becomes the unit, as a unit's own document is its 部门预算 part), every
    /// project's 预算单位 line is the unit and its 主管部门 the department. A department's document: the cover names the
    /// department; the projects' own 预算单位 lines are kept, since a department's document gathers its units' projects.
    /// Nothing else changes: every figure and text stays as the document wrote it.
    /// </summary>
    public TargetDocument ApplyTo(TargetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Unit is not { } unit) return document with { Department = Department };
        return document with
        {
            Department = new Department(unit.Code, unit.Name),
            Projects = [.. document.Projects.Select(p => p with { Unit = unit, Supervisor = Department.Name })],
        };
    }
}
