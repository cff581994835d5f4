using Jixiao.Data;
using Jixiao.Data.Drafting;

namespace Jixiao.Web.Api;

/// <summary>
/// 修改项目表头: PUT /api/projects/{id} with the project's rowVersion in If-Match (or the body), as an indicator edit;
/// 409 when someone saved the project in between, 422 with the field and the reason when a value is refused.
/// </summary>
internal static class ProjectEditApi
{
    /// <summary>The fields to change (null = unchanged, "" = clear) and, unless sent as If-Match, the row version read.</summary>
    public sealed record ProjectUpdate(string? Code = null, string? Name = null, string? Category = null, string? Supervisor = null,
        string? Implementer = null, string? Owner = null, string? Phone = null, string? Total = null, string? Fiscal = null,
        string? Other = null, string? Purpose = null, IReadOnlyList<SpendingPlanEntry>? SpendingPlan = null,
        IReadOnlyList<string>? Goals = null, long? RowVersion = null)
    {
        public ProjectEdit ToEdit() => new(Code, Name, Category, Supervisor, Implementer, Owner, Phone, Total, Fiscal, Other, Purpose, SpendingPlan, Goals);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/projects/{projectId:int}", UpdateAsync).WithTags("项目").WithName("UpdateProject")
            .WithSummary("修改项目表头（编码、名称、类别、主管部门、实施单位、负责人、电话、资金、用途、资金支出计划、年度绩效目标；需 If-Match）")
            .WithDescription("金额按文档单位（万元或元）填写；资金总额留空时由财政资金与其他资金相加。返回保存后的项目和重新审核后的审核意见；" +
                "响应头 ETag 为新的 rowVersion。");

    private static async Task<IResult> UpdateAsync(int projectId, ProjectUpdate update, HttpContext http, ProjectEditService service, CancellationToken ct)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        long expected;
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (IndicatorsApi.ParseRowVersion(ifMatch) is not long fromHeader)
                return ApiProblems.Of(StatusCodes.Status400BadRequest, $"If-Match 的值“{ifMatch}”不是项目的 rowVersion（应为一个整数，可加引号）。");
            if (update.RowVersion is long fromBody && fromBody != fromHeader)
                return ApiProblems.Of(StatusCodes.Status400BadRequest, "If-Match 与请求体中的 rowVersion 不一致。");
            expected = fromHeader;
        }
        else if (update.RowVersion is long fromBody)
        {
            expected = fromBody;
        }
        else
        {
            return ApiProblems.Of(StatusCodes.Status428PreconditionRequired,
                "请在 If-Match 请求头或请求体 rowVersion 中提供读取时的项目版本号，以免覆盖他人的修改。");
        }
        var result = await service.UpdateAsync(SignedInFilter.ActorOf(http), projectId, update.ToEdit(), expected, ct);
        http.Response.Headers.ETag = IndicatorsApi.ETagOf(result.RowVersion);
        return TypedResults.Ok(result);
    }
}
