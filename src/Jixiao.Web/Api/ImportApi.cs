using Jixiao.Data;
using Jixiao.Data.Importing;

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
            .WithSummary("导入为新的草稿（multipart：file、departmentId、budgetUnitId、fiscalYear、mode、confirmName）")
            .WithDescription("budgetUnitId 留空表示部门本级。新文档 201，Location 指向新文档；mode=replace/version 导入到已有文档时 200。该单位该年度已有文档而 mode=new 时 409；文件写明的部门与所选单位不一致而未带 confirmName=true 时 409。需请求头 X-CSRF-TOKEN。")
            .Accepts<IFormFile>("multipart/form-data").Produces<DocumentSummary>(StatusCodes.Status201Created);
        import.MapGet("/target", CheckTargetAsync).WithName("CheckImportTarget")
            .WithSummary("导入检查：所选单位与文件写明的部门是否一致，该单位该年度是否已有文档")
            .WithDescription("departmentId、budgetUnitId（可空）、fiscalYear、fileDepartment（预览读出的部门）。已有文档时返回可否替换草稿或作为新版本。")
            .Produces<ImportTargetCheck>();
    }

    private static async Task<IResult> CheckTargetAsync(HttpContext http, ImportTargetService targets, int departmentId, int? budgetUnitId,
        int fiscalYear, string? fileDepartment, CancellationToken ct) =>
        TypedResults.Ok(await targets.CheckAsync(SignedInFilter.ActorOf(http), departmentId, budgetUnitId, fiscalYear, fileDepartment, ct));

    /// <summary>mode = new (default) | replace (替换草稿) | version (作为新版本); confirmName = true after the name warning was read.</summary>
    private static (ImportChoice? Choice, IResult? Problem) ChoiceOf(UploadedFile file)
    {
        var modeText = file.Form["mode"].ToString().Trim();
        ImportMode? mode = modeText switch
        {
            "" or "new" => ImportMode.New,
            "replace" => ImportMode.ReplaceDraft,
            "version" => ImportMode.NewVersion,
            _ => null,
        };
        if (mode is null)
            return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, $"表单字段 mode（导入方式）应为 new、replace（替换草稿）或 version（作为新版本），收到“{modeText}”。"));
        var confirm = file.Form["confirmName"].ToString().Trim();
        return (new ImportChoice(mode.Value, string.Equals(confirm, "true", StringComparison.OrdinalIgnoreCase)), null);
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

        var (choice, choiceProblem) = ChoiceOf(file);
        if (choiceProblem is not null) return choiceProblem;

        var created = await store.CommitImportAsync(SignedInFilter.ActorOf(http), file.FileName, file.Bytes,
            departmentId!.Value, budgetUnitId, fiscalYear!.Value, choice, ct);
        // A new document is created (201); an import into the existing one changes it (200).
        return choice!.Mode == ImportMode.New
            ? TypedResults.Created($"/api/documents/{created.Id}", created)
            : TypedResults.Ok(created);
    }
}
