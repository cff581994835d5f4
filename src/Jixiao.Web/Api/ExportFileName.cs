using System.Globalization;
using System.Text;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Api;

/// <summary>
/// The name a downloaded document is saved under: <c>单位名称_年度_部门预算绩效目标.扩展名</c> as the cover prints them
/// (e.g. 某某市公证处_2024_部门预算绩效目标.pdf; a department's own document 承德市司法局_2024_…). The document given is
/// already the one published under its filing (<see cref="Jixiao.Documents.Publishing.PublishingBody"/>), so the name is the
/// register's unit, not the source file's department; sent as RFC 5987 <c>filename*</c> (UTF-8) with a plain ASCII
/// <c>filename</c> beside it for clients that do not read <c>filename*</c>.
/// </summary>
internal static class ExportFileName
{
    private const string Subject = "部门预算绩效目标";

    /// <summary>The Chinese file name; parts the document does not state (body, year) are left out.</summary>
    public static string Of(TargetDocument document, PublishFormat format)
    {
        var parts = new List<string>(3);
        if (document.Department?.Name is { Length: > 0 } department) parts.Add(department);
        if (document.FiscalYear is int year) parts.Add(year.ToString(CultureInfo.InvariantCulture));
        parts.Add(Subject);
        return Safe(string.Join("_", parts)) + format.Extension;
    }

    /// <summary>The ASCII fallback, e.g. <c>jixiao-document-12-2024.pdf</c>.</summary>
    public static string AsciiOf(int documentId, TargetDocument document, PublishFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"jixiao-document-{documentId}")
        + (document.FiscalYear is int year ? string.Create(CultureInfo.InvariantCulture, $"-{year}") : "")
        + format.Extension;

    /// <summary>The Content-Disposition header value: attachment, both names.</summary>
    public static string Header(int documentId, TargetDocument document, PublishFormat format)
    {
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = AsciiOf(documentId, document, format),
            FileNameStar = Of(document, format),
        };
        return disposition.ToString();
    }

    // A department name comes from the imported file: characters that no file system accepts (or that would make it
    // a path) become "_", so the browser saves it as given rather than renaming or refusing it. Invisible format
    // characters — bidi overrides and isolates (U+202A–202E, U+2066–2069), zero-width ones — are removed: an override
    // makes "文件\u202Efdp.exe" show as "文件exe.pdf" in the save dialog (issue 19).
    internal static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            text.Append(invalid.Contains(c) || char.IsControl(c) ? '_' : c);
        }
        return text.ToString().Trim();
    }
}
