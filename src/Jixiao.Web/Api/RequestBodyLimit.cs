using Microsoft.AspNetCore.Http.Metadata;

namespace Jixiao.Web.Api;

/// <summary>
/// An endpoint's own request body limit. Routing applies it before the body is read, so Kestrel's server-wide limit
/// (as large as the largest upload) is lowered for the JSON calls and kept for the import alone.
/// </summary>
internal sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata
{
    public static TBuilder Apply<TBuilder>(TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(bytes));
}
