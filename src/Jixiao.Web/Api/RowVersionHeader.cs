namespace Jixiao.Web.Api;

/// <summary>
/// The row version a client read, from If-Match or the body's <c>rowVersion</c> (they must agree): what every save of a
/// self-evaluation, a monitoring table or the settings carries so that a stale one is refused (409).
/// </summary>
internal static class RowVersionHeader
{
    /// <summary>
    /// The version, or the problem to answer with: 400 unreadable or disagreeing, 428 when <paramref name="required"/>
    /// and absent. <paramref name="noun"/> says what the version is of, for the messages (自评, 监控表).
    /// </summary>
    public static (long? Value, IResult? Problem) Expected(HttpContext http, long? fromBody, bool required, string noun)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (DraftingApi.ParseRowVersion(ifMatch) is not long fromHeader)
                return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, $"If-Match 的值“{ifMatch}”不是{noun}的 rowVersion（应为一个整数，可加引号）。"));
            if (fromBody is long b && b != fromHeader)
                return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, "If-Match 与请求体中的 rowVersion 不一致。"));
            return (fromHeader, null);
        }
        if (fromBody is long body) return (body, null);
        return required
            ? (null, ApiProblems.Of(StatusCodes.Status428PreconditionRequired, $"请在 If-Match 请求头或请求体 rowVersion 中提供读取时的{noun}版本号，以免覆盖他人的修改。"))
            : (null, null);
    }
}
