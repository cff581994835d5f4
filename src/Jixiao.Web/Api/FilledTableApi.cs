using System.Globalization;
using Jixiao.Data.Security;

namespace Jixiao.Web.Api;

/// <summary>
/// What one filled table (自评表, 监控表) gives the shared Excel endpoints: the route value naming it, the noun for
/// messages, the endpoint names and summaries, and the service calls. See <see cref="FilledTableApi"/>.
/// </summary>
internal sealed record FilledTableRoutes<TService, TPreview, TDetail>(
    string IdName, string Noun, string NamePrefix, string TemplateSummary, string PreviewSummary, string CommitSummary,
    Func<TService, Actor?, int, CancellationToken, Task<(byte[] Bytes, string FileName)>> Template,
    Func<TService, Actor?, int, UploadedFile, CancellationToken, Task<TPreview>> Preview,
    Func<TService, Actor?, int, UploadedFile, long, CancellationToken, Task<TDetail>> Commit,
    Func<TDetail, long> RowVersionOf);

/// <summary>
/// The Excel round trip of a filled table, one implementation for the self-evaluation and the monitoring table:
/// <c>GET …/template.xlsx</c> (the official layout pre-filled), <c>POST …/import/preview</c> (multipart <c>file</c>,
/// X-CSRF-TOKEN: every row with its Chinese problems, nothing saved) and <c>POST …/import</c> (the same file saved,
/// If-Match required; ETag of the result). The upload group gets the upload body limit instead of the JSON one.
/// </summary>
internal static class FilledTableApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map<TService, TPreview, TDetail>(RouteGroupBuilder one, IEndpointRouteBuilder api,
        FilledTableRoutes<TService, TPreview, TDetail> routes) where TService : notnull
    {
        // The service is taken from the request's scope inside the handlers: a handler parameter of a generic type
        // makes the ASP.NET route-handler analyzer throw (AD0001), which the build treats as an error.
        one.MapGet("/template.xlsx", async Task<IResult> (HttpContext http, CancellationToken ct) =>
            {
                var service = http.RequestServices.GetRequiredService<TService>();
                var (bytes, fileName) = await routes.Template(service, SignedInFilter.ActorOf(http), Id(http, routes.IdName), ct);
                return TypedResults.File(bytes, Xlsx, ExportFileName.Safe(fileName));
            })
            .WithName(routes.NamePrefix + "Template").WithSummary(routes.TemplateSummary);

        var import = one.MapGroup("/import").DisableAntiforgery();
        RequestBodyLimit.Apply(import, api.ServiceProvider.GetRequiredService<UploadLimits>().MaxRequestBytes);
        import.MapPost("/preview", async Task<IResult> (HttpContext http, UploadLimits limits, CancellationToken ct) =>
            {
                var service = http.RequestServices.GetRequiredService<TService>();
                var (file, problem) = await UploadedFile.ReadAsync(http, limits, ct);
                if (file is null) return problem!;
                return TypedResults.Ok(await routes.Preview(service, SignedInFilter.ActorOf(http), Id(http, routes.IdName), file, ct));
            })
            .WithName("Preview" + routes.NamePrefix + "Import").WithSummary(routes.PreviewSummary)
            .Accepts<IFormFile>("multipart/form-data").Produces<TPreview>();
        import.MapPost("", async Task<IResult> (HttpContext http, UploadLimits limits, CancellationToken ct) =>
            {
                var service = http.RequestServices.GetRequiredService<TService>();
                var (expected, versionProblem) = RowVersionHeader.Expected(http, null, required: true, routes.Noun);
                if (versionProblem is not null) return versionProblem;
                var (file, problem) = await UploadedFile.ReadAsync(http, limits, ct);
                if (file is null) return problem!;
                var detail = await routes.Commit(service, SignedInFilter.ActorOf(http), Id(http, routes.IdName), file, expected!.Value, ct);
                http.Response.Headers.ETag = DraftingApi.ETagOf(routes.RowVersionOf(detail));
                return TypedResults.Ok(detail);
            })
            .WithName("Commit" + routes.NamePrefix + "Import").WithSummary(routes.CommitSummary)
            .Accepts<IFormFile>("multipart/form-data").Produces<TDetail>();
    }

    /// <summary>The table's id from the route (the group's <c>{…:int}</c> constraint has already checked it).</summary>
    private static int Id(HttpContext http, string name) =>
        int.Parse(Convert.ToString(http.GetRouteValue(name), CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
}
