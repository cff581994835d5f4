using System.Diagnostics;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Tests.RealDocuments;
using Jixiao.Documents.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;

namespace Jixiao.Documents.Tests.Evidence;

/// <summary>
/// The annotated PDF: an incremental update that keeps the original bytes, which PdfPig re-reads with the red boxes on
/// the right pages, qpdf accepts, and poppler draws in red inside the box.
/// </summary>
public class PdfAnnotatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-annotate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<PdfNote> NotesOf(string file) =>
        EvidenceFixtures.Findings(file).SelectMany(f => f.Evidence.HasBox
            ? f.Evidence.Areas.Select(a => new PdfNote(a.Page, a.Box, f.Finding.RuleId, f.Finding.Message))
            : [new PdfNote(f.Evidence.Page ?? 1, null, f.Finding.RuleId, f.Finding.Message)]).ToList();

    [Theory]
    [InlineData(EvidenceFixtures.WelfareHome)]
    [InlineData(RealDocs.Fuzhou)]
    public void Annotated_pdf_keeps_the_original_and_has_each_note_on_its_page(string file)
    {
        var original = EvidenceFixtures.Bytes(file);
        var notes = NotesOf(file);
        Assert.Contains(notes, n => n.Box is not null);
        var annotated = PdfAnnotator.Annotate(original, notes, file);

        Assert.True(annotated.AsSpan(0, original.Length).SequenceEqual(original), "原文件的字节应原样保留（增量更新）");
        AssertReadBack(annotated, notes);
        AssertQpdfAccepts(annotated);
    }

    [Fact]
    public void Red_box_is_drawn_inside_its_rectangle()
    {
        var file = EvidenceFixtures.WelfareHome;
        var note = NotesOf(file).First(n => n.Box is not null);
        var annotated = PdfAnnotator.Annotate(EvidenceFixtures.Bytes(file), [note], file);
        var path = Path.Combine(_dir, "a.pdf");
        File.WriteAllBytes(path, annotated);
        double pageHeight;
        using (var pdf = PdfDocument.Open(annotated)) pageHeight = pdf.GetPage(note.Page).Height;

        // At 72 dpi one pixel is one point; PDF y grows upwards, image rows downwards.
        var (width, height, rgb) = Render(path, note.Page);
        var box = note.Box!.Value;
        int Red(double x0, double x1, double y0, double y1)
        {
            var n = 0;
            for (var y = (int)(pageHeight - y1); y <= (int)(pageHeight - y0); y++)
                for (var x = (int)x0; x <= (int)x1; x++)
                {
                    if (x < 0 || y < 0 || x >= width || y >= height) continue;
                    var i = (y * width + x) * 3;
                    if (rgb[i] > 180 && rgb[i + 1] < 90 && rgb[i + 2] < 90) n++;
                }
            return n;
        }
        // The left edge of the box (grown by 2 pt) is red; the page far outside it is not.
        Assert.True(Red(box.Left - 4, box.Left + 1, box.Bottom, box.Top) > 3, "框的左边应有红色像素");
        var unannotated = Path.Combine(_dir, "o.pdf");
        File.WriteAllBytes(unannotated, EvidenceFixtures.Bytes(file));
        var (w0, _, rgb0) = Render(unannotated, note.Page);
        var before = 0;
        for (var i = 0; i < rgb0.Length; i += 3) if (rgb0[i] > 180 && rgb0[i + 1] < 90 && rgb0[i + 2] < 90) before++;
        Assert.True(before < 3, $"原页面本来就有 {before} 个红色像素，测试无法区分");
        Assert.Equal(w0, width);
    }

    [Fact]
    public void A_file_with_a_cross_reference_stream_gets_an_update_of_the_same_kind()
    {
        var source = Path.Combine(_dir, "in.pdf");
        var compressed = Path.Combine(_dir, "objstm.pdf");
        File.WriteAllBytes(source, EvidenceFixtures.Bytes(EvidenceFixtures.WelfareHome));
        Run("qpdf", $"--object-streams=generate \"{source}\" \"{compressed}\"");
        var notes = NotesOf(EvidenceFixtures.WelfareHome);
        var annotated = PdfAnnotator.Annotate(File.ReadAllBytes(compressed), notes);
        var tail = System.Text.Encoding.ASCII.GetString(annotated, annotated.Length - 400, 400);
        Assert.Contains("endstream", tail, StringComparison.Ordinal);
        Assert.DoesNotContain("trailer", tail, StringComparison.Ordinal);
        AssertReadBack(annotated, notes);
        AssertQpdfAccepts(annotated);
    }

    [Fact]
    public void Annotating_twice_keeps_the_first_notes()
    {
        var file = EvidenceFixtures.WelfareHome;
        var notes = NotesOf(file);
        var once = PdfAnnotator.Annotate(EvidenceFixtures.Bytes(file), notes.Take(1).ToList());
        var twice = PdfAnnotator.Annotate(once, notes.Skip(1).ToList());
        AssertReadBack(twice, notes);
        AssertQpdfAccepts(twice);
    }

    private static void AssertReadBack(byte[] annotated, IReadOnlyList<PdfNote> notes)
    {
        using var pdf = PdfDocument.Open(annotated);
        foreach (var onPage in notes.GroupBy(n => n.Page))
        {
            var annotations = pdf.GetPage(onPage.Key).GetAnnotations().ToList();
            foreach (var note in onPage)
            {
                var match = annotations.Where(a => a.Content == note.Text).ToList();
                Assert.True(match.Count > 0, $"第{note.Page}页缺少批注“{note.Text}”");
                if (note.Box is { } box)
                {
                    var square = Assert.Single(match, a => a.Type == AnnotationType.Square &&
                        Math.Abs(a.Rectangle.Left - (box.Left - 2)) < 0.02 && Math.Abs(a.Rectangle.Top - (box.Top + 2)) < 0.02);
                    Assert.InRange(square.Rectangle.Bottom, box.Bottom - 2.02, box.Bottom - 1.98);
                    Assert.InRange(square.Rectangle.Right, box.Right + 1.98, box.Right + 2.02);
                    Assert.True(square.HasNormalAppearance);
                }
                else
                    Assert.Contains(match, a => a.Type == AnnotationType.Text);
            }
        }
    }

    private void AssertQpdfAccepts(byte[] annotated)
    {
        var path = Path.Combine(_dir, $"check-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, annotated);
        var (code, output) = Run("qpdf", $"--check \"{path}\"", allowFailure: true);
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }

    private (int Width, int Height, byte[] Rgb) Render(string pdf, int page)
    {
        var prefix = Path.Combine(_dir, Path.GetFileNameWithoutExtension(pdf) + "-r");
        Run("pdftoppm", $"-r 72 -f {page} -l {page} -singlefile \"{pdf}\" \"{prefix}\"");
        var bytes = File.ReadAllBytes(prefix + ".ppm");
        // Binary PPM: "P6" width height maxval, each separated by one whitespace, then RGB bytes.
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at])) at++;
            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, at - start));
        }
        at++;
        return (int.Parse(fields[1]), int.Parse(fields[2]), bytes[at..]);
    }

    private static (int Code, string Output) Run(string tool, string arguments, bool allowFailure = false)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (!allowFailure && process.ExitCode != 0) Assert.Fail($"{tool} {arguments} 失败：{output}");
        return (process.ExitCode, output);
    }
}
