using Jixiao.Data.ReviewProfiles;

namespace Jixiao.Web.Api;

/// <summary>
/// 审核配置 (docs/jurisdiction-profiles.md): the administrator's jurisdiction's base disclosure profile and rule overrides.
/// PUT replaces the whole profile (every override needs a reason), audits each change and re-reviews the jurisdiction's
/// documents. Other roles 403; an invalid profile 422 with a Chinese message naming the entry.
/// </summary>
internal static class ReviewProfileApi
{
    public static void Map(RouteGroupBuilder signedIn)
    {
        signedIn.MapGet("/review-profile", async (HttpContext http, ReviewProfileService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(SignedInFilter.ActorOf(http), ct)))
            .WithTags("审核配置").WithName("GetReviewProfile")
            .WithSummary("本辖区的审核配置：地区公开口径和各条规则的调整（系统管理员）")
            .WithDescription("其他角色 403。")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        signedIn.MapPut("/review-profile", async (ReviewProfileInput input, HttpContext http, ReviewProfileService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveAsync(SignedInFilter.ActorOf(http), input, ct)))
            .WithTags("审核配置").WithName("SaveReviewProfile")
            .WithSummary("保存本辖区的审核配置并重新审核本辖区全部文档（系统管理员）")
            .WithDescription("整体替换：baseProfile 为地区口径标识（如 shaanxi，空为按文档认出）；overrides 每项含 ruleId、enabled、severity（error/warning/info）、reason（必填）。"
                + "每项修改记入审计日志。其他角色 403；配置无效 422（中文说明指出哪一项）。")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
