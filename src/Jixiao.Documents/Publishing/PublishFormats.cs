using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Publishing.Html;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Documents.Publishing;

/// <summary>
/// One format the official document (部门预算绩效目标) is published in: the name users type or link
/// (<c>--to pdf</c>, <c>/export/pdf</c>), the Chinese label, the content type and the publisher that writes it.
/// </summary>
public sealed record PublishFormat(string Name, string Label, string ContentType, Action<TargetDocument, Stream> Write)
{
    public string Extension => "." + Name;
}

/// <summary>
/// The publish formats, one list for <c>jixiao publish --to</c> and the web's downloads (下载), so both write the
/// same file and accept the same names.
/// </summary>
public static class PublishFormats
{
    public static readonly IReadOnlyList<PublishFormat> All =
    [
        new("docx", "Word（.docx）", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxPublisher.Write),
        new("pdf", "PDF", "application/pdf", PdfPublisher.Write),
        new("xlsx", "Excel（.xlsx）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxPublisher.Write),
        new("html", "网页（.html）", "text/html; charset=utf-8", HtmlPublisher.Write),
    ];

    /// <summary>The format of that name (case-insensitive, spaces ignored), or null.</summary>
    public static PublishFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The refusal of an unknown format: says what was asked and which formats exist. <paramref name="what"/> names
    /// the format as the user meets it (输出格式 on the command line, 下载格式 on the web).
    /// </summary>
    public static string UnknownMessage(string? name, string what) =>
        $"不支持的{what}“{name}”。可用的格式：{string.Join("、", All.Select(f => f.Name))}（{string.Join("、", All.Select(f => f.Label))}）。";
}
