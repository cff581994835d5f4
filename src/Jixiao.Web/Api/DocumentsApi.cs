using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// Reading documents (绩效目标文档): by jurisdiction, department and year; one document, its exchange JSON, versions,
/// differences and audit trail. The store filters and refuses by the actor's role; 404 also for documents the actor may
/// not see, so other units' URLs reveal nothing. Every list is paged (<see cref="PagedResponse"/>).
/// </summary>
internal static class DocumentsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/jurisdictions", ListJurisdictionsAsync).WithTags("机构")
            .WithName("ListJurisdictions").WithSummary("可见的行政区划（财政级次），分页").WithDescription(PagedResponse.Description);
        api.MapGet("/jurisdictions/{jurisdictionId:int}/departments", ListDepartmentsAsync).WithTags("机构")
            .WithName("ListDepartments").WithSummary("行政区划下可见的部门、预算单位和年度，按部门编码分页").WithDescription(PagedResponse.Description);
        api.MapGet("/departments/{departmentId:int}/years/{fiscalYear:int}", GetOverviewAsync).WithTags("机构")
            .WithName("GetYearOverview").WithSummary("部门某年度概览：文档、项目（分页）、预算合计（万元）和审核意见数")
            .WithDescription("page、pageSize 作用于项目列表；合计和审核意见数始终覆盖全部项目。" + PagedResponse.Description);

        var documents = api.MapGroup("/documents").WithTags("文档");
        documents.MapGet("/", ListAsync).WithName("ListDocuments")
            .WithSummary("列出可见的文档（可按行政区划、部门、年度筛选；分页 page、pageSize，默认每页 100、最多 500）")
            .WithDescription("按年度从新到旧、编号从小到大排序。" + PagedResponse.Description);
        documents.MapGet("/{documentId:int}", GetAsync).WithName("GetDocument")
            .WithSummary("文档概要和项目列表（可指定版本；项目分页）")
            .WithDescription("page、pageSize 作用于项目列表。" + PagedResponse.Description);
        documents.MapGet("/{documentId:int}/json", GetJsonAsync).WithName("GetDocumentJson")
            .WithSummary("文档的交换格式 JSON（jixiao.document/1，数值与原文一致）")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        documents.MapGet("/{documentId:int}/versions", GetVersionsAsync).WithName("ListVersions")
            .WithSummary("文档的版本（送审和审核通过的版本保持不变），分页").WithDescription(PagedResponse.Description);
        documents.MapGet("/{documentId:int}/diff", DiffAsync).WithName("DiffVersions")
            .WithSummary("两个版本之间改动的字段（from、to 为版本号；改动分页）")
            .WithDescription("page、pageSize 作用于改动列表。" + PagedResponse.Description);
        documents.MapGet("/{documentId:int}/audit", GetAuditAsync).WithName("GetAudit")
            .WithSummary("审计记录：谁在何时改了哪个字段（旧值 → 新值），从旧到新分页").WithDescription(PagedResponse.Description);
    }

    private static async Task<Ok<IReadOnlyList<JurisdictionSummary>>> ListJurisdictionsAsync(int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        PagedResponse.Ok(http, await store.ListJurisdictionsAsync(SignedInFilter.ActorOf(http), PagedResponse.RequestOf(page, pageSize), ct));

    private static async Task<Ok<IReadOnlyList<DepartmentSummary>>> ListDepartmentsAsync(int jurisdictionId, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        PagedResponse.Ok(http, await store.ListDepartmentsAsync(SignedInFilter.ActorOf(http), jurisdictionId, PagedResponse.RequestOf(page, pageSize), ct));

    private static async Task<Ok<YearOverview>> GetOverviewAsync(int departmentId, int fiscalYear, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var overview = await store.GetOverviewAsync(SignedInFilter.ActorOf(http), departmentId, fiscalYear, PagedResponse.RequestOf(page, pageSize), ct);
        PagedResponse.WriteHeaders(http, overview.Projects);
        return TypedResults.Ok(overview);
    }

    /// <summary>One page of the documents the user may view (newest year first), answered by the store from one query.</summary>
    private static async Task<Ok<IReadOnlyList<DocumentSummary>>> ListAsync(int? jurisdictionId, int? departmentId, int? fiscalYear,
        int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var filter = new DocumentListFilter(jurisdictionId, departmentId, fiscalYear, page ?? 1, pageSize ?? DocumentListFilter.DefaultPageSize);
        return PagedResponse.Ok(http, await store.ListDocumentsAsync(SignedInFilter.ActorOf(http), filter, ct));
    }

    private static async Task<Ok<DocumentResponse>> GetAsync(int documentId, int? version, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var detail = await store.GetDocumentAsync(SignedInFilter.ActorOf(http), documentId, version, PagedResponse.RequestOf(page, pageSize), ct);
        PagedResponse.WriteHeaders(http, detail.Projects);
        return TypedResults.Ok(DocumentResponse.Of(detail));
    }

    private static async Task<IResult> GetJsonAsync(int documentId, int? version, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Text(await store.ExportJsonAsync(SignedInFilter.ActorOf(http), documentId, version, ct), "application/json; charset=utf-8");

    private static async Task<Ok<IReadOnlyList<VersionResponse>>> GetVersionsAsync(int documentId, int? page, int? pageSize, HttpContext http, JixiaoStore store, Jixiao.Data.Administration.PersonDirectory people, CancellationToken ct)
    {
        var actor = SignedInFilter.ActorOf(http);
        var versions = await store.GetVersionsAsync(actor, documentId, PagedResponse.RequestOf(page, pageSize), ct);
        return PagedResponse.Ok(http, await PersonLabelledLists.VersionsAsync(versions, people, actor, ct));
    }

    private static async Task<Ok<VersionDiff>> DiffAsync(int documentId, int from, int to, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var diff = await store.DiffAsync(SignedInFilter.ActorOf(http), documentId, from, to, PagedResponse.RequestOf(page, pageSize), ct);
        PagedResponse.WriteHeaders(http, diff.Changes);
        return TypedResults.Ok(diff);
    }

    private static async Task<Ok<IReadOnlyList<AuditEntryResponse>>> GetAuditAsync(int documentId, int? page, int? pageSize, HttpContext http, JixiaoStore store, Jixiao.Data.Administration.PersonDirectory people, CancellationToken ct)
    {
        var actor = SignedInFilter.ActorOf(http);
        var lines = await store.GetAuditAsync(actor, documentId, PagedResponse.RequestOf(page, pageSize), ct);
        return PagedResponse.Ok(http, await PersonLabelledLists.AuditAsync(lines, people, actor, ct));
    }
}
