using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>
/// The API's refusals as problem+json: <c>title</c> names the kind in Chinese, <c>detail</c> is the store's Chinese
/// message that says where and what. One table maps the store's exceptions to status codes.
/// </summary>
internal static class ApiProblems
{
    public static int StatusOf(JixiaoException exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        AccessDeniedException => StatusCodes.Status403Forbidden,
        Data.Limits.LimitExceededException { TryLater: true } => StatusCodes.Status429TooManyRequests,
        ConcurrencyConflictException or WorkflowException or DocumentExistsException or ImportConfirmationRequiredException => StatusCodes.Status409Conflict,
        // ImportRejectedException and every other refusal of the input itself (a missing reason, a bad filter).
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status401Unauthorized => "需要登录",
        StatusCodes.Status403Forbidden => "无权执行此操作",
        StatusCodes.Status404NotFound => "未找到",
        StatusCodes.Status405MethodNotAllowed => "请求方法不支持",
        StatusCodes.Status409Conflict => "操作冲突",
        StatusCodes.Status413PayloadTooLarge => "上传内容过大",
        StatusCodes.Status415UnsupportedMediaType => "请求格式不支持",
        StatusCodes.Status422UnprocessableEntity => "无法处理",
        StatusCodes.Status428PreconditionRequired => "缺少版本号",
        StatusCodes.Status429TooManyRequests => "请求过于频繁",
        StatusCodes.Status500InternalServerError => "服务器无法完成",
        _ => "请求失败",
    };

    public static ProblemHttpResult Of(JixiaoException exception) => Of(StatusOf(exception), exception.Message);

    public static ProblemHttpResult Of(int status, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = TitleOf(status), Detail = detail });
}
