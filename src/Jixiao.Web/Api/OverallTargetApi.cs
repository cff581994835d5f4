using Jixiao.Core.Model;
using Jixiao.Data;
using Jixiao.Data.Drafting;

namespace Jixiao.Web.Api;

/// <summary>
/// 部门整体绩效目标 over REST: read it (signed in, or the public for a published document), and edit it in 草稿/被退回
/// — 总体目标, 分项目标, 工作保障措施, 资金 and its indicators (by stable key: the part has no rows) — through
/// <see cref="DocumentEditService"/>, guarded by the part's own <c>rowVersion</c> (If-Match; 428/409/422 as for
/// projects). Also 一键修正 of a finding (<c>POST /api/findings/{id}/fix</c>).
/// </summary>
internal static class OverallTargetApi
{
    /// <summary>The fields to change (null = unchanged; a list replaces the whole list) and the row version read.</summary>
    public sealed record OverallUpdate(IReadOnlyList<string>? Goals = null, IReadOnlyList<SubGoalEdit>? SubGoals = null,
        IReadOnlyList<string>? Measures = null, string? FundsTotal = null, string? FundsBasic = null, string? FundsProject = null,
        long? RowVersion = null)
    {
        public OverallEdit ToEdit() => new(Goals, SubGoals, Measures, FundsTotal, FundsBasic, FundsProject);
    }

    /// <summary>A new department-wide indicator (一级/二级 as the table writes them, may be empty; 三级指标 required).</summary>
    public sealed record OverallIndicatorCreate(string? Level1 = null, string? Level2 = null, string? Name = null, string? Nature = null,
        string? Value = null, string? Unit = null, string? Weight = null, string? Basis = null, long? RowVersion = null)
    {
        public NewOverallIndicator ToRequest() => new(Level1, Level2, new IndicatorEdit(Name ?? "", null, Nature, Value, Unit, Weight, Basis));
    }

    /// <summary>The row version of what the fix changes: the finding's indicator, or the department-wide part.</summary>
    public sealed record FixRequest(long? RowVersion = null);

    public sealed record FundsResponse(string? Total, string? Basic, string? Project);

    public sealed record OverallIndicatorResponse(string? Key, string? Level1, string? Level2, string Name, string? Nature, string? Value,
        string? Unit, string? Weight, string? Basis);

    /// <summary>The part as the API shows it: texts, funds as written, indicators with their keys, row version, findings.</summary>
    public sealed record OverallResponse(int DocumentId, int Version, long RowVersion, bool CanEdit, string? MoneyUnit,
        IReadOnlyList<string> Goals, IReadOnlyList<SubGoal> SubGoals, IReadOnlyList<string> Measures, FundsResponse? Funds,
        IReadOnlyList<OverallIndicatorResponse> Indicators, IReadOnlyList<FindingView> Findings)
    {
        public static OverallResponse Of(OverallDetail d)
        {
            ArgumentNullException.ThrowIfNull(d);
            var o = d.Overall ?? new OverallTarget();
            return new(d.DocumentId, d.Version, d.RowVersion, d.CanEdit, d.MoneyUnit?.ToChinese(), o.Goals, o.SubGoals, o.Measures,
                o.Funds is { } f ? new FundsResponse(f.Total?.Text, f.Basic?.Text, f.Project?.Text) : null,
                o.Indicators.Select(i => new OverallIndicatorResponse(i.Key, i.Level1, i.Level2, i.Name, i.Nature, i.Value,
                    i.Target is { IsMeasurable: true } t ? t.Unit : null, i.Weight?.Text, i.Basis)).ToArray(),
                d.Findings);
        }
    }

