using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>One project (项目) with its indicators and findings.</summary>
internal static class ProjectsApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/projects/{projectId:int}", GetAsync).WithTags("项目").WithName("GetProject")
            .WithSummary("项目及其绩效指标、绩效目标和审核意见（含是否可编辑）");

    private static async Task<Ok<ProjectResponse>> GetAsync(int projectId, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(ProjectResponse.Of(await store.GetProjectAsync(SignedInFilter.ActorOf(http), projectId, ct)));
}
