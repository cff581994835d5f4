using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Importing;

/// <summary>What the import page shows once a file is read and a unit and year are chosen, before 确认导入.</summary>
/// <param name="NameWarning">The file names another department than the chosen one (to confirm), or null.</param>
/// <param name="Existing">The unit's document for that year, when there is one.</param>
/// <param name="CanReplaceDraft">替换草稿 is possible (the existing document is 草稿 or 被退回).</param>
/// <param name="CanAddVersion">作为新版本 is possible.</param>
/// <param name="Blocked">Why the existing document cannot take an import now (已送审/已审核/已公开), or null.</param>
public sealed record ImportTargetCheck(string? NameWarning, DocumentSummary? Existing, bool CanReplaceDraft, bool CanAddVersion, string? Blocked);

/// <summary>
/// The checks of an import's target (导入检查): the name the file gives against the unit chosen, and the document that
/// unit already has for the year. The store applies the same checks again on 确认导入 (<see cref="JixiaoStore.CommitImportAsync"/>),
/// so the page's answer is advice and the store's is the rule.
/// </summary>
public sealed class ImportTargetService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;

    public async Task<ImportTargetCheck> CheckAsync(Actor? actor, int departmentId, int? budgetUnitId, int fiscalYear, string? fileDepartment, CancellationToken ct = default)
    {
        var (jurisdiction, department, unit) = await TargetAsync(_db, actor, departmentId, budgetUnitId, ct).ConfigureAwait(false);
        var warning = OrganizationNames.Mismatch(fileDepartment, jurisdiction, department.Name, unit?.Name);
        var existing = await ExistingAsync(_db, departmentId, budgetUnitId, fiscalYear, track: false, ct).ConfigureAwait(false);
        if (existing is null) return new ImportTargetCheck(warning, null, false, false, null);
        var summary = new DocumentSummary(existing.Id, existing.Title, existing.FiscalYear, existing.DepartmentId, existing.BudgetUnitId,
            existing.UnitName, existing.State, existing.CurrentVersion, existing.ProjectCount, existing.UpdatedAt);
        return new ImportTargetCheck(warning, summary, ExistingDocumentRules.CanReplaceDraft(existing.State),
            ExistingDocumentRules.CanAddVersion(existing.State), ExistingDocumentRules.Blocked(existing.State, existing.Title));
    }

    /// <summary>The unit's (or the department's own) document for the year; the oldest when a database from before the rule holds several.</summary>
    internal static Task<DocumentEntity?> ExistingAsync(JixiaoDbContext db, int departmentId, int? budgetUnitId, int fiscalYear, bool track, CancellationToken ct)
    {
        var q = track ? db.Documents : db.Documents.AsNoTracking();
        return q.Where(d => d.DepartmentId == departmentId && d.BudgetUnitId == budgetUnitId && d.FiscalYear == fiscalYear)
            .OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The jurisdiction's name, the department and the unit, once the actor is known to be allowed to import there.</summary>
    internal static async Task<(string Jurisdiction, DepartmentEntity Department, BudgetUnitEntity? Unit)> TargetAsync(JixiaoDbContext db, Actor? actor,
        int departmentId, int? budgetUnitId, CancellationToken ct)
    {
        // Access first, names after: the answer repeats only the numbers sent until the actor is known to see them.
        var hidden = budgetUnitId is int asked
            ? $"找不到编号为 {departmentId} 的部门下编号为 {asked} 的预算单位，或您无权查看。"
            : $"找不到编号为 {departmentId} 的部门，或您无权查看。";
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException(hidden);
        var scope = new DocumentScope(department.JurisdictionId, departmentId, budgetUnitId, WorkflowState.Draft);
        if (!AccessPolicy.CanView(actor, scope)) throw new NotFoundException(hidden);
        BudgetUnitEntity? unit = null;
        if (budgetUnitId is int unitId)
            unit = await db.BudgetUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.DepartmentId == departmentId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException($"部门“{department.Name}”下没有编号为 {unitId} 的预算单位。");
        if (actor is null || !AccessPolicy.Can(actor, DocumentAction.Import, scope))
            throw new AccessDeniedException($"您无权为“{unit?.Name ?? department.Name}”导入文档。");
        var jurisdiction = await db.Jurisdictions.AsNoTracking().Where(j => j.Id == department.JurisdictionId).Select(j => j.Name)
            .FirstAsync(ct).ConfigureAwait(false);
        return (jurisdiction, department, unit);
    }
}
