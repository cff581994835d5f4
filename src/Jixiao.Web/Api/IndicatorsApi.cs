using System.Globalization;
using Jixiao.Data;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Api;

/// <summary>
/// Editing one indicator (绩效指标) with optimistic concurrency: the client sends the rowVersion it read, in
/// <c>If-Match</c> or in the body; when someone saved in between, 409 with the store's message and nothing written.
/// Values are stored as the text sent (a value containing markup stays text; JSON encoding escapes it on the way out).
/// </summary>
internal static class IndicatorsApi
{
    /// <summary>The fields to change (null = unchanged) and, unless sent as If-Match, the row version read.</summary>
    public sealed record IndicatorUpdate(string? Name = null, string? Description = null, string? Nature = null, string? Value = null,
        string? Unit = null, string? Weight = null, string? Basis = null, long? RowVersion = null)
    {
        public IndicatorEdit ToEdit() => new(Name, Description, Nature, Value, Unit, Weight, Basis);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/indicators/{indicatorId:int}", UpdateAsync).WithTags("项目").WithName("UpdateIndicator")
            .WithSummary("修改绩效指标（需 If-Match 或 rowVersion；冲突时 409）")
            .WithDescription("返回修改后的指标和项目重新审核后的审核意见；响应头 ETag 为新的 rowVersion。");

    private static async Task<IResult> UpdateAsync(int indicatorId, IndicatorUpdate update, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        long expected;
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (ParseRowVersion(ifMatch) is not long fromHeader)
                return ApiProblems.Of(StatusCodes.Status400BadRequest, $"If-Match 的值“{ifMatch}”不是指标的 rowVersion（应为一个整数，可加引号）。");
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
                "请在 If-Match 请求头或请求体 rowVersion 中提供读取时的指标版本号，以免覆盖他人的修改。");
        }

        var result = await store.UpdateIndicatorAsync(SignedInFilter.ActorOf(http), indicatorId, update.ToEdit(), expected, ct);
        http.Response.Headers.ETag = ETagOf(result.Row.RowVersion);
        return TypedResults.Ok(result);
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
