using System.Globalization;
using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

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
            .WithSummary("列出可见的文档（可按行政区划、部门、年度筛选；分页 page、pageSize，默认每页 100、最多 500）")
            .WithDescription("按年度从新到旧、编号从小到大排序。响应头 X-Total-Count 为总数；还有下一页时 Link 头给出 rel=\"next\" 的地址。");
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
    /// One page of the documents the user may view (newest year first), answered by the store from one query. The body
    /// stays a plain array; the paging is in headers: X-Total-Count (the whole list), X-Page, X-Page-Size, and a Link
    /// with rel="next" while there are more.
    /// </summary>
    private static async Task<Ok<IReadOnlyList<DocumentSummary>>> ListAsync(int? jurisdictionId, int? departmentId, int? fiscalYear,
        int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var filter = new DocumentListFilter(jurisdictionId, departmentId, fiscalYear, page ?? 1, pageSize ?? DocumentListFilter.DefaultPageSize);
        var result = await store.ListDocumentsAsync(SignedInFilter.ActorOf(http), filter, ct);
        var headers = http.Response.Headers;
        headers["X-Total-Count"] = result.Total.ToString(CultureInfo.InvariantCulture);
        headers["X-Page"] = result.Page.ToString(CultureInfo.InvariantCulture);
        headers["X-Page-Size"] = result.PageSize.ToString(CultureInfo.InvariantCulture);
        if (result.HasNext)
        {
            var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
            var next = new Dictionary<string, string?>();
            foreach (var (key, value) in query) next[key] = value.ToString();
            next["page"] = (result.Page + 1).ToString(CultureInfo.InvariantCulture);
            next["pageSize"] = result.PageSize.ToString(CultureInfo.InvariantCulture);
            headers.Link = $"<{QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, next)}>; rel=\"next\"";
        }
        return TypedResults.Ok(result.Items);
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