    public static void MapPublic(RouteGroupBuilder api) =>
        api.MapGet("/public/documents/{documentId:int}/overall", PublicAsync).WithTags("公开").WithName("GetPublishedOverallTarget")
            .WithSummary("已公开文档的部门整体绩效目标（不含审核意见）");

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents/{documentId:int}/overall", GetAsync).WithTags("编制").WithName("GetOverallTarget")
            .WithSummary("部门整体绩效目标：总体目标、分项目标、工作保障措施、资金、指标，及其 rowVersion 和审核意见");
        api.MapPut("/documents/{documentId:int}/overall", UpdateAsync).WithTags("编制").WithName("UpdateOverallTarget")
            .WithSummary("修改部门整体绩效目标的总体目标、分项目标、工作保障措施、资金（需部门整体的 If-Match）")
            .WithDescription("列表给出即整体替换；资金按文档单位填写，总额留空时由基本支出与项目支出相加。响应头 ETag 为部门整体新的 rowVersion。");
        api.MapPost("/documents/{documentId:int}/overall/indicators", AddIndicatorAsync).WithTags("编制").WithName("AddOverallIndicator")
            .WithSummary("添加部门整体指标（需部门整体的 If-Match）");
        api.MapPut("/documents/{documentId:int}/overall/indicators/{key}", UpdateIndicatorAsync).WithTags("编制").WithName("UpdateOverallIndicator")
            .WithSummary("修改部门整体指标的名称、指标值、单位、权重等（按指标的 key；需部门整体的 If-Match）");
        api.MapDelete("/documents/{documentId:int}/overall/indicators/{key}", DeleteIndicatorAsync).WithTags("编制").WithName("DeleteOverallIndicator")
            .WithSummary("删除部门整体指标（需部门整体的 If-Match）");
        api.MapPost("/documents/{documentId:int}/overall/indicators/{key}/move", MoveIndicatorAsync).WithTags("编制").WithName("MoveOverallIndicator")
            .WithSummary("移动部门整体指标：{ \"by\": -1 | 1 } 在其一级/二级内上移、下移，或 { level1, level2 } 移到另一二级（需部门整体的 If-Match）");
        api.MapPost("/findings/{findingId:int}/fix", FixAsync).WithTags("编制").WithName("ApplyFindingFix")
            .WithSummary("一键修正：应用审核意见所附的确切修正（需所改指标的 If-Match；部门整体上的则为部门整体的）")
            .WithDescription("只有带 fix 的审核意见可以应用（如成本指标“≥”改为“≤”）；其余返回 422。修正经同一编辑流程保存、留痕并重新审核。");
    }

    private static async Task<IResult> PublicAsync(int documentId, DepartmentWideService overall, CancellationToken ct) =>
        TypedResults.Ok(OverallResponse.Of(await overall.GetAsync(null, documentId, null, ct)));

    private static async Task<IResult> GetAsync(int documentId, int? version, HttpContext http, DepartmentWideService overall, CancellationToken ct)
    {
        var detail = await overall.GetAsync(SignedInFilter.ActorOf(http), documentId, version, ct);
        http.Response.Headers.ETag = DraftingApi.ETagOf(detail.RowVersion);
        return TypedResults.Ok(OverallResponse.Of(detail));
    }

    private static Task<IResult> UpdateAsync(int documentId, OverallUpdate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        DraftingApi.Guarded(http, body.RowVersion, "部门整体绩效目标", async v =>
            Ok(await edits.UpdateOverallAsync(SignedInFilter.ActorOf(http), documentId, body.ToEdit(), v, ct), http));

    private static Task<IResult> AddIndicatorAsync(int documentId, OverallIndicatorCreate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        DraftingApi.Guarded(http, body.RowVersion, "部门整体绩效目标", async v =>
        {
            var result = await edits.AddOverallIndicatorAsync(SignedInFilter.ActorOf(http), documentId, body.ToRequest(), v, ct);
            http.Response.Headers.ETag = DraftingApi.ETagOf(result.OverallRowVersion);
            return TypedResults.Created($"/api/documents/{documentId}/overall", result);
        });

    private static Task<IResult> UpdateIndicatorAsync(int documentId, string key, DraftingApi.IndicatorUpdate body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        DraftingApi.Guarded(http, body.RowVersion, "部门整体绩效目标", async v =>
            Ok(await edits.UpdateOverallIndicatorAsync(SignedInFilter.ActorOf(http), documentId, key, body.ToEdit(), v, ct), http));

    private static Task<IResult> DeleteIndicatorAsync(int documentId, string key, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        DraftingApi.Guarded(http, null, "部门整体绩效目标", async v =>
            Ok(await edits.DeleteOverallIndicatorAsync(SignedInFilter.ActorOf(http), documentId, key, v, ct), http));

    private static Task<IResult> MoveIndicatorAsync(int documentId, string key, DraftingApi.IndicatorMoveRequest body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        DraftingApi.Guarded(http, body.RowVersion, "部门整体绩效目标", async v =>
            Ok(await edits.MoveOverallIndicatorAsync(SignedInFilter.ActorOf(http), documentId, key, new IndicatorMove(body.By, body.Level1, body.Level2), v, ct), http));

    private static Task<IResult> FixAsync(int findingId, FixRequest? body, HttpContext http, DocumentEditService edits, CancellationToken ct) =>
        DraftingApi.Guarded(http, body?.RowVersion, "所改指标", async v =>
        {
            var result = await edits.ApplyFixAsync(SignedInFilter.ActorOf(http), findingId, v, ct);
            http.Response.Headers.ETag = DraftingApi.ETagOf(result.Indicator?.RowVersion ?? result.OverallRowVersion);
            return TypedResults.Ok(result);
        });

    private static IResult Ok(DraftEditResult result, HttpContext http)
    {
        http.Response.Headers.ETag = DraftingApi.ETagOf(result.OverallRowVersion);
        return TypedResults.Ok(result);
    }
}
