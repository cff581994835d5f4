using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.Drafting;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Api;

/// <summary>
/// 编制 over REST: every edit of a draft (header fields, indicator fields, adding, deleting and moving projects and
/// indicators) is one call into <see cref="DocumentEditService"/>, guarded by the row version the client read — in
/// <c>If-Match</c>, or <c>rowVersion</c> in the body — so nothing is written over someone else's save: 428 without it,
/// 409 when it is stale, 422 with the field and the reason when a value is refused, 404/403 as for reading. The new
/// row version comes back as <c>ETag</c>. Values are stored as the text sent (markup stays text; JSON escapes it).
/// </summary>
internal static class DraftingApi
{
    /// <summary>The fields to change (null = unchanged, "" = clear) and, unless sent as If-Match, the row version read.</summary>
    public sealed record ProjectUpdate(string? Code = null, string? Name = null, string? Category = null, string? Supervisor = null,
        string? Implementer = null, string? Owner = null, string? Phone = null, string? Total = null, string? Fiscal = null,
        string? Other = null, string? Purpose = null, IReadOnlyList<SpendingPlanEntry>? SpendingPlan = null,
        IReadOnlyList<string>? Goals = null, long? RowVersion = null)
    {
        public ProjectEdit ToEdit() => new(Code, Name, Category, Supervisor, Implementer, Owner, Phone, Total, Fiscal, Other, Purpose, SpendingPlan, Goals);
    }

    /// <summary>The fields to change (null = unchanged) and, unless sent as If-Match, the row version read.</summary>
    public sealed record IndicatorUpdate(string? Name = null, string? Description = null, string? Nature = null, string? Value = null,
        string? Unit = null, string? Weight = null, string? Basis = null, long? RowVersion = null)
    {
        public IndicatorEdit ToEdit() => new(Name, Description, Nature, Value, Unit, Weight, Basis);
    }

    /// <summary>A new indicator under 一级/二级 of the document's frame; the project's row version unless in If-Match.</summary>
    public sealed record IndicatorCreate(string Level1, string Level2, string? Name = null, string? Description = null, string? Nature = null,
        string? Value = null, string? Unit = null, string? Weight = null, string? Basis = null, long? RowVersion = null)
    {
        public NewIndicator ToRequest() => new(Level1, Level2, new IndicatorEdit(Name ?? "", Description, Nature, Value, Unit, Weight, Basis));
    }

    /// <summary>上移 (by −1) / 下移 (by 1) within the 二级, or to another 一级/二级 of the frame.</summary>
    public sealed record IndicatorMoveRequest(int? By = null, string? Level1 = null, string? Level2 = null, long? RowVersion = null);

