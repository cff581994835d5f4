using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Publishing.Html;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Web.Api;

/// <summary>
/// One format the official document (部门预算绩效目标) can be downloaded in: the name in the URL, the file extension,
/// the content type, the Chinese label the pages show and the publisher that writes it.
/// </summary>
internal sealed record ExportFormat(string Name, string Label, string ContentType, Action<TargetDocument, Stream> Write)
{
    public string Extension => "." + Name;
}

/// <summary>
/// The download formats (下载), the same four publishers the command line uses (<c>jixiao publish --to</c>), so a
/// file downloaded from the web is the file the CLI writes.
/// </summary>
internal static class ExportFormats
{
    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("docx", "Word（.docx）", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxPublisher.Write),
        new("pdf", "PDF", "application/pdf", PdfPublisher.Write),
        new("xlsx", "Excel（.xlsx）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxPublisher.Write),
        new("html", "网页（.html）", "text/html; charset=utf-8", HtmlPublisher.Write),
    ];

    /// <summary>The format named in the URL (case-insensitive), or null.</summary>
    public static ExportFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The refusal of an unknown format: says what was asked and which formats exist.</summary>
    public static string UnknownMessage(string? name) =>
        $"不支持的下载格式“{name}”。可用的格式：{string.Join("、", All.Select(f => f.Name))}（{string.Join("、", All.Select(f => f.Label))}）。";
}
