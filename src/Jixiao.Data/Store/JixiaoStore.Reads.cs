using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>The public sees jurisdictions with something published; a signed-in user their own.</summary>
    public async Task<Paged<JurisdictionSummary>> ListJurisdictionsAsync(Actor? actor, PageRequest? page = null, CancellationToken ct = default)
    {
        var q = _db.Jurisdictions.AsNoTracking();
        if (actor is null)
        {
            var published = VisibleDocuments(null).Select(d => d.JurisdictionId);
            q = q.Where(j => published.Contains(j.Id));
        }
        else q = q.Where(j => j.Id == actor.JurisdictionId);
        return await q.OrderBy(j => j.Code).Select(j => new JurisdictionSummary(j.Id, j.Name, j.Code)).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The departments the actor may see documents of (all of the jurisdiction for the finance bureau and the
    /// administrator, the own one for a department, the own unit's department for a filer, those with published
    /// documents for the public), with their units and fiscal years; one page of them, by department code.
    /// </summary>
    public async Task<Paged<DepartmentSummary>> ListDepartmentsAsync(Actor? actor, int jurisdictionId, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        if (actor is not null && actor.JurisdictionId != jurisdictionId) return new Paged<DepartmentSummary>([], 0, paging.Page, paging.PageSize);
        var departments = _db.Departments.AsNoTracking().Where(d => d.JurisdictionId == jurisdictionId);
        var visible = VisibleDocuments(actor).Where(d => d.JurisdictionId == jurisdictionId);
        if (actor is null) departments = departments.Where(d => visible.Select(v => v.DepartmentId).Contains(d.Id));
        else if (actor.Role is Role.UnitFiler or Role.DepartmentReviewer)
            departments = departments.Where(d => d.Id == actor.DepartmentId);
        var list = await departments.OrderBy(d => d.Code).ThenBy(d => d.Id).ToPagedAsync(paging, ct).ConfigureAwait(false);
        var ids = list.Select(d => d.Id).ToArray();
        var units = await _db.BudgetUnits.AsNoTracking().Where(u => ids.Contains(u.DepartmentId)).OrderBy(u => u.Code).ToListAsync(ct).ConfigureAwait(false);
        var years = await visible.Where(d => ids.Contains(d.DepartmentId)).Select(d => new { d.DepartmentId, d.FiscalYear }).Distinct().ToListAsync(ct).ConfigureAwait(false);
        // Signed-in users also see the jurisdiction's open years, so that a first document can be imported into one.
        var open = actor is null ? [] : await _db.FiscalYears.AsNoTracking().Where(y => y.JurisdictionId == jurisdictionId).Select(y => y.Year).ToListAsync(ct).ConfigureAwait(false);
        return list.Map(d => new DepartmentSummary(d.Id, d.Name, d.Code, d.Kind,
                units.Where(u => u.DepartmentId == d.Id && (actor?.Role != Role.UnitFiler || u.Id == actor.BudgetUnitId))
                    .Select(u => new BudgetUnitSummary(u.Id, u.Name, u.Code)).ToArray(),
                years.Where(y => y.DepartmentId == d.Id).Select(y => y.FiscalYear).Concat(open).Distinct().OrderByDescending(y => y).ToArray()));
    }

    /// <summary>
    /// A department's year: its visible documents and every project line with open finding counts, read from the
    /// project rows only (no snapshots, no findings). The projects are one page (<paramref name="projectsPage"/>, the
    /// first 100 by default); 合计 and the finding counts are over all of them.
    /// </summary>
    public Task<YearOverview> GetOverviewAsync(Actor? actor, int departmentId, int fiscalYear, PageRequest? projectsPage = null, CancellationToken ct = default) =>
        OnOneConnectionAsync(() => ReadOverviewAsync(actor, departmentId, fiscalYear, (projectsPage ?? PageRequest.First).Checked(), ct), ct);

    private async Task<YearOverview> ReadOverviewAsync(Actor? actor, int departmentId, int fiscalYear, PageRequest projectsPage, CancellationToken ct)
    {
        var department = await DepartmentById.For(_db)(_db, departmentId, ct).ConfigureAwait(false);
        var docs = department is null ? [] : await VisibleDocuments(actor)
            .Where(d => d.DepartmentId == departmentId && d.FiscalYear == fiscalYear)
            .OrderBy(d => d.BudgetUnitId.HasValue).ThenBy(d => d.UnitName).ThenBy(d => d.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        var inScope = department is not null && actor is not null && actor.JurisdictionId == department.JurisdictionId
            && (actor.Role is Role.FinanceReviewer or Role.Administrator || actor.DepartmentId == departmentId);
        if (department is null || (docs.Count == 0 && !inScope))
            throw new NotFoundException($"找不到编号为 {departmentId} 的部门 {fiscalYear} 年度的文档，或您无权查看。");

        var ids = docs.Select(d => d.Id).ToArray();
        // No documents, no projects: skip the query rather than ask for rows of an empty id list.
        var projects = ids.Length == 0 ? [] : await _db.Projects.AsNoTracking().Where(p => ids.Contains(p.DocumentId))
            .OrderBy(p => p.DocumentId).ThenBy(p => p.Position).Select(ProjectLine).ToListAsync(ct).ConfigureAwait(false);
        var units = await ToListAsync(UnitsOfDepartment.For(_db)(_db, departmentId), ct).ConfigureAwait(false);
        var summary = new DepartmentSummary(department.Id, department.Name, department.Code, department.Kind, units, [fiscalYear]);
        // All project lines are read for 合计 (bounded: the year's documents × the projects-per-document limit); one page is sent.
        return new YearOverview(summary, fiscalYear, docs.Select(ToSummary).ToArray(), Paged<ProjectSummary>.Of(projects.Select(ToSummary).ToArray(), projectsPage),
            projects.Sum(p => p.BudgetWan ?? 0m), docs.Sum(d => d.Errors), docs.Sum(d => d.Warnings), docs.Sum(d => d.Infos));
    }

    /// <summary>
    /// A version of a document (the current one by default) with its whole model, and one page of its project lines
    /// (<paramref name="projectsPage"/>, the first 100 by default) with 合计 over all of them.
    /// </summary>
    public async Task<DocumentDetail> GetDocumentAsync(Actor? actor, int documentId, int? version = null, PageRequest? projectsPage = null, CancellationToken ct = default)
    {
        var paging = (projectsPage ?? PageRequest.First).Checked();
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var v = await VersionAsync(d, version, ct).ConfigureAwait(false);
        var model = DocumentJsonReader.Read(v.SnapshotJson);
        IReadOnlyList<ProjectSummary> projects;
        if (v.Number == d.CurrentVersion)
        {
            projects = (await _db.Projects.AsNoTracking().Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).Select(ProjectLine)
                .ToListAsync(ct).ConfigureAwait(false)).Select(ToSummary).ToArray();
        }
        else
        {
            // An earlier version has no rows of its own: its project lines come from its snapshot (no ids, no counts).
            projects = ProjectRows.Build(model, d, d.UnitName).Select(r => ToSummary(r.Project) with { DocumentId = d.Id }).ToArray();
        }
        return new DocumentDetail(ToSummary(d), v.Number, model, Paged<ProjectSummary>.Of(projects, paging), d.ReturnNote)
        {
            OpenErrors = d.Errors,
            ProjectsTotalWan = projects.Any(p => p.BudgetWan is not null) ? projects.Sum(p => p.BudgetWan ?? 0m) : null,
            RowVersion = d.RowVersion,
        };
    }

    /// <summary>A project of the current version with its indicator rows and findings.</summary>
    public Task<ProjectDetail> GetProjectAsync(Actor? actor, int projectId, CancellationToken ct = default) =>
        OnOneConnectionAsync(() => ReadProjectAsync(actor, projectId, ct), ct);

    private async Task<ProjectDetail> ReadProjectAsync(Actor? actor, int projectId, CancellationToken ct)
    {
        var p = await ProjectById.For(_db)(_db, projectId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {projectId} 的项目，或您无权查看。");
        DocumentEntity d;
        try
        {
            d = await VisibleDocumentAsync(actor, p.DocumentId, track: false, ct).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException($"找不到编号为 {projectId} 的项目，或您无权查看。");
        }
        var indicators = await ToListAsync(IndicatorsOfProject.For(_db)(_db, projectId), ct).ConfigureAwait(false);
        var findings = await ToListAsync(FindingsOfProject.For(_db)(_db, d.Id, projectId), ct).ConfigureAwait(false);
        var project = (p.SnapshotJson is { } own
                ? DocumentJsonReader.ReadProject(own, 0)
                : DocumentJsonReader.ReadProject((await VersionAsync(d, null, ct).ConfigureAwait(false)).SnapshotJson, p.Position - 1))
            ?? throw new JixiaoException($"项目“{p.Name}”在文档快照中不存在（第{p.Position}个项目）：数据不一致，请联系管理员。");
        return new ProjectDetail(ToSummary(p), ToSummary(d), project, indicators.Select(IndicatorFields.ToView).ToArray(),
            findings.Select(FindingRows.ToView).ToArray(), AccessPolicy.Can(actor, DocumentAction.Edit, ScopeOf(d)), p.RowVersion);
    }

    /// <summary>One page of a document's findings (the first 100 by default), in document order.</summary>
    public async Task<Paged<FindingView>> GetFindingsAsync(Actor? actor, int documentId, FindingFilter filter, PageRequest? page = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var paging = (page ?? PageRequest.First).Checked();
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var q = _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id);
        if (!string.IsNullOrWhiteSpace(filter.Severity))
        {
            var severity = Severities.Parse(filter.Severity)?.ToFormat()
                ?? throw new InvalidInputException($"审核意见级别“{InputText.Clean(filter.Severity)}”无法识别：应为 error、warning 或 info。");
            q = q.Where(f => f.Severity == severity);
        }
        // A filter is input too: no control character reaches the query (PostgreSQL refuses NUL with an error).
        if (InputText.Clean(filter.RuleId) is { } ruleId && !string.IsNullOrWhiteSpace(ruleId))
        {
            var rule = ruleId.Trim();
            q = q.Where(f => f.RuleId == rule);
        }
        if (filter.ProjectId is int projectId) q = q.Where(f => f.ProjectId == projectId);
        if (!filter.IncludeAccepted) q = q.Where(f => f.AcceptedReason == null);
        return (await q.OrderBy(f => f.Position).ThenBy(f => f.Id).ToPagedAsync(paging, ct).ConfigureAwait(false)).Map(FindingRows.ToView);
    }

    /// <summary>The rule IDs of all of a document's findings (for the findings page's rule filter), sorted.</summary>
    public async Task<IReadOnlyList<string>> GetFindingRuleIdsAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var ids = await _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id).Select(f => f.RuleId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>One page of a document's versions (the first 100 by default), oldest first.</summary>
    public async Task<Paged<VersionSummary>> GetVersionsAsync(Actor? actor, int documentId, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        return await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == d.Id).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.StateWhenFrozen, v.Frozen, v.CreatedBy, v.CreatedAt))
            .ToPagedAsync(paging, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// What changed between two versions, field by field (projects and indicators matched by their stable keys); one page
    /// of the changes (the first 100 by default).
    /// </summary>
    public async Task<VersionDiff> DiffAsync(Actor? actor, int documentId, int fromVersion, int toVersion, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var from = DocumentJsonReader.Read((await VersionAsync(d, fromVersion, ct).ConfigureAwait(false)).SnapshotJson);
        var to = DocumentJsonReader.Read((await VersionAsync(d, toVersion, ct).ConfigureAwait(false)).SnapshotJson);
        return new VersionDiff(fromVersion, toVersion, Paged<FieldChange>.Of(VersionComparer.Compare(from, to), paging));
    }

    /// <summary>One page of the audit log of a document (the first 100 by default), oldest first.</summary>
    public async Task<Paged<AuditEntry>> GetAuditAsync(Actor? actor, int documentId, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        Require(actor, DocumentAction.ViewAudit, d, "查看操作日志");
        return await _db.AuditLog.AsNoTracking().Where(a => a.DocumentId == d.Id).OrderBy(a => a.Id)
            .Select(a => new AuditEntry(a.At, a.UserName, a.Action, a.Where, a.Field, a.OldValue, a.NewValue))
            .ToPagedAsync(paging, ct).ConfigureAwait(false);
    }

    /// <summary>One page of the published documents (预算公开, the first 100 by default), for anyone; cached like <see cref="ListDocumentsAsync"/>.</summary>
    public async Task<Paged<DocumentSummary>> ListPublishedAsync(int? jurisdictionId = null, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        var key = Caching.DocumentListKey.Of(null, published: true, jurisdictionId, null, null, paging);
        if (_caches is not null && _caches.DocumentLists.TryGet(key, out var cached)) return cached;
        var readAt = _caches?.DocumentLists.Version ?? 0;
        var q = VisibleDocuments(null);
        if (jurisdictionId is int j) q = q.Where(d => d.JurisdictionId == j);
        var lines = q.OrderByDescending(d => d.FiscalYear).ThenBy(d => d.DepartmentId).ThenBy(d => d.Id).Select(SummaryColumns);
        var result = await OnOneConnectionAsync(() => lines.ToPagedAsync(paging, ct), ct).ConfigureAwait(false);
        _caches?.DocumentLists.Set(key, result, readAt);
        return result;
    }

    /// <summary>A version as jixiao.document/1 JSON: the stored snapshot, which <see cref="DocumentJsonWriter"/> wrote.</summary>
    public async Task<string> ExportJsonAsync(Actor? actor, int documentId, int? version = null, CancellationToken ct = default)
    {
        var d = await VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        return (await VersionAsync(d, version, ct).ConfigureAwait(false)).SnapshotJson;
    }

    private async Task<DocumentVersionEntity> VersionAsync(DocumentEntity d, int? version, CancellationToken ct)
    {
        var number = version ?? d.CurrentVersion;
        return await _db.DocumentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == d.Id && v.Number == number, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"文档“{d.Title}”没有第 {number} 版。");
    }
}
