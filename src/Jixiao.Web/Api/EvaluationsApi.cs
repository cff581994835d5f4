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
        FilledTableApi.Map(one, api, new FilledTableRoutes<EvaluationService, EvaluationImportPreview, EvaluationDetail>(
            "evaluationId", "自评", "Evaluation",
            "下载预填的项目支出绩效自评表（10号格式，.xlsx）",
            "预览导入填好的自评表（multipart：file），逐行显示匹配结果和问题，不保存",
            "导入填好的自评表并保存（multipart：file；需 If-Match）",
            async (service, actor, id, ct) =>
            {
                var detail = await service.GetAsync(actor, id, ct);
                return (await service.TemplateAsync(actor, id, ct), $"{detail.Summary.FiscalYear}年{detail.Summary.ProjectName}绩效自评表.xlsx");
            },
            (service, actor, id, file, ct) => service.PreviewImportAsync(actor, id, file.FileName, file.Bytes, ct),
            (service, actor, id, file, expected, ct) => service.CommitImportAsync(actor, id, file.FileName, file.Bytes, expected, ct),
            detail => detail.Summary.RowVersion));
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

    private static IResult Ok(HttpContext http, EvaluationDetail detail)
    {
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Ok(detail);
    }

    private static (long? Value, IResult? Problem) Expected(HttpContext http, long? fromBody, bool required) =>
        RowVersionHeader.Expected(http, fromBody, required, "自评");
}
