using Jixiao.Data;
using Jixiao.Data.Evaluation;

namespace Jixiao.Web.Api;

/// <summary>
/// 绩效自评 under /api (docs/evaluation.md "In the web system"): start one per project of an approved or published
/// document, read it scored, save inputs and take workflow steps with the row version read (If-Match or body;
/// stale → 409), record the finance bureau's 复核, download the pre-filled 自评表 and import a filled one (preview,
/// then commit). Who may do what is <see cref="EvaluationPolicy"/>'s decision inside the service.
/// </summary>
internal static class EvaluationsApi
{
    /// <summary>The project to start (its stable key, from GET /api/documents/{id}/evaluations).</summary>
    public sealed record StartRequest(string ProjectKey);

    /// <summary>The inputs and, unless sent as If-Match, the row version read.</summary>
    public sealed record SaveRequest(EvaluationInputs Inputs, long? RowVersion = null);

    /// <summary>A step's note (退回意见, required to return) and, optionally, the row version read.</summary>
    public sealed record StepRequest(string? Note = null, long? RowVersion = null);

    /// <summary>复核: the finance bureau's own score (0–100) and note.</summary>
    public sealed record ReviewRequest(decimal Score, string? Note = null, long? RowVersion = null);

    /// <summary>What the public sees: self-evaluation results the finance bureau published, nothing else (read as no actor).</summary>
    public static void MapPublic(RouteGroupBuilder api)
    {
        var published = api.MapGroup("/public/evaluations").WithTags("公开");
        published.MapGet("/", async (int fiscalYear, int? page, int? pageSize, EvaluationService service, HttpContext http, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListAsync(null, fiscalYear, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListPublishedEvaluations").WithSummary("已公开的自评结果（某年度）").WithDescription(PagedResponse.Description);
        published.MapGet("/{evaluationId:int}", (int evaluationId, EvaluationService service, CancellationToken ct) => service.GetAsync(null, evaluationId, ct))
            .WithName("GetPublishedEvaluation").WithSummary("一个已公开的自评（未公开的为 404）");
    }

    public static void Map(RouteGroupBuilder api)
    {
        var tag = "绩效自评";
        api.MapGet("/documents/{documentId:int}/evaluations", (int documentId, HttpContext http, EvaluationService service, CancellationToken ct) =>
                service.ListForDocumentAsync(SignedInFilter.ActorOf(http), documentId, ct))
            .WithTags(tag).WithName("ListDocumentEvaluations").WithSummary("文档各项目的自评（已审核或已公开的文档）");
        api.MapPost("/documents/{documentId:int}/evaluations", StartAsync)
            .WithTags(tag).WithName("StartEvaluation").WithSummary("开始一个项目的自评（projectKey），按批复版本逐项预填")
            .Produces<EvaluationDetail>(StatusCodes.Status201Created);
        api.MapGet("/evaluations", async (int fiscalYear, int? page, int? pageSize, HttpContext http, EvaluationService service, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListAsync(SignedInFilter.ActorOf(http), fiscalYear, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithTags(tag).WithName("ListEvaluations").WithSummary("某年度本人可见的自评").WithDescription(PagedResponse.Description);
        api.MapGet("/evaluations/grades", (int fiscalYear, HttpContext http, EvaluationService service, CancellationToken ct) =>
                service.GradeDistributionAsync(SignedInFilter.ActorOf(http), fiscalYear, ct))
            .WithTags(tag).WithName("EvaluationGrades").WithSummary("自评等级分布（单位自评与财政复核，已提交的自评）");

        var one = api.MapGroup("/evaluations/{evaluationId:int}").WithTags(tag);
        one.MapGet("", GetAsync).WithName("GetEvaluation").WithSummary("自评及其得分、等级和问题（ETag 为 rowVersion）");
        one.MapPut("", SaveAsync).WithName("SaveEvaluation").WithSummary("保存自评填报内容（需 If-Match 或 rowVersion；冲突时 409）");
        one.MapPost("/submit", (int evaluationId, StepRequest? request, HttpContext http, EvaluationService service, CancellationToken ct) =>
                StepAsync(evaluationId, EvaluationStep.Submit, request, http, service, ct))
            .WithName("SubmitEvaluation").WithSummary("提交（有扣分未说明原因、评判得分超出分数段等错误时 422，说明是哪一项）");
        one.MapPost("/confirm", (int evaluationId, StepRequest? request, HttpContext http, EvaluationService service, CancellationToken ct) =>
                StepAsync(evaluationId, EvaluationStep.Confirm, request, http, service, ct))
            .WithName("ConfirmEvaluation").WithSummary("部门确认（已提交 → 已确认）");
        one.MapPost("/return", (int evaluationId, StepRequest? request, HttpContext http, EvaluationService service, CancellationToken ct) =>
                StepAsync(evaluationId, EvaluationStep.Return, request, http, service, ct))
            .WithName("ReturnEvaluation").WithSummary("退回（须填写 note；开启新版本）");
        one.MapPost("/publish", (int evaluationId, StepRequest? request, HttpContext http, EvaluationService service, CancellationToken ct) =>
                StepAsync(evaluationId, EvaluationStep.Publish, request, http, service, ct))
            .WithName("PublishEvaluation").WithSummary("财政公开自评结果（已确认 → 已公开，公众可见）");
        one.MapPost("/review", ReviewAsync).WithName("ReviewEvaluation").WithSummary("财政复核：记录复核得分与意见，显示与单位自评的差异");
        one.MapGet("/audit", async (int evaluationId, int? page, int? pageSize, HttpContext http, EvaluationService service, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.GetAuditAsync(SignedInFilter.ActorOf(http), evaluationId, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("EvaluationAudit").WithSummary("自评的修改记录").WithDescription(PagedResponse.Description);
        one.MapGet("/template.xlsx", TemplateAsync).WithName("EvaluationTemplate")
            .WithSummary("下载预填的项目支出绩效自评表（10号格式，.xlsx）");

        var import = one.MapGroup("/import").DisableAntiforgery();
        var uploads = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<UploadLimits>();
        RequestBodyLimit.Apply(import, uploads.MaxRequestBytes);
        import.MapPost("/preview", PreviewAsync).WithName("PreviewEvaluationImport")
            .WithSummary("预览导入填好的自评表（multipart：file），逐行显示匹配结果和问题，不保存")
            .Accepts<IFormFile>("multipart/form-data").Produces<EvaluationImportPreview>();
        import.MapPost("", CommitAsync).WithName("CommitEvaluationImport")
            .WithSummary("导入填好的自评表并保存（multipart：file；需 If-Match）")
            .Accepts<IFormFile>("multipart/form-data").Produces<EvaluationDetail>();
    }

    private static async Task<IResult> StartAsync(int documentId, StartRequest request, HttpContext http, EvaluationService service, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.ProjectKey))
            return ApiProblems.Of(StatusCodes.Status400BadRequest, "请在 projectKey 中给出要自评的项目的键。");
        var detail = await service.StartAsync(SignedInFilter.ActorOf(http), documentId, request.ProjectKey.Trim(), ct);
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Created($"/api/evaluations/{detail.Summary.Id}", detail);
    }

    private static async Task<IResult> GetAsync(int evaluationId, HttpContext http, EvaluationService service, CancellationToken ct)
    {
        var detail = await service.GetAsync(SignedInFilter.ActorOf(http), evaluationId, ct);
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Ok(detail);
    }

    private static async Task<IResult> SaveAsync(int evaluationId, SaveRequest request, HttpContext http, EvaluationService service, CancellationToken ct)
    {
        if (request?.Inputs is null) return ApiProblems.Of(StatusCodes.Status400BadRequest, "请求体缺少 inputs（填报内容）。");
        var (expected, problem) = Expected(http, request.RowVersion, required: true);
        if (problem is not null) return problem;
        return Ok(http, await service.SaveAsync(SignedInFilter.ActorOf(http), evaluationId, request.Inputs, expected!.Value, ct));
    }

    private static async Task<IResult> StepAsync(int evaluationId, EvaluationStep step, StepRequest? request, HttpContext http,
        EvaluationService service, CancellationToken ct)
    {
        var (expected, problem) = Expected(http, request?.RowVersion, required: false);
        if (problem is not null) return problem;
        return Ok(http, await service.TransitionAsync(SignedInFilter.ActorOf(http), evaluationId, step, request?.Note, expected, ct));
    }

    private static async Task<IResult> ReviewAsync(int evaluationId, ReviewRequest request, HttpContext http, EvaluationService service, CancellationToken ct)
    {
        var (expected, problem) = Expected(http, request?.RowVersion, required: true);
        if (problem is not null) return problem;
        return Ok(http, await service.RecordReviewAsync(SignedInFilter.ActorOf(http), evaluationId, request!.Score, request.Note, expected!.Value, ct));
    }

    private static async Task<IResult> TemplateAsync(int evaluationId, HttpContext http, EvaluationService service, CancellationToken ct)
    {
        var actor = SignedInFilter.ActorOf(http);
        var detail = await service.GetAsync(actor, evaluationId, ct);
        var bytes = await service.TemplateAsync(actor, evaluationId, ct);
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ExportFileName.Safe($"{detail.Summary.FiscalYear}年{detail.Summary.ProjectName}绩效自评表.xlsx"));
    }

    private static async Task<IResult> PreviewAsync(int evaluationId, HttpContext http, EvaluationService service, UploadLimits limits, CancellationToken ct)
    {
        var (file, problem) = await UploadedFile.ReadAsync(http, limits, ct);
        if (file is null) return problem!;
        return TypedResults.Ok(await service.PreviewImportAsync(SignedInFilter.ActorOf(http), evaluationId, file.FileName, file.Bytes, ct));
    }

    private static async Task<IResult> CommitAsync(int evaluationId, HttpContext http, EvaluationService service, UploadLimits limits, CancellationToken ct)
    {
        var (expected, versionProblem) = Expected(http, null, required: true);
        if (versionProblem is not null) return versionProblem;
        var (file, problem) = await UploadedFile.ReadAsync(http, limits, ct);
        if (file is null) return problem!;
        return Ok(http, await service.CommitImportAsync(SignedInFilter.ActorOf(http), evaluationId, file.FileName, file.Bytes, expected!.Value, ct));
    }

    private static IResult Ok(HttpContext http, EvaluationDetail detail)
    {
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Ok(detail);
    }

    /// <summary>The row version read, from If-Match or the body (they must agree); a problem when required and absent.</summary>
    private static (long? Value, IResult? Problem) Expected(HttpContext http, long? fromBody, bool required)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (DraftingApi.ParseRowVersion(ifMatch) is not long fromHeader)
                return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, $"If-Match 的值“{ifMatch}”不是自评的 rowVersion（应为一个整数，可加引号）。"));
            if (fromBody is long b && b != fromHeader)
                return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, "If-Match 与请求体中的 rowVersion 不一致。"));
            return (fromHeader, null);
        }
        if (fromBody is long body) return (body, null);
        return required
            ? (null, ApiProblems.Of(StatusCodes.Status428PreconditionRequired, "请在 If-Match 请求头或请求体 rowVersion 中提供读取时的自评版本号，以免覆盖他人的修改。"))
            : (null, null);
    }
}