    /// <summary>The 1-based position to move a project to.</summary>
    public sealed record ProjectMoveRequest(int Position, long? RowVersion = null);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/documents/{documentId:int}/projects", AddProjectAsync).WithTags("编制").WithName("AddProject")
            .WithSummary("添加项目（排在最后；需文档的 If-Match）")
            .WithDescription("请求体同修改项目表头，项目名称必填。返回新项目、文档的新 rowVersion 和各项目刷新后的错误/警告数。");
        api.MapPut("/projects/{projectId:int}", UpdateProjectAsync).WithTags("编制").WithName("UpdateProject")
            .WithSummary("修改项目表头（编码、名称、类别、主管部门、实施单位、负责人、电话、资金、用途、资金支出计划、年度绩效目标；需 If-Match）")
            .WithDescription("金额按文档单位（万元或元）填写；资金总额留空时由财政资金与其他资金相加。返回保存后的项目和重新审核后的审核意见；" +
                "响应头 ETag 为新的 rowVersion。");
        api.MapDelete("/projects/{projectId:int}", DeleteProjectAsync).WithTags("编制").WithName("DeleteProject")
            .WithSummary("删除项目（需项目的 If-Match；已冻结的历史版本仍保留该项目）");
        api.MapPost("/projects/{projectId:int}/move", MoveProjectAsync).WithTags("编制").WithName("MoveProject")
            .WithSummary("移动项目到第 position 个位置（上移/下移；需项目的 If-Match）");
        api.MapPost("/projects/{projectId:int}/indicators", AddIndicatorAsync).WithTags("编制").WithName("AddIndicator")
            .WithSummary("在指定一级/二级指标下添加三级指标（按文档所用的指标框架；需项目的 If-Match）");
        api.MapPut("/indicators/{indicatorId:int}", UpdateIndicatorAsync).WithTags("编制").WithName("UpdateIndicator")
            .WithSummary("修改绩效指标（需 If-Match 或 rowVersion；冲突时 409）")
            .WithDescription("返回修改后的指标和项目重新审核后的审核意见；响应头 ETag 为新的 rowVersion。");
        api.MapDelete("/indicators/{indicatorId:int}", DeleteIndicatorAsync).WithTags("编制").WithName("DeleteIndicator")
            .WithSummary("删除绩效指标（需指标的 If-Match）");
        api.MapPost("/indicators/{indicatorId:int}/move", MoveIndicatorAsync).WithTags("编制").WithName("MoveIndicator")
            .WithSummary("在二级指标内上移/下移（by = -1/1），或移到另一个一级/二级指标（需指标的 If-Match）");
        api.MapGet("/documents/{documentId:int}/indicator-frame", FrameAsync).WithTags("编制").WithName("GetIndicatorFrame")
            .WithSummary("文档所用的指标框架：可添加指标的一级、二级指标");
    }

    private static Task<IResult> AddProjectAsync(int documentId, ProjectUpdate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, body.RowVersion, "文档", async v => Created(await edits.AddProjectAsync(SignedInFilter.ActorOf(http), documentId, body.ToEdit(), v, ct), http));

    private static Task<IResult> UpdateProjectAsync(int projectId, ProjectUpdate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, body.RowVersion, "项目", async v =>
        {
            var result = await edits.UpdateProjectAsync(SignedInFilter.ActorOf(http), projectId, body.ToEdit(), v, ct);
            http.Response.Headers.ETag = ETagOf(result.RowVersion);
            return TypedResults.Ok(result);
        });

    private static Task<IResult> DeleteProjectAsync(int projectId, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, null, "项目", async v => TypedResults.Ok(await edits.DeleteProjectAsync(SignedInFilter.ActorOf(http), projectId, v, ct)));

    private static Task<IResult> MoveProjectAsync(int projectId, ProjectMoveRequest body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, body.RowVersion, "项目", async v => Ok(await edits.MoveProjectAsync(SignedInFilter.ActorOf(http), projectId, body.Position, v, ct), http));

    private static Task<IResult> AddIndicatorAsync(int projectId, IndicatorCreate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, body.RowVersion, "项目", async v => Created(await edits.AddIndicatorAsync(SignedInFilter.ActorOf(http), projectId, body.ToRequest(), v, ct), http));

    private static Task<IResult> UpdateIndicatorAsync(int indicatorId, IndicatorUpdate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, body.RowVersion, "指标", async v =>
        {
            var result = await edits.UpdateIndicatorAsync(SignedInFilter.ActorOf(http), indicatorId, body.ToEdit(), v, ct);
            http.Response.Headers.ETag = ETagOf(result.Row.RowVersion);
            return TypedResults.Ok(result);
        });

    private static Task<IResult> DeleteIndicatorAsync(int indicatorId, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, null, "指标", async v => TypedResults.Ok(await edits.DeleteIndicatorAsync(SignedInFilter.ActorOf(http), indicatorId, v, ct)));

    private static Task<IResult> MoveIndicatorAsync(int indicatorId, IndicatorMoveRequest body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        Guarded(http, body.RowVersion, "指标", async v =>
        {
            var result = await edits.MoveIndicatorAsync(SignedInFilter.ActorOf(http), indicatorId, new IndicatorMove(body.By, body.Level1, body.Level2), v, ct);
            if (result.Indicator is { } row) http.Response.Headers.ETag = ETagOf(row.RowVersion);
            return TypedResults.Ok(result);
        });

    private static async Task<IResult> FrameAsync(int documentId, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        TypedResults.Ok(await edits.FrameAsync(SignedInFilter.ActorOf(http), documentId, ct));

    /// <summary>201 with the new project's (or indicator's) address and its row version as ETag.</summary>
    private static IResult Created(DraftEditResult result, HttpContext http)
    {
        var location = result.Indicator is { } i ? $"/api/projects/{result.Project!.Id}#indicator-{i.Id}" : $"/api/projects/{result.Project!.Id}";
        http.Response.Headers.ETag = ETagOf(result.Indicator?.RowVersion ?? result.ProjectRowVersion ?? result.DocumentRowVersion);
        return TypedResults.Created(location, result);
    }

    private static IResult Ok(DraftEditResult result, HttpContext http)
    {
        if (result.ProjectRowVersion is long v) http.Response.Headers.ETag = ETagOf(v);
        return TypedResults.Ok(result);
    }

    /// <summary>The row version read, from If-Match or the body (they must agree); 428 when neither gives it.</summary>
    internal static async Task<IResult> Guarded(HttpContext http, long? fromBody, string noun, Func<long, Task<IResult>> run)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (ParseRowVersion(ifMatch) is not long fromHeader)
                return ApiProblems.Of(StatusCodes.Status400BadRequest, $"If-Match 的值“{ifMatch}”不是{noun}的 rowVersion（应为一个整数，可加引号）。");
            if (fromBody is long b && b != fromHeader)
                return ApiProblems.Of(StatusCodes.Status400BadRequest, "If-Match 与请求体中的 rowVersion 不一致。");
            return await run(fromHeader);
        }
        if (fromBody is long body) return await run(body);
        return ApiProblems.Of(StatusCodes.Status428PreconditionRequired,
            $"请在 If-Match 请求头或请求体 rowVersion 中提供读取时的{noun}版本号，以免覆盖他人的修改。");
    }

    public static string ETagOf(long rowVersion) => "\"" + rowVersion.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Accepts <c>"7"</c>, <c>W/"7"</c> and a bare <c>7</c> (what a hand-written client sends).</summary>
    internal static long? ParseRowVersion(string header)
    {
        var text = header.Trim();
        if (EntityTagHeaderValue.TryParse(text, out var tag)) text = tag.Tag.ToString().Trim('"');
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
