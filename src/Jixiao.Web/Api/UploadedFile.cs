using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Api;

/// <summary>
/// Reads one uploaded file (form field <c>file</c>) from a multipart request: size limit first (413 with a Chinese
/// message, nothing read past it), then the antiforgery token (header X-CSRF-TOKEN or form field), then the bytes.
/// Done by hand rather than by IFormFile binding so that every refusal is a Chinese problem+json, not a bare 400.
/// </summary>
internal sealed record UploadedFile(string FileName, byte[] Bytes, IFormCollection Form)
{
    public const string FileField = "file";

    /// <summary>The file, or the problem to answer with.</summary>
    public static async Task<(UploadedFile? File, IResult? Problem)> ReadAsync(HttpContext http, UploadLimits limits, CancellationToken ct)
    {
        var request = http.Request;
        if (request.ContentLength > limits.MaxRequestBytes) return (null, TooLarge(limits));
        if (!request.HasFormContentType)
            return (null, ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, "请以 multipart/form-data 上传文件（表单字段 file）。"));

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = limits.MaxRequestBytes;

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxRequestBytes }, ct);
        }
        catch (InvalidDataException)
        {
            return (null, TooLarge(limits));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limits));
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
            return (null, ApiProblems.Of(StatusCodes.Status400BadRequest,
                "防伪令牌缺失或无效：请先登录并调用 GET /api/antiforgery，在请求头 X-CSRF-TOKEN 中带上返回的令牌。"));

        var file = form.Files.GetFile(FileField);
        if (file is null) return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, "缺少上传的文件（表单字段 file）。"));
        if (file.Length > limits.MaxFileBytes) return (null, TooLarge(limits));

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
        // Only the last path segment: browsers on Windows may send the full client path.
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return (new UploadedFile(string.IsNullOrWhiteSpace(name) ? "upload" : name, buffer.ToArray(), form), null);
    }

    /// <summary>A whole-number form field, or null when absent; a problem when present but not a number.</summary>
    public (int? Value, IResult? Problem) Int(string field, string what, bool required)
    {
        var text = Form[field].ToString().Trim();
        if (text.Length == 0)
            return required ? (null, ApiProblems.Of(StatusCodes.Status400BadRequest, $"缺少表单字段 {field}（{what}）。")) : (null, null);
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, ApiProblems.Of(StatusCodes.Status400BadRequest, $"表单字段 {field}（{what}）应为整数，收到“{text}”。"));
    }

    private static IResult TooLarge(UploadLimits limits) => ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, limits.TooLargeMessage);
}
