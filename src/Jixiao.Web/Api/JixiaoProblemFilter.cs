using Jixiao.Data;

namespace Jixiao.Web.Api;

/// <summary>
/// Turns the store's refusals into problem+json (403/404/409/422). They are expected answers, not faults, so they are
/// handled here rather than logged as errors by the exception middleware.
/// </summary>
internal sealed class JixiaoProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (JixiaoException refusal)
        {
            return ApiProblems.Of(refusal);
        }
    }
}
