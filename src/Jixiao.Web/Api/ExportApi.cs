using Jixiao.Core.Model;
using Jixiao.Data;
using Jixiao.Data.Exports;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Publishing;
using Jixiao.Documents.Publishing.Pdf;

namespace Jixiao.Web.Api;

/// <summary>
/// Downloading the official document (下载公开版式文件) as Word, PDF, Excel or a web page, written by the same
/// publishers as <c>jixiao publish</c>. The document is read with the store's exchange-JSON read, so who may download
/// what is exactly who may read the JSON: another unit's document answers 404 like a missing one, and the public path
/// serves published (已公开) documents only, always the current version.
/// </summary>
internal static class ExportApi
{
    private const string Description =
        "format 为 docx（Word）、pdf、xlsx（Excel）或 html（网页）；以附件下载，封面和文件名为文档所属的单位（部门本级文档为部门）：“单位名称_年度_部门预算绩效目标.扩展名”（RFC 5987 filename*）。";

    /// <summary>For a signed-in user who may read the document; any version with <c>?version=N</c>.</summary>
    public static void MapSignedIn(RouteGroupBuilder api) =>
        Describe(api.MapGet("/documents/{documentId:int}/export/{format}", ExportAsync).WithTags("文档")
            .WithName("ExportDocument").WithSummary("下载公开版式文件（Word / PDF / Excel / 网页，可指定版本）"));

    /// <summary>For anyone, published documents only.</summary>
    public static void MapPublic(RouteGroupBuilder api) =>
        Describe(api.MapGet("/public/documents/{documentId:int}/export/{format}", ExportPublishedAsync).WithTags("公开")
            .WithName("ExportPublishedDocument").WithSummary("下载已公开文档的公开版式文件（Word / PDF / Excel / 网页；未公开的为 404）"));

    private static void Describe(RouteHandlerBuilder endpoint) =>
        endpoint.WithDescription(Description)
            .Produces(StatusCodes.Status200OK, null, PublishFormats.All[0].ContentType, [.. PublishFormats.All.Skip(1).Select(f => f.ContentType)])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ExportAsync(int documentId, string format, int? version, HttpContext http, DocumentExportService exports, CancellationToken ct)
    {
        // The format is checked first: an unknown one is refused without reading (or revealing) anything.
        if (PublishFormats.Find(format) is not { } chosen) return ApiProblems.Of(StatusCodes.Status400BadRequest, PublishFormats.UnknownMessage(format, "下载格式"));
        var source = await exports.ReadAsync(SignedInFilter.ActorOf(http), documentId, version, ct);
        // A unit's documents before publication are not for shared caches or the browser's history of files.
        http.Response.Headers.CacheControl = "private, no-store";
        return Write(http, documentId, source, chosen);
    }

    private static async Task<IResult> ExportPublishedAsync(int documentId, string format, HttpContext http, DocumentExportService exports, CancellationToken ct)
    {
        if (PublishFormats.Find(format) is not { } chosen) return ApiProblems.Of(StatusCodes.Status400BadRequest, PublishFormats.UnknownMessage(format, "下载格式"));
        // Read as the public (no actor) even when signed in, and never an earlier version: those may be unpublished drafts.
        var source = await exports.ReadAsync(null, documentId, null, ct);
        return Write(http, documentId, source, chosen);
    }

    /// <summary>The body a download prints under: the register's unit (or department) the document is filed under.</summary>
    internal static PublishingBody BodyOf(FiledUnder filed) =>
        new(new Department(filed.DepartmentCode, filed.DepartmentName),
            filed.UnitName is { } unit ? new BudgetUnit(filed.UnitCode, unit) : null);

    /// <summary>
    /// Writes the file into memory and answers it. The store read has finished (its connection is back in the pool)
    /// before the publisher runs, so the ~0.3 s a PDF takes holds no database connection; the publisher is CPU work
    /// on the request's pool thread like the import's reading, and the bytes go out asynchronously.
    /// </summary>
    private static IResult Write(HttpContext http, int documentId, ExportSource source, PublishFormat format)
    {
        // The Ming face is missing: the PDF is still written (in the sans face); the operator is told what to install.
        if (format.Name == "pdf" && PdfFontChoice.Current.Warning is { } fontWarning)
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Jixiao.Web.Api.ExportApi").LogWarning("{Warning}", fontWarning);
        var body = BodyOf(source.FiledUnder);
        var document = body.ApplyTo(DocumentJsonReader.Read(source.SnapshotJson));
        // The file is written to a temporary file that deletes itself once sent, not to a growing MemoryStream copied
        // into an array: the output never sits in memory (twice), whatever the size of the document (docs/limits.md).
        var buffer = ExportBuffer.Create();
        try
        {
            format.Write(document, buffer);
            buffer.Position = 0;
        }
        catch (PdfPublishException missingFont)
        {
            buffer.Dispose();
            // The server lacks what the PDF needs (the Chinese font); the message says what to install.
            return ApiProblems.Of(StatusCodes.Status500InternalServerError, missingFont.Message);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        var headers = http.Response.Headers;
        headers.ContentDisposition = ExportFileName.Header(documentId, document, format);
        headers.XContentTypeOptions = "nosniff";
        // The web page is a download, never a page of this site: if a browser did show it here, it runs nothing.
        if (format.Name == "html") headers.ContentSecurityPolicy = "sandbox";
        // Disposed (and so deleted) by the result once the body is sent.
        return TypedResults.Stream(buffer, format.ContentType);
    }
}
