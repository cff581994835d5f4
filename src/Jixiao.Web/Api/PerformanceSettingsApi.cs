using Jixiao.Data.Settings;

namespace Jixiao.Web.Api;

/// <summary>
/// 绩效设置 (docs/performance-settings.md): the signed-in user's jurisdiction's monitoring and self-evaluation settings.
/// Anyone of the jurisdiction reads them; PUT (finance bureau, administrator) replaces both parts with the row version
/// read (If-Match or <c>rowVersion</c>; stale → 409), each changed field audited. Invalid → 422 naming the field.
/// </summary>
internal static class PerformanceSettingsApi
{
    public static void Map(RouteGroupBuilder signedIn)
    {
        signedIn.MapGet("/settings/performance", async (HttpContext http, PerformanceSettingsService service, CancellationToken ct) =>
            {
                var view = await service.GetAsync(SignedInFilter.ActorOf(http), ct);
                http.Response.Headers.ETag = DraftingApi.ETagOf(view.RowVersion);
                return TypedResults.Ok(view);
            })
            .WithTags("绩效设置").WithName("GetPerformanceSettings")
            .WithSummary("本辖区的绩效设置：监控月份、亮灯阈值、偏差原因；自评分值、等级和判断打分档次")
            .WithDescription("isDefault 为 true 时本辖区尚未修改，按 FORMAT.md 的默认值。");
        signedIn.MapPut("/settings/performance", async (PerformanceSettingsInput input, HttpContext http, PerformanceSettingsService service,
                CancellationToken ct) =>
            {
                if (input?.Monitoring is null || input.Evaluation is null)
                    return (IResult)ApiProblems.Of(StatusCodes.Status400BadRequest, "请求体须包含 monitoring、evaluation 和 rowVersion。");
                var ifMatch = http.Request.Headers.IfMatch.ToString();
                if (!string.IsNullOrWhiteSpace(ifMatch))
                {
                    if (DraftingApi.ParseRowVersion(ifMatch) is not long fromHeader)
                        return ApiProblems.Of(StatusCodes.Status400BadRequest, $"If-Match 的值“{ifMatch}”不是绩效设置的 rowVersion（应为一个整数，可加引号）。");
                    input = input with { RowVersion = fromHeader };
                }
                var view = await service.SaveAsync(SignedInFilter.ActorOf(http), input, ct);
                http.Response.Headers.ETag = DraftingApi.ETagOf(view.RowVersion);
                return TypedResults.Ok(view);
            })
            .WithTags("绩效设置").WithName("SavePerformanceSettings")
            .WithSummary("保存本辖区的绩效设置（财政审核人、系统管理员）")
            .WithDescription("整体替换 monitoring 与 evaluation；rowVersion（或 If-Match）为读取时的版本，已被他人修改时 409。每项修改记入审计日志。"
                + "其他角色 403；设置无效 422（中文说明指出哪一项）。")
            .Produces<PerformanceSettingsView>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
