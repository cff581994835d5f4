using System.Text;
using Jixiao.Core.Review;
using Jixiao.Documents;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Sources.Pdf;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// <c>--annotate OUT.pdf</c>: the original PDF with a red box and a note per finding. A finding without a box (about
/// the document as a whole, or a part the file lacks) becomes a note icon at the top of its page, or of page 1, so the
/// annotated file carries every finding. Accepted findings are left off: they are settled.
/// </summary>
internal static class AnnotatedPdf
{
    public static bool TryWrite(FileInfo file, ImportResult result, IReadOnlyList<LocatedFinding> located, FileInfo target, TextWriter output, TextWriter error)
    {
        if (result.Source?.EncodingName != new PdfFormat().Name)
        {
            error.WriteLine($"错误：--annotate 只能用于PDF文件；“{file.Name}”不是PDF。可改用 --csv 导出审核意见表。");
            return false;
        }
        var notes = new List<PdfNote>();
        foreach (var item in located.Where(l => !l.Finding.IsAccepted))
        {
            var title = $"{item.Finding.RuleId} {item.Finding.Severity.ToChinese()}";
            var text = NoteText(item.Finding);
            if (item.Evidence.HasBox)
                notes.AddRange(item.Evidence.Areas.Select(a => new PdfNote(a.Page, a.Box, title, text)));
            else
                notes.Add(new PdfNote(item.Evidence.Page ?? 1, null, title, text));
        }
        try
        {
            var annotated = PdfAnnotator.Annotate(File.ReadAllBytes(file.FullName), notes, file.Name);
            var temp = target.FullName + ".tmp";
            File.WriteAllBytes(temp, annotated);
            File.Move(temp, target.FullName, overwrite: true);
        }
        catch (DocumentReadException ex)
        {
            error.WriteLine($"错误：{ex.Message}");
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"错误：无法写入批注PDF“{target.FullName}”：{ex.Message}");
            return false;
        }
        var boxed = notes.Count(n => n.Box is not null);
        error.WriteLine($"批注PDF已写入：{target.FullName}（红框 {boxed} 处，页首批注 {notes.Count - boxed} 条）");
        return true;
    }

    private static string NoteText(Finding f)
    {
        var o = new StringBuilder();
        o.Append(f.Message);
        if (f.Expected is not null || f.Actual is not null) o.Append($"\n应为：{f.Expected ?? "—"}；实为：{f.Actual ?? "—"}");
        if (f.Suggestion is not null) o.Append($"\n建议：{f.Suggestion}");
        o.Append($"\n依据：{f.Basis}");
        o.Append($"\n位置：{f.Where}；指纹：{f.Fingerprint}");
        return o.ToString();
    }
}
