using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// Reading documents (绩效目标文档): by jurisdiction, department and year; one document, its exchange JSON, versions,
/// differences and audit trail. The store filters and refuses by the actor's role; 404 also for documents the actor may
/// not see, so other units' URLs reveal nothing.
/// </summary>
internal static class DocumentsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/jurisdictions", ListJurisdictionsAsync).WithTags("机构")
            .WithName("ListJurisdictions").WithSummary("可见的行政区划（财政级次）");
        api.MapGet("/jurisdictions/{jurisdictionId:int}/departments", ListDepartmentsAsync).WithTags("机构")
            .WithName("ListDepartments").WithSummary("行政区划下可见的部门、预算单位和年度");
        api.MapGet("/departments/{departmentId:int}/years/{fiscalYear:int}", GetOverviewAsync).WithTags("机构")
            .WithName("GetYearOverview").WithSummary("部门某年度概览：文档、项目、预算合计（万元）和审核意见数");

        var documents = api.MapGroup("/documents").WithTags("文档");
        documents.MapGet("/", ListAsync).WithName("ListDocuments")
            .WithSummary("列出可见的文档（可按行政区划、部门、年度筛选）");
        documents.MapGet("/{documentId:int}", GetAsync).WithName("GetDocument")
            .WithSummary("文档概要和项目列表（可指定版本）");
        documents.MapGet("/{documentId:int}/json", GetJsonAsync).WithName("GetDocumentJson")
            .WithSummary("文档的交换格式 JSON（jixiao.document/1，数值与原文一致）")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        documents.MapGet("/{documentId:int}/versions", GetVersionsAsync).WithName("ListVersions")
            .WithSummary("文档的版本（送审和审核通过的版本保持不变）");
        documents.MapGet("/{documentId:int}/diff", DiffAsync).WithName("DiffVersions")
            .WithSummary("两个版本之间改动的字段（from、to 为版本号）");
        documents.MapGet("/{documentId:int}/audit", GetAuditAsync).WithName("GetAudit")
            .WithSummary("审计记录：谁在何时改了哪个字段（旧值 → 新值）");
    }

    private static async Task<Ok<IReadOnlyList<JurisdictionSummary>>> ListJurisdictionsAsync(HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListJurisdictionsAsync(SignedInFilter.ActorOf(http), ct));

    private static async Task<Ok<IReadOnlyList<DepartmentSummary>>> ListDepartmentsAsync(int jurisdictionId, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListDepartmentsAsync(SignedInFilter.ActorOf(http), jurisdictionId, ct));

    private static async Task<Ok<YearOverview>> GetOverviewAsync(int departmentId, int fiscalYear, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GetOverviewAsync(SignedInFilter.ActorOf(http), departmentId, fiscalYear, ct));

    /// <summary>
    /// Walks jurisdictions › departments › years as the store lists them for this actor and gathers the documents of
    /// each year overview; every step is filtered by the store, so the list is exactly what the actor may view.
    /// </summary>
    private static async Task<Ok<List<DocumentSummary>>> ListAsync(int? jurisdictionId, int? departmentId, int? fiscalYear,
        HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var actor = SignedInFilter.ActorOf(http);
        var documents = new List<DocumentSummary>();
        var seen = new HashSet<int>();
        foreach (var jurisdiction in await store.ListJurisdictionsAsync(actor, ct))
        {
            if (jurisdictionId is int j && jurisdiction.Id != j) continue;
            foreach (var department in await store.ListDepartmentsAsync(actor, jurisdiction.Id, ct))
            {
                if (departmentId is int d && department.Id != d) continue;
                foreach (var year in department.FiscalYears)
                {
                    if (fiscalYear is int y && year != y) continue;
                    var overview = await store.GetOverviewAsync(actor, department.Id, year, ct);
                    documents.AddRange(overview.Documents.Where(doc => seen.Add(doc.Id)));
                }
            }
        }
        documents.Sort((a, b) => b.FiscalYear != a.FiscalYear ? b.FiscalYear.CompareTo(a.FiscalYear) : a.Id.CompareTo(b.Id));
        return TypedResults.Ok(documents);
    }

    private static async Task<Ok<DocumentResponse>> GetAsync(int documentId, int? version, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(DocumentResponse.Of(await store.GetDocumentAsync(SignedInFilter.ActorOf(http), documentId, version, ct)));

    private static async Task<IResult> GetJsonAsync(int documentId, int? version, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Text(await store.ExportJsonAsync(SignedInFilter.ActorOf(http), documentId, version, ct), "application/json; charset=utf-8");

    private static async Task<Ok<IReadOnlyList<VersionSummary>>> GetVersionsAsync(int documentId, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GetVersionsAsync(SignedInFilter.ActorOf(http), documentId, ct));

    private static async Task<Ok<VersionDiff>> DiffAsync(int documentId, int from, int to, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.DiffAsync(SignedInFilter.ActorOf(http), documentId, from, to, ct));

    private static async Task<Ok<IReadOnlyList<AuditEntry>>> GetAuditAsync(int documentId, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GetAuditAsync(SignedInFilter.ActorOf(http), documentId, ct));
}
