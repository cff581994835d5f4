using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;
using Jixiao.Data.Entities;
using Jixiao.Data.Importing;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>Reads and reviews a file without storing anything: what the import would bring in.</summary>
    public async Task<ImportPreview> PreviewImportAsync(Actor? actor, string fileName, byte[] bytes, CancellationToken ct = default)
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
        RefuseEmpty(fileName, model);
        var profile = await ReviewProfiles.JurisdictionReviewProfiles.LoadAsync(_db, actor.JurisdictionId, ct).ConfigureAwait(false);
        var findings = Engine.Review(model, profile);
        return new ImportPreview(
            model.Source.Layout,
            result.EncodingName,
            model.Projects.Count,
            model.Projects.Sum(p => p.Indicators.Count),
            model.Department?.Name,
            model.FiscalYear,
            TotalWan(model),
            result.Unplaced.Select(u => $"第{u.Line}行：{u.Text}（{u.Reason}）").ToArray(),
            findings.Select(FindingRows.ToPreview).ToArray());
    }

    /// <summary>
    /// Stores a file as a new document in 草稿, version 1, with its project and indicator rows, its review findings and
    /// an audit line, all in one transaction. The import checks (docs/daily-use.md) come first: a file with nothing in
    /// it is refused; a file that names another department needs <see cref="ImportChoice.NameConfirmed"/>; where the
    /// unit already has a document for the year, the file replaces its draft or becomes its next version as
    /// <see cref="ImportChoice.Mode"/> says, and is never stored as a second document.
    /// </summary>
    public async Task<DocumentSummary> CommitImportAsync(Actor? actor, string fileName, byte[] bytes, int departmentId, int? budgetUnitId, int fiscalYear,
        ImportChoice? choice = null, CancellationToken ct = default)
    {
        choice ??= ImportChoice.Default;
        fileName = InputText.Clean(fileName) ?? "";
        var (jurisdiction, department, unit) = await ImportTargetService.TargetAsync(_db, actor, departmentId, budgetUnitId, ct).ConfigureAwait(false);
        if (fiscalYear is < 2000 or > 2100) throw new ImportRejectedException($"预算年度 {fiscalYear} 不合理：请选择 2000—2100 之间的年度。");

        using var place = _guard.Imports.Enter(actor!);
        var result = ReadFile(fileName, bytes);
        var model = result.Document;
        _guard.Documents.Check(model, result.Document.Source.File);
        RefuseEmpty(fileName, model);
        if (model.FiscalYear is int printed && printed != fiscalYear)
            throw new ImportRejectedException($"文件“{fileName}”写明的预算年度是 {printed} 年，与所选的 {fiscalYear} 年不一致：请选择正确的年度或核对文件。");
        if (!choice.NameConfirmed && OrganizationNames.Mismatch(model.Department?.Name, jurisdiction, department.Name, unit?.Name) is { } mismatch)
            throw new ImportConfirmationRequiredException(mismatch);

        var unitName = unit?.Name ?? department.Name;
        var existing = await ImportTargetService.ExistingAsync(_db, departmentId, budgetUnitId, fiscalYear, track: true, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            if (choice.Mode == ImportMode.New)
                throw new DocumentExistsException(ExistingDocumentRules.SecondDocument(unitName, fiscalYear, existing.Title, existing.Id,
                    existing.State, existing.CurrentVersion), existing.Id);
            return await ExistingDocumentImport.ApplyAsync(this, actor!, existing, model, choice.Mode, $"导入文件“{fileName}”", ct).ConfigureAwait(false);
        }
        return await StoreNewDocumentAsync(actor!, model, department, unit, fiscalYear, $"导入文件“{fileName}”", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A file in which the readers found no project, no budget table and no department-wide target holds nothing to
    /// store: refused with the reason, where the preview used to say “所有内容均已读入” and let it be committed.
    /// </summary>
    private static void RefuseEmpty(string fileName, TargetDocument model)
    {
        var overall = model.Overall is { } o && (o.Indicators.Count > 0 || o.Goals.Count > 0 || o.SubGoals.Count > 0);
        if (model.Projects.Count == 0 && model.BudgetTables.Count == 0 && !overall)
            throw new ImportRejectedException($"文件“{(fileName.Length > 0 ? fileName : "上传文件")}”中没有读出任何项目绩效目标表、部门整体绩效目标或预算公开表，" +
                "不能导入：请核对是否选错了文件（例如只有封面或目录），或文件中的表格是否为图片。");
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
