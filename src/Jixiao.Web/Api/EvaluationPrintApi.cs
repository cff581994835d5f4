using Jixiao.Data.Evaluation;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.SelfEvaluation;

namespace Jixiao.Web.Api;

/// <summary>
/// <c>GET /api/evaluations/{id}/print/{format}</c>: the filled 项目支出绩效自评表 in the 10号 layout as Excel, Word or PDF
/// (issue 18, must-hold 4). Same access as viewing the evaluation (EvaluationPolicy through the service).
/// </summary>
internal static class EvaluationPrintApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/evaluations/{evaluationId:int}/print/{format}", PrintAsync).WithName("PrintEvaluation").WithTags("绩效自评")
            .WithSummary("下载填好的项目支出绩效自评表（10号版式；format：xlsx、docx、pdf）")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
    }

    private static async Task<IResult> PrintAsync(int evaluationId, string format, HttpContext http, EvaluationService service, CancellationToken ct)
    {
        var actor = SignedInFilter.ActorOf(http);
        var detail = await service.GetAsync(actor, evaluationId, ct);
        try
        {
            var bytes = await service.PrintAsync(actor, evaluationId, format, ct);
            return TypedResults.File(bytes, FilledEvaluationPublisher.Formats[format],
                ExportFileName.Safe($"{detail.Summary.FiscalYear}年{detail.Summary.ProjectName}绩效自评表.{format.ToLowerInvariant()}"));
        }
        catch (PdfPublishException ex)
        {
            return ApiProblems.Of(StatusCodes.Status503ServiceUnavailable, ex.Message);
        }
    }
}
