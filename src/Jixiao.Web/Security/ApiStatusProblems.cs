using Jixiao.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Security;

/// <summary>
/// Every 4xx/5xx of <c>/api</c> is problem+json with a Chinese title and detail: refusals the framework answers with
/// an empty body (a query parameter of the wrong type, an unknown path, a wrong method or content type) get one here,
/// and the framework's own problem details (its English titles) are given the Chinese ones.
/// </summary>
internal static class ApiStatusProblems
{
    public static void Customize(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not int status) return;
        if (!HasChinese(problem.Title)) problem.Title = ApiProblems.TitleOf(status);
        if (!HasChinese(problem.Detail)) problem.Detail = DetailOf(status);
    };

    /// <summary>After the endpoint: an API error status with nothing written gets its problem+json.</summary>
    public static IApplicationBuilder UseApiStatusProblems(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        await next(http);
        var response = http.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength > 0 || response.ContentType is not null) return;
        if (!http.Request.Path.StartsWithSegments("/api")) return;
        var detail = response.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLargeDetail(http) : DetailOf(response.StatusCode);
        var problem = new ProblemDetails { Status = response.StatusCode, Title = ApiProblems.TitleOf(response.StatusCode), Detail = detail };
        await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    });

    public static string DetailOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求参数或请求体的格式不正确（例如数字参数写成了文字），请检查后重试。",
        StatusCodes.Status401Unauthorized => "请先登录（POST /api/session）再调用此接口。",
        StatusCodes.Status403Forbidden => "当前用户无权调用此接口。",
        StatusCodes.Status404NotFound => "没有这个接口或资源，请检查地址。",
        StatusCodes.Status405MethodNotAllowed => "此接口不支持该请求方法（GET/POST/PUT/DELETE），请查看 /openapi/v1.json。",
        StatusCodes.Status413PayloadTooLarge => "上传内容超过允许的大小。",
        StatusCodes.Status415UnsupportedMediaType => "请求体的格式不受支持（JSON 接口须为 application/json）。",
        >= 500 => "服务器无法完成此请求，请稍后重试或联系系统管理员。",
        _ => "请求未能完成。",
    };

    /// <summary>
    /// A body over the endpoint's limit, refused by the server before it was read (a JSON call over
    /// <c>Jixiao:Limits:JsonBodyKilobytes</c>): says which limit, so a client knows what to shorten.
    /// </summary>
    private static string TooLargeDetail(HttpContext http)
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is not long bytes) return DetailOf(StatusCodes.Status413PayloadTooLarge);
        var size = bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
        return $"请求体超过此接口 {size} 的上限，未处理，也没有保存任何内容。请缩短所填的文字（单个字段的字数上限见 docs/limits.md）后重试。";
    }

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
