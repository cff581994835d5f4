using Jixiao.Data.Administration;

namespace Jixiao.Web.Api;

/// <summary>辖区设置 (系统管理员): read the settings, turn 职责分离 on or off; the service checks the role and audits.</summary>
internal static class JurisdictionSettingsApi
{
    /// <summary>职责分离 on (true) or off (false).</summary>
    public sealed record SeparationInput(bool SeparateSubmitAndApprove);

    public static void Map(RouteGroupBuilder signedIn)
    {
        var settings = signedIn.MapGroup("/admin/settings").WithTags("系统管理")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        settings.MapGet("", async (JurisdictionSettingsAdministration service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(SignedInFilter.ActorOf(http), ct)))
            .WithName("GetJurisdictionSettings").WithSummary("本辖区的设置（职责分离）；非系统管理员 403");
        settings.MapPut("/separation", async (SeparationInput input, JurisdictionSettingsAdministration service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await service.SetSeparateSubmitAndApproveAsync(SignedInFilter.ActorOf(http), input.SeparateSubmitAndApprove, ct)))
            .WithName("SetSeparation").WithSummary("开启或关闭职责分离（送审人不得审核通过同一版本），记入管理操作记录；非系统管理员 403");
    }
}
