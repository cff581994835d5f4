using Jixiao.Data.DepartmentEvaluation;
using Jixiao.Data.Evaluation;

namespace Jixiao.Web.Api;

/// <summary>
/// 部门整体自评 under /api (docs/department-evaluation.md): start one per approved or published document with 部门整体
/// indicators, read it scored (execution and grades summed from the document's project self-evaluations), save the
/// overall lines, take workflow steps, record 复核 — with the row version read (If-Match or body; stale → 409). Who may
/// do what is <see cref="EvaluationPolicy"/>'s decision inside <see cref="DepartmentEvaluationService"/>.
/// </summary>
internal static class DepartmentEvaluationsApi
{
    public sealed record SaveRequest(DepartmentEvaluationInputs Inputs, long? RowVersion = null);

    public static void MapPublic(RouteGroupBuilder api)
    {
        var published = api.MapGroup("/public/department-evaluations").WithTags("公开");
        published.MapGet("/", async (int fiscalYear, int? page, int? pageSize, DepartmentEvaluationService service, HttpContext http, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListAsync(null, fiscalYear, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListPublishedDepartmentEvaluations").WithSummary("已公开的部门整体自评（某年度）").WithDescription(PagedResponse.Description);
        published.MapGet("/{evaluationId:int}", (int evaluationId, DepartmentEvaluationService service, CancellationToken ct) =>
                service.GetAsync(null, evaluationId, ct))
            .WithName("GetPublishedDepartmentEvaluation").WithSummary("一个已公开的部门整体自评（未公开的为 404）");
    }

    public static void Map(RouteGroupBuilder api)
    {
        var tag = "部门整体自评";
        api.MapGet("/documents/{documentId:int}/department-evaluation", (int documentId, HttpContext http, DepartmentEvaluationService service,
                CancellationToken ct) => service.GetForDocumentAsync(SignedInFilter.ActorOf(http), documentId, ct))
            .WithTags(tag).WithName("GetDocumentDepartmentEvaluation").WithSummary("文档的部门整体自评（若已开始）及能否开始");
        api.MapPost("/documents/{documentId:int}/department-evaluation", StartAsync)
            .WithTags(tag).WithName("StartDepartmentEvaluation").WithSummary("开始部门整体自评：按批复版本的部门整体指标逐项预填")
            .Produces<DepartmentEvaluationDetail>(StatusCodes.Status201Created);
        api.MapGet("/department-evaluations", async (int fiscalYear, int? page, int? pageSize, HttpContext http, DepartmentEvaluationService service,
                CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListAsync(SignedInFilter.ActorOf(http), fiscalYear, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithTags(tag).WithName("ListDepartmentEvaluations").WithSummary("某年度本人可见的部门整体自评").WithDescription(PagedResponse.Description);

        var one = api.MapGroup("/department-evaluations/{evaluationId:int}").WithTags(tag);
        one.MapGet("", async (int evaluationId, HttpContext http, DepartmentEvaluationService service, CancellationToken ct) =>
                Ok(http, await service.GetAsync(SignedInFilter.ActorOf(http), evaluationId, ct)))
            .WithName("GetDepartmentEvaluation").WithSummary("部门整体自评及其得分、等级、各项目汇总和问题（ETag 为 rowVersion）");
        one.MapPut("", SaveAsync).WithName("SaveDepartmentEvaluation").WithSummary("保存部门整体指标的填报内容（需 If-Match 或 rowVersion；冲突时 409）");
        one.MapPost("/score", async (int evaluationId, DepartmentEvaluationInputs inputs, HttpContext http, DepartmentEvaluationService service,
                CancellationToken ct) => await service.ScoreAsync(SignedInFilter.ActorOf(http), evaluationId, inputs, ct))
            .WithName("ScoreDepartmentEvaluation").WithSummary("按填报内容试算得分与等级（不保存）");
        foreach (var (path, step, name, summary) in new[]
        {
            ("/submit", EvaluationStep.Submit, "SubmitDepartmentEvaluation", "提交（有项目自评未提交、扣分未说明原因等错误时 422，说明是哪一项）"),
            ("/confirm", EvaluationStep.Confirm, "ConfirmDepartmentEvaluation", "部门确认（已提交 → 已确认）"),
            ("/return", EvaluationStep.Return, "ReturnDepartmentEvaluation", "退回（须填写 note；开启新版本）"),
            ("/publish", EvaluationStep.Publish, "PublishDepartmentEvaluation", "财政公开部门整体自评结果（已确认 → 已公开）"),
        })
        {
            one.MapPost(path, async (int evaluationId, EvaluationsApi.StepRequest? request, HttpContext http, DepartmentEvaluationService service,
                    CancellationToken ct) =>
                {
                    var (expected, problem) = Expected(http, request?.RowVersion, required: false);
                    if (problem is not null) return problem;
                    return Ok(http, await service.TransitionAsync(SignedInFilter.ActorOf(http), evaluationId, step, request?.Note, expected, ct));
                })
                .WithName(name).WithSummary(summary);
        }
        one.MapPost("/review", async (int evaluationId, EvaluationsApi.ReviewRequest request, HttpContext http, DepartmentEvaluationService service,
                CancellationToken ct) =>
            {
                var (expected, problem) = Expected(http, request?.RowVersion, required: true);
                if (problem is not null) return problem;
                return Ok(http, await service.RecordReviewAsync(SignedInFilter.ActorOf(http), evaluationId, request!.Score, request.Note, expected!.Value, ct));
            })
            .WithName("ReviewDepartmentEvaluation").WithSummary("财政复核：记录复核得分与意见，显示与部门自评的差异");
        one.MapGet("/audit", async (int evaluationId, int? page, int? pageSize, HttpContext http, DepartmentEvaluationService service, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.GetAuditAsync(SignedInFilter.ActorOf(http), evaluationId, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("DepartmentEvaluationAudit").WithSummary("部门整体自评的修改记录").WithDescription(PagedResponse.Description);
    }

    private static async Task<IResult> StartAsync(int documentId, HttpContext http, DepartmentEvaluationService service, CancellationToken ct)
    {
        var detail = await service.StartAsync(SignedInFilter.ActorOf(http), documentId, ct);
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Created($"/api/department-evaluations/{detail.Summary.Id}", detail);
    }

    private static async Task<IResult> SaveAsync(int evaluationId, SaveRequest request, HttpContext http, DepartmentEvaluationService service,
        CancellationToken ct)
    {
        if (request?.Inputs is null) return ApiProblems.Of(StatusCodes.Status400BadRequest, "请求体缺少 inputs（填报内容）。");
        var (expected, problem) = Expected(http, request.RowVersion, required: true);
        if (problem is not null) return problem;
        return Ok(http, await service.SaveAsync(SignedInFilter.ActorOf(http), evaluationId, request.Inputs, expected!.Value, ct));
    }

    private static IResult Ok(HttpContext http, DepartmentEvaluationDetail detail)
    {
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Ok(detail);
    }

    private static (long? Value, IResult? Problem) Expected(HttpContext http, long? fromBody, bool required) =>
        RowVersionHeader.Expected(http, fromBody, required, "部门整体自评");
}
