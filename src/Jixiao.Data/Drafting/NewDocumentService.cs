using Jixiao.Core.Model;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 新建文档：a new 草稿 for a budget unit (or a department itself) and a fiscal year, empty or carried from last year's
/// approved or published document. The same people may create as may import (<see cref="DocumentAction.Import"/>), and
/// there is one document per unit and year: a second is refused with a message naming the one that exists.
/// </summary>
public sealed class NewDocumentService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;

    public async Task<DocumentSummary> CreateAsync(Actor? actor, NewDocumentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (department, unit) = await TargetAsync(actor, request, ct).ConfigureAwait(false);
        var unitName = unit?.Name ?? department.Name;
        var year = request.FiscalYear;
        if (year is < 2000 or > 2100) throw new JixiaoException($"预算年度 {year} 不合理：请选择 2000—2100 之间的年度。");
        await RefuseSecondAsync(department.Id, unit?.Id, unitName, year, ct).ConfigureAwait(false);

        var (model, how) = request.Start switch
        {
            NewDocumentStart.FromLastYear => await FromLastYearAsync(department.Id, unit?.Id, unitName, year, ct).ConfigureAwait(false),
            _ => (Empty(department, year), "新建空白文档"),
        };
        return await store.StoreNewDocumentAsync(actor!, model, department, unit, year, how, ct, action: "新建").ConfigureAwait(false);
    }

    /// <summary>
    /// The existing document of that unit (or department itself) and year, if any; for the page to offer “open it”
    /// instead of “create”. Null when there is none or the actor may not view it.
    /// </summary>
    public async Task<DocumentSummary?> ExistingAsync(Actor? actor, int departmentId, int? budgetUnitId, int fiscalYear, CancellationToken ct = default)
    {
        var d = await ExistingQuery(departmentId, budgetUnitId, fiscalYear).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (d is null || !AccessPolicy.CanView(actor, new DocumentScope(d.JurisdictionId, d.DepartmentId, d.BudgetUnitId, d.State))) return null;
        return new DocumentSummary(d.Id, d.Title, d.FiscalYear, d.DepartmentId, d.BudgetUnitId, d.UnitName, d.State, d.CurrentVersion,
            d.ProjectCount, d.UpdatedAt);
    }

    private async Task<(DepartmentEntity Department, BudgetUnitEntity? Unit)> TargetAsync(Actor? actor, NewDocumentRequest request, CancellationToken ct)
    {
        var department = await _db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DepartmentId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {request.DepartmentId} 的部门。");
        BudgetUnitEntity? unit = null;
        if (request.BudgetUnitId is int unitId)
            unit = await _db.BudgetUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.DepartmentId == department.Id, ct).ConfigureAwait(false)
                ?? throw new NotFoundException($"部门“{department.Name}”下没有编号为 {unitId} 的预算单位。");
        var scope = new DocumentScope(department.JurisdictionId, department.Id, unit?.Id, WorkflowState.Draft);
        if (!AccessPolicy.CanView(actor, scope)) throw new NotFoundException($"找不到编号为 {department.Id} 的部门，或您无权查看。");
        if (actor is null || !AccessPolicy.Can(actor, DocumentAction.Import, scope))
            throw new AccessDeniedException($"您无权为“{unit?.Name ?? department.Name}”新建文档：单位文档由本单位填报人新建，部门本级文档由部门审核人新建。");
        return (department, unit);
    }

    private IQueryable<DocumentEntity> ExistingQuery(int departmentId, int? budgetUnitId, int fiscalYear) =>
        _db.Documents.AsNoTracking()
            .Where(d => d.DepartmentId == departmentId && d.BudgetUnitId == budgetUnitId && d.FiscalYear == fiscalYear)
            .OrderBy(d => d.Id);

    private async Task RefuseSecondAsync(int departmentId, int? budgetUnitId, string unitName, int year, CancellationToken ct)
    {
        var existing = await ExistingQuery(departmentId, budgetUnitId, year).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (existing is not null)
            throw new DocumentExistsException(
                $"“{unitName}”{year}年度已有文档“{existing.Title}”（编号 {existing.Id}，{existing.State.ToChinese()}，第 {existing.CurrentVersion} 版）：" +
                "每个单位每个年度只有一份文档，请打开该文档继续编制。", existing.Id);
    }

    private static TargetDocument Empty(DepartmentEntity department, int year) => new()
    {
        Source = new DocumentSource("新建", "blank"),
        Department = new Department(department.Code, department.Name),
        FiscalYear = year,
        MoneyUnit = MoneyUnit.TenThousandYuan,
    };

    private async Task<(TargetDocument Model, string How)> FromLastYearAsync(int departmentId, int? budgetUnitId, string unitName, int year, CancellationToken ct)
    {
        // Databases from before the one-per-year rule may hold several; the one to carry is approved or published
        // (published first, then the latest).
        var documents = await ExistingQuery(departmentId, budgetUnitId, year - 1).ToListAsync(ct).ConfigureAwait(false);
        if (documents.Count == 0)
            throw new JixiaoException($"“{unitName}”没有{year - 1}年度的文档，无法从上年结转：请新建空白文档或导入文件。");
        var last = documents.Where(d => d.State is WorkflowState.Approved or WorkflowState.Published)
                       .OrderByDescending(d => d.State == WorkflowState.Published).ThenByDescending(d => d.Id).FirstOrDefault()
                   ?? throw new JixiaoException($"“{unitName}”{year - 1}年度的文档“{documents[0].Title}”当前为“{documents[0].State.ToChinese()}”，" +
                       "只有已审核或已公开的文档可以结转到下一年度。");
        // An approved or published document's current version is the frozen one that was approved.
        var snapshot = await _db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == last.Id && v.Number == last.CurrentVersion).Select(v => v.SnapshotJson)
            .FirstAsync(ct).ConfigureAwait(false);
        var model = CarryOver.NextYear(DocumentJsonReader.Read(snapshot), year - 1, year, $"{year - 1}年度“{last.Title}”第 {last.CurrentVersion} 版");
        return (model, $"从{year - 1}年度“{last.Title}”（编号 {last.Id}，{last.State.ToChinese()}）结转");
    }
}
