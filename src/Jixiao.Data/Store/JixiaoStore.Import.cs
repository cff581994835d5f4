using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>Reads and reviews a file without storing anything: what the import would bring in.</summary>
    public Task<ImportPreview> PreviewImportAsync(Actor? actor, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：未登录用户不能导入文档。");
        if (actor.Role is not (Role.UnitFiler or Role.DepartmentReviewer))
            throw new AccessDeniedException($"{actor.Role.ToChinese()}不填报文档，不能导入：请由单位填报人或部门审核人导入。");
        ct.ThrowIfCancellationRequested();
        fileName = InputText.Clean(fileName) ?? "";
        using var place = _guard.Imports.Enter(actor);
        var result = ReadFile(fileName, bytes);
        var model = result.Document;
        _guard.Documents.Check(model, result.Document.Source.File);
        var findings = Engine.Review(model);
        return Task.FromResult(new ImportPreview(
            model.Source.Layout,
            result.EncodingName,
            model.Projects.Count,
            model.Projects.Sum(p => p.Indicators.Count),
            model.Department?.Name,
            model.FiscalYear,
            TotalWan(model),
            result.Unplaced.Select(u => $"第{u.Line}行：{u.Text}（{u.Reason}）").ToArray(),
            findings.Select(FindingRows.ToPreview).ToArray()));
    }

    /// <summary>
    /// Stores a file as a new document in 草稿, version 1, with its project and indicator rows, its review findings and
    /// an audit line, all in one transaction.
    /// </summary>
    public async Task<DocumentSummary> CommitImportAsync(Actor? actor, string fileName, byte[] bytes, int departmentId, int? budgetUnitId, int fiscalYear, CancellationToken ct = default)
    {
        fileName = InputText.Clean(fileName) ?? "";
        // Access first, names after: until the actor is known to see the department and the unit asked for, the
        // answer repeats only the numbers sent, so it cannot reveal another jurisdiction's departments or units.
        var hidden = budgetUnitId is int asked
            ? $"找不到编号为 {departmentId} 的部门下编号为 {asked} 的预算单位，或您无权查看。"
            : $"找不到编号为 {departmentId} 的部门，或您无权查看。";
        var department = await _db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId, ct).ConfigureAwait(false);
        if (department is null) throw new NotFoundException(hidden);
        var scope = new DocumentScope(department.JurisdictionId, departmentId, budgetUnitId, WorkflowState.Draft);
        if (!AccessPolicy.CanView(actor, scope)) throw new NotFoundException(hidden);
        BudgetUnitEntity? unit = null;
        if (budgetUnitId is int unitId)
            unit = await _db.BudgetUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.DepartmentId == departmentId, ct).ConfigureAwait(false)
                ?? throw new NotFoundException($"部门“{department.Name}”下没有编号为 {unitId} 的预算单位。");
        var unitName = unit?.Name ?? department.Name;
        if (actor is null || !AccessPolicy.Can(actor, DocumentAction.Import, scope))
            throw new AccessDeniedException($"您无权为“{unitName}”导入文档。");
        if (fiscalYear is < 2000 or > 2100) throw new ImportRejectedException($"预算年度 {fiscalYear} 不合理：请选择 2000—2100 之间的年度。");

        using var place = _guard.Imports.Enter(actor);
        var result = ReadFile(fileName, bytes);
        var model = result.Document;
        _guard.Documents.Check(model, result.Document.Source.File);
        if (model.FiscalYear is int printed && printed != fiscalYear)
            throw new ImportRejectedException($"文件“{fileName}”写明的预算年度是 {printed} 年，与所选的 {fiscalYear} 年不一致：请选择正确的年度或核对文件。");

        var summary = await StoreNewDocumentAsync(actor, model, department, unit, fiscalYear, $"导入文件“{fileName}”", ct).ConfigureAwait(false);
        return summary;
    }

    /// <summary>
    /// Stores a Core document as a new 草稿 (used by import, by a new document and by the demo data);
    /// <paramref name="action"/> names it in the audit log.
    /// </summary>
    internal async Task<DocumentSummary> StoreNewDocumentAsync(Actor actor, TargetDocument model, DepartmentEntity department,
        BudgetUnitEntity? unit, int fiscalYear, string how, CancellationToken ct, string action = "导入")
    {
        // A document enters the system here, so this is where its projects and indicators get their keys (the readers
        // give none: a file read on its own has no identity yet, and `jixiao import --json` stays deterministic).
        model = DocumentKeys.AssignMissing(model, Keys);
        var now = Now;
        var unitName = unit?.Name ?? department.Name;
        var document = new DocumentEntity
        {
            JurisdictionId = department.JurisdictionId,
            DepartmentId = department.Id,
            BudgetUnitId = unit?.Id,
            FiscalYear = fiscalYear,
            Title = $"{unitName}{fiscalYear}年度预算绩效目标",
            UnitName = unitName,
            State = WorkflowState.Draft,
            CurrentVersion = 1,
            ProjectCount = model.Projects.Count,
            UpdatedAt = now,
        };
        _db.Documents.Add(document);
        _db.DocumentVersions.Add(new DocumentVersionEntity
        {
            Document = document,
            Number = 1,
            StateWhenFrozen = WorkflowState.Draft,
            CreatedBy = actor.UserName,
            CreatedAt = now,
            SnapshotJson = DocumentJsonWriter.ToJson(model),
        });
        var rows = ProjectRows.Build(model, document, unitName);
        var projects = rows.Select(r => r.Project).ToList();
        var indicators = rows.SelectMany(r => r.Indicators).ToList();
        _db.Projects.AddRange(projects);
        _db.Indicators.AddRange(indicators);
        await EnsureFiscalYearAsync(department.JurisdictionId, fiscalYear, ct).ConfigureAwait(false);
        await ReplaceFindingsAsync(document, model, projects, indicators, ct).ConfigureAwait(false);
        Audit(document, actor, action, unitName, null, null, $"{how}：{model.Projects.Count} 个项目，{indicators.Count} 项指标");
        ColumnLimits.Check(_db.ChangeTracker);
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToSummary(document);
    }

    private async Task EnsureFiscalYearAsync(int jurisdictionId, int year, CancellationToken ct)
    {
        if (_db.FiscalYears.Local.Any(y => y.JurisdictionId == jurisdictionId && y.Year == year)) return;
        if (!await _db.FiscalYears.AnyAsync(y => y.JurisdictionId == jurisdictionId && y.Year == year, ct).ConfigureAwait(false))
            _db.FiscalYears.Add(new FiscalYearEntity { JurisdictionId = jurisdictionId, Year = year });
    }

    /// <summary>合计 of the projects' 预算数 in 万元 (exact); null when no project states a budget.</summary>
    private static decimal? TotalWan(TargetDocument model)
    {
        decimal? total = null;
        foreach (var p in model.Projects)
            if (p.Budget.Total is { } t)
                total = (total ?? 0m) + MoneyUnits.Convert(t.Value, p.MoneyUnit ?? model.MoneyUnit ?? MoneyUnit.TenThousandYuan, MoneyUnit.TenThousandYuan);
        return total;
    }
}
