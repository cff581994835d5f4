using System.Globalization;
using System.Text;
using Jixiao.Documents.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// Writes a copy of a PDF with notes added, as a PDF incremental update (ISO 32000-1 §7.5.6): the original bytes are kept
/// unchanged and followed by the new annotation objects, the re-stated dictionaries of the pages that get notes (with
/// their /Annots extended), a new cross-reference section of the same kind as the file's own (table or stream) and a
/// trailer whose /Prev points at the original one. Nothing of the original is rewritten, so fonts, structure, outlines
/// and any earlier revision stay as they were.
/// </summary>
public static class PdfAnnotator
{
    private static readonly NameToken Annots = NameToken.Create("Annots");
    private static readonly NameToken Kids = NameToken.Create("Kids");
    private static readonly NameToken Type = NameToken.Create("Type");

    public static byte[] Annotate(byte[] original, IReadOnlyList<PdfNote> notes, string fileName = "PDF")
    {
        PdfDocument document;
        try { document = PdfDocument.Open(original, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException($"无法为“{fileName}”生成批注PDF：原文件无法解析（{ex.Message}）。");
        }
        using (document)
        {
            if (document.IsEncrypted)
                throw new DocumentReadException($"“{fileName}”是加密的PDF，无法在其上添加批注。");
            var structure = document.Structure;
            var pages = PageReferences(structure);
            var trailer = structure.Trailer;
            var next = Math.Max(trailer.Size, structure.CrossReferenceTable.ObjectOffsets.Keys.Select(k => k.ObjectNumber).DefaultIfEmpty(0).Max() + 1);
            var update = new IncrementalUpdate(original, next);

            foreach (var onPage in notes.Where(n => n.Page >= 1 && n.Page <= pages.Count).GroupBy(n => n.Page).OrderBy(g => g.Key))
            {
                var pageRef = pages[onPage.Key - 1];
                var pageDict = (DictionaryToken)((ObjectToken)structure.GetObject(pageRef)).Data;
                var annots = ExistingAnnots(structure, pageDict);
                var corner = 0;
                foreach (var note in onPage)
                {
                    var annot = update.Reserve();
                    string body;
                    if (note.Box is { } box)
                    {
                        var rect = Grow(box, 2);
                        var appearance = update.Add(SquareAppearance(rect));
                        body = SquareAnnotation(rect, pageRef, note, appearance, annot);
                    }
                    else
                    {
                        var page = document.GetPage(onPage.Key).CropBox.Bounds;
                        var y = page.Top - 28 - 24 * (corner++ % 20);
                        body = TextAnnotation(new PageBox(page.Left + 8, y, page.Left + 28, y + 20), pageRef, note, annot);
                    }
                    update.Set(annot, body);
                    annots.Add(new IndirectReferenceToken(new IndirectReference(annot, 0)));
                }
                var restated = new StringBuilder();
                PdfTokenWriter.Write(restated, pageDict.With(Annots, new ArrayToken(annots)));
                update.Replace(pageRef, restated.ToString());
            }
            return update.Finish(trailer, LastXrefOffset(original, structure.XrefOffset));
        }
    }

    /// <summary>Page object references in page order, walking /Pages › /Kids from the catalog.</summary>
    private static List<IndirectReference> PageReferences(Structure structure)
    {
        var result = new List<IndirectReference>();
        var seen = new HashSet<IndirectReference>();
        if (structure.Catalog.CatalogDictionary.Data.TryGetValue("Pages", out var root) && root is IndirectReferenceToken r)
            Walk(structure, r.Data, result, seen);
        return result;
    }

    private static void Walk(Structure structure, IndirectReference node, List<IndirectReference> pages, HashSet<IndirectReference> seen)
    {
        if (!seen.Add(node) || structure.GetObject(node).Data is not DictionaryToken dict) return;
        if (dict.TryGet(Kids, out ArrayToken kids))
        {
            foreach (var kid in kids.Data)
                if (kid is IndirectReferenceToken k) Walk(structure, k.Data, pages, seen);
        }
        else if (!dict.TryGet(Type, out NameToken type) || type.Data == "Page")
            pages.Add(node);
    }

    /// <summary>The page's annotations so far (direct array or a reference to one), kept ahead of the new ones.</summary>
    private static List<IToken> ExistingAnnots(Structure structure, DictionaryToken page)
    {
        if (!page.Data.TryGetValue("Annots", out var value)) return [];
        if (value is IndirectReferenceToken r) value = structure.GetObject(r.Data).Data;
        return value is ArrayToken a ? [.. a.Data] : [];
    }

    private static PageBox Grow(PageBox b, double by) => new(b.Left - by, b.Bottom - by, b.Right + by, b.Top + by);

    private static string Rect(PageBox b) =>
        $"[{PdfTokenWriter.Number(Math.Round(b.Left, 2))} {PdfTokenWriter.Number(Math.Round(b.Bottom, 2))} {PdfTokenWriter.Number(Math.Round(b.Right, 2))} {PdfTokenWriter.Number(Math.Round(b.Top, 2))}]";

    /// <summary>The drawn rectangle (a normal appearance), so every viewer and printer shows the same red box.</summary>
    private static byte[] SquareAppearance(PageBox rect)
    {
        const double line = 1.5;
        var w = rect.Right - rect.Left;
        var h = rect.Top - rect.Bottom;
        var content = string.Create(CultureInfo.InvariantCulture,
            $"1 0 0 RG {line} w {rect.Left + line / 2:0.##} {rect.Bottom + line / 2:0.##} {w - line:0.##} {h - line:0.##} re S");
        var dict = $"<</Type /XObject /Subtype /Form /BBox {Rect(rect)} /Length {content.Length}>>";
        return Encoding.ASCII.GetBytes($"{dict}\nstream\n{content}\nendstream");
    }

    private static string SquareAnnotation(PageBox rect, IndirectReference page, PdfNote note, int appearance, int number)
    {
        var o = new StringBuilder();
        o.Append($"<</Type /Annot /Subtype /Square /Rect {Rect(rect)} /P {page.ObjectNumber} {page.Generation} R /F 4 /C [1 0 0] /BS <</W 1.5 /S /S>>");
        o.Append($" /AP <</N {appearance} 0 R>> /NM (jixiao-{number})");
        Texts(o, note);
        return o.Append(">>").ToString();
    }

    private static string TextAnnotation(PageBox rect, IndirectReference page, PdfNote note, int number)
    {
        var o = new StringBuilder();
        o.Append($"<</Type /Annot /Subtype /Text /Rect {Rect(rect)} /P {page.ObjectNumber} {page.Generation} R /F 4 /C [1 0 0] /Name /Comment /Open false /NM (jixiao-{number})");
        Texts(o, note);
        return o.Append(">>").ToString();
    }

    private static void Texts(StringBuilder o, PdfNote note)
    {
        o.Append(" /T ");
        PdfTokenWriter.WriteText(o, note.Title);
        o.Append(" /Contents ");
        PdfTokenWriter.WriteText(o, note.Text);
    }

    /// <summary>The offset after the file's last <c>startxref</c> (what /Prev must name), else what PdfPig found.</summary>
    private static long LastXrefOffset(byte[] bytes, long parsed)
    {
        var tail = Math.Max(0, bytes.Length - 2048);
        var at = bytes.AsSpan(tail).LastIndexOf("startxref"u8);
        if (at < 0) return parsed;
        var i = tail + at + "startxref".Length;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t') i++;
        long value = 0;
        var digits = 0;
        for (; i < bytes.Length && bytes[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++) value = value * 10 + (bytes[i] - '0');
        return digits > 0 && value < bytes.Length ? value : parsed;
    }
}
