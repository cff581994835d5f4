using Jixiao.Data;

namespace Jixiao.Web.Api;

/// <summary>
/// Importing a published target document (导入): preview what would be read (nothing stored), then commit it as a new
/// draft of a department or budget unit for a fiscal year. A file the readers refuse is 422 with the reader's Chinese
/// message and nothing stored.
/// </summary>
internal static class ImportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var import = api.MapGroup("/import").WithTags("导入").DisableAntiforgery();
        // The file's own limit here (the rest of /api has the small JSON limit); the last metadata wins.
        var uploads = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<UploadLimits>();
        RequestBodyLimit.Apply(import, uploads.MaxRequestBytes);
        import.MapPost("/preview", PreviewAsync).WithName("PreviewImport")
            .WithSummary("预览导入（multipart：file），不保存")
            .WithDescription("返回识别的版式、编码、项目数、指标数、未能归位的行和审核意见。需请求头 X-CSRF-TOKEN。")
            .Accepts<IFormFile>("multipart/form-data").Produces<ImportPreview>();
        import.MapPost("/", CommitAsync).WithName("CommitImport")
            .WithSummary("导入为新的草稿（multipart：file、departmentId、budgetUnitId、fiscalYear）")
            .WithDescription("budgetUnitId 留空表示部门本级。成功时 201，Location 指向新文档。需请求头 X-CSRF-TOKEN。")
            .Accepts<IFormFile>("multipart/form-data").Produces<DocumentSummary>(StatusCodes.Status201Created);
    }

    private static async Task<IResult> PreviewAsync(HttpContext http, JixiaoStore store, UploadLimits limits, CancellationToken ct)
    {
        var (file, problem) = await UploadedFile.ReadAsync(http, limits, ct);
        if (file is null) return problem!;
        return TypedResults.Ok(await store.PreviewImportAsync(SignedInFilter.ActorOf(http), file.FileName, file.Bytes, ct));
    }

    private static async Task<IResult> CommitAsync(HttpContext http, JixiaoStore store, UploadLimits limits, CancellationToken ct)
    {
        var (file, problem) = await UploadedFile.ReadAsync(http, limits, ct);
        if (file is null) return problem!;
        var (departmentId, departmentProblem) = file.Int("departmentId", "部门", required: true);
        if (departmentProblem is not null) return departmentProblem;
        var (budgetUnitId, unitProblem) = file.Int("budgetUnitId", "预算单位", required: false);
        if (unitProblem is not null) return unitProblem;
        var (fiscalYear, yearProblem) = file.Int("fiscalYear", "预算年度", required: true);
        if (yearProblem is not null) return yearProblem;

        var created = await store.CommitImportAsync(SignedInFilter.ActorOf(http), file.FileName, file.Bytes,
            departmentId!.Value, budgetUnitId, fiscalYear!.Value, ct);
        return TypedResults.Created($"/api/documents/{created.Id}", created);
    }
}
