using Jixiao.Data.Monitoring;

namespace Jixiao.Web.Api;

/// <summary>
/// 运行监控 under /api (docs/monitoring.md "In the web system"): periods the finance bureau opens, one report per
/// approved or published document and period, read lit, saved and stepped with the row version read (If-Match or body;
/// stale → 409), 整改要求/整改结果, the 136号 监控表 download and import (preview, then commit), and the overview with
/// its Excel export. Who may do what is <see cref="MonitoringPolicy"/>'s decision inside the service.
/// </summary>
internal static class MonitoringApi
{
    public sealed record OpenPeriodRequest(int FiscalYear, DateOnly Deadline, int? EndMonth = null);

    public sealed record StartRequest(int DocumentId);

    public sealed record SaveRequest(MonitoringInputs Inputs, long? RowVersion = null);

    public sealed record StepRequest(string? Note = null, long? RowVersion = null);

    /// <summary>An item (a project's execution when <see cref="IndicatorKey"/> is null, else a line) and the text.</summary>
    public sealed record RectificationRequest(string ProjectKey, string? IndicatorKey, string Text, long? RowVersion = null);

    public static void Map(RouteGroupBuilder api)
    {
        var tag = "运行监控";
        var periods = api.MapGroup("/monitoring/periods").WithTags(tag);
        periods.MapGet("", (int? fiscalYear, HttpContext http, MonitoringService service, CancellationToken ct) =>
                service.ListPeriodsAsync(SignedInFilter.ActorOf(http), fiscalYear, ct))
            .WithName("ListMonitoringPeriods").WithSummary("本辖区的监控期（可按年度筛选）");
        periods.MapPost("", OpenPeriodAsync).WithName("OpenMonitoringPeriod")
            .WithSummary("财政开启监控期：年度、截至月份（默认 7，即 1–7月；须为本辖区设置的监控月份）和报送截止日期")
            .Produces<MonitoringPeriodView>(StatusCodes.Status201Created);

        var period = periods.MapGroup("/{periodId:int}");
        period.MapGet("/documents", async (int periodId, int? page, int? pageSize, HttpContext http, MonitoringService service, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListDocumentsAsync(SignedInFilter.ActorOf(http), periodId, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListMonitoringDocuments").WithSummary("该年度已审核或已公开、本人可见的文档及其监控表").WithDescription(PagedResponse.Description);
        period.MapPost("/reports", StartAsync).WithName("StartMonitoringReport")
            .WithSummary("开始填报一个文档的监控表（documentId），按批复版本逐项预填").Produces<MonitoringReportDetail>(StatusCodes.Status201Created);
        period.MapGet("/reports", async (int periodId, int? page, int? pageSize, HttpContext http, MonitoringService service, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListReportsAsync(SignedInFilter.ActorOf(http), periodId, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListMonitoringReports").WithSummary("该监控期本人可见的监控表").WithDescription(PagedResponse.Description);
        period.MapGet("/overview", (int periodId, int? departmentId, int? page, int? pageSize, HttpContext http, MonitoringService service,
                    CancellationToken ct) =>
                service.OverviewAsync(SignedInFilter.ActorOf(http), periodId, departmentId, PagedResponse.RequestOf(page, pageSize), ct))
            .WithName("MonitoringOverview")
            .WithSummary("监控总览：各部门与全辖区亮灯数、红灯事项（page、pageSize 作用于红灯事项）、未报送与逾期、累计支出计划与实际");
        period.MapGet("/overview.xlsx", OverviewWorkbookAsync).WithName("MonitoringOverviewWorkbook")
            .WithSummary("监控总览的全部表格（Excel）");
        period.MapGet("/spending", (int periodId, int? reportId, string? projectKey, HttpContext http, MonitoringService service, CancellationToken ct) =>
                service.SpendingCurveAsync(SignedInFilter.ActorOf(http), periodId, reportId, projectKey, ct))
            .WithName("MonitoringSpending").WithSummary("累计支出计划与实际（万元）：给出 reportId 和 projectKey 为一个项目，否则为合计");

        var one = api.MapGroup("/monitoring/reports/{reportId:int}").WithTags(tag);
        one.MapGet("", GetAsync).WithName("GetMonitoringReport").WithSummary("监控表及各项目、指标的亮灯和问题（ETag 为 rowVersion）");
        one.MapPut("", SaveAsync).WithName("SaveMonitoringReport").WithSummary("保存监控表填报内容（需 If-Match 或 rowVersion；冲突时 409）");
        one.MapPost("/submit", (int reportId, StepRequest? request, HttpContext http, MonitoringService service, CancellationToken ct) =>
                StepAsync(reportId, MonitoringStep.Submit, request, http, service, ct))
            .WithName("SubmitMonitoringReport").WithSummary("报送（红灯未选偏差原因或未填纠偏措施时 422，说明是哪个项目或指标）");
        one.MapPost("/confirm", (int reportId, StepRequest? request, HttpContext http, MonitoringService service, CancellationToken ct) =>
                StepAsync(reportId, MonitoringStep.Confirm, request, http, service, ct))
            .WithName("ConfirmMonitoringReport").WithSummary("部门确认（已报送 → 已确认）");
        one.MapPost("/return", (int reportId, StepRequest? request, HttpContext http, MonitoringService service, CancellationToken ct) =>
                StepAsync(reportId, MonitoringStep.Return, request, http, service, ct))
            .WithName("ReturnMonitoringReport").WithSummary("部门退回（须填写 note；开启新版本）");
        one.MapPost("/rectification", (int reportId, RectificationRequest request, HttpContext http, MonitoringService service, CancellationToken ct) =>
                RectifyAsync(reportId, request, outcome: false, http, service, ct))
            .WithName("RequireRectification").WithSummary("财政对一个事项提出整改要求（需 If-Match 或 rowVersion）");
        one.MapPost("/rectification/result", (int reportId, RectificationRequest request, HttpContext http, MonitoringService service, CancellationToken ct) =>
                RectifyAsync(reportId, request, outcome: true, http, service, ct))
            .WithName("RecordRectification").WithSummary("财政记录一个事项的整改结果（需先有整改要求）");
        one.MapGet("/audit", async (int reportId, int? page, int? pageSize, HttpContext http, MonitoringService service, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.GetAuditAsync(SignedInFilter.ActorOf(http), reportId, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("MonitoringReportAudit").WithSummary("监控表的修改记录").WithDescription(PagedResponse.Description);
        FilledTableApi.Map(one, api, new FilledTableRoutes<MonitoringService, MonitoringImportPreview, MonitoringReportDetail>(
            "reportId", "监控表", "Monitoring",
            "下载预填的项目支出绩效目标执行监控表（136号格式，.xlsx）",
            "预览导入填好的监控表（multipart：file），逐行显示匹配结果和问题，不保存",
            "导入填好的监控表并保存（multipart：file；需 If-Match）",
            async (service, actor, id, ct) =>
            {
                var detail = await service.GetAsync(actor, id, ct);
                return (await service.TemplateAsync(actor, id, ct), $"{detail.Summary.PeriodName}{detail.Summary.UnitName}项目支出绩效目标执行监控表.xlsx");
            },
            (service, actor, id, file, ct) => service.PreviewImportAsync(actor, id, file.FileName, file.Bytes, ct),
            (service, actor, id, file, expected, ct) => service.CommitImportAsync(actor, id, file.FileName, file.Bytes, expected, ct),
            detail => detail.Summary.RowVersion));
    }

    private static async Task<IResult> OpenPeriodAsync(OpenPeriodRequest request, HttpContext http, MonitoringService service, CancellationToken ct)
    {
        if (request is null) return ApiProblems.Of(StatusCodes.Status400BadRequest, "请求体缺少 fiscalYear 和 deadline（报送截止日期）。");
        var period = await service.OpenPeriodAsync(SignedInFilter.ActorOf(http), request.FiscalYear, request.EndMonth, request.Deadline, ct);
        return TypedResults.Created($"/api/monitoring/periods/{period.Id}", period);
    }

    private static async Task<IResult> StartAsync(int periodId, StartRequest request, HttpContext http, MonitoringService service, CancellationToken ct)
    {
        if (request is null || request.DocumentId <= 0) return ApiProblems.Of(StatusCodes.Status400BadRequest, "请在 documentId 中给出要填报监控的文档编号。");
        var detail = await service.StartAsync(SignedInFilter.ActorOf(http), periodId, request.DocumentId, ct);
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Created($"/api/monitoring/reports/{detail.Summary.Id}", detail);
    }

    private static async Task<IResult> GetAsync(int reportId, HttpContext http, MonitoringService service, CancellationToken ct) =>
        Ok(http, await service.GetAsync(SignedInFilter.ActorOf(http), reportId, ct));

    private static async Task<IResult> SaveAsync(int reportId, SaveRequest request, HttpContext http, MonitoringService service, CancellationToken ct)
    {
        if (request?.Inputs is null) return ApiProblems.Of(StatusCodes.Status400BadRequest, "请求体缺少 inputs（填报内容）。");
        var (expected, problem) = Expected(http, request.RowVersion, required: true);
        if (problem is not null) return problem;
        return Ok(http, await service.SaveAsync(SignedInFilter.ActorOf(http), reportId, request.Inputs, expected!.Value, ct));
    }

    private static async Task<IResult> StepAsync(int reportId, MonitoringStep step, StepRequest? request, HttpContext http, MonitoringService service,
        CancellationToken ct)
    {
        var (expected, problem) = Expected(http, request?.RowVersion, required: false);
        if (problem is not null) return problem;
        return Ok(http, await service.TransitionAsync(SignedInFilter.ActorOf(http), reportId, step, request?.Note, expected, ct));
    }

    private static async Task<IResult> RectifyAsync(int reportId, RectificationRequest request, bool outcome, HttpContext http, MonitoringService service,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.ProjectKey)) return ApiProblems.Of(StatusCodes.Status400BadRequest, "请在 projectKey 中给出事项所属项目的键。");
        var (expected, problem) = Expected(http, request.RowVersion, required: true);
        if (problem is not null) return problem;
        var actor = SignedInFilter.ActorOf(http);
        var detail = outcome
            ? await service.RecordRectificationAsync(actor, reportId, request.ProjectKey, request.IndicatorKey, request.Text, expected!.Value, ct)
            : await service.RequireRectificationAsync(actor, reportId, request.ProjectKey, request.IndicatorKey, request.Text, expected!.Value, ct);
        return Ok(http, detail);
    }

    private static async Task<IResult> OverviewWorkbookAsync(int periodId, int? departmentId, HttpContext http, MonitoringService service, CancellationToken ct)
    {
        var bytes = await service.OverviewWorkbookAsync(SignedInFilter.ActorOf(http), periodId, departmentId, ct);
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFileName.Safe("运行监控总览.xlsx"));
    }

    private static IResult Ok(HttpContext http, MonitoringReportDetail detail)
    {
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.Summary.RowVersion);
        return TypedResults.Ok(detail);
    }

    private static (long? Value, IResult? Problem) Expected(HttpContext http, long? fromBody, bool required) =>
        RowVersionHeader.Expected(http, fromBody, required, "监控表");
}
