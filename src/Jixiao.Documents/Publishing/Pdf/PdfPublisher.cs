using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Layout;
using SkiaSharp;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Publishes a <see cref="TargetDocument"/> as PDF in the official layout (the same sections and tables as the Word
/// document, <see cref="PublishedDocument"/>): A4 pages, the 部门预算公开表 on landscape pages, page numbers, a 目录
/// with page numbers, ruled tables with merged cells. Text is set in an embedded subset of a TrueType Chinese font
/// (<see cref="PdfTypefaces"/>), so it can be searched, copied and extracted exactly. Throws
/// <see cref="PdfPublishException"/> (Chinese message) when the font is not installed.
/// </summary>
public static class PdfPublisher
{
    public static void Write(TargetDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(PublishedDocument.From(document), output);
    }

    /// <summary>Writes laid-out blocks (any <see cref="PublishedDocument"/>, e.g. a filled 自评表) as PDF.</summary>
    public static void Write(PublishedDocument layout, Stream output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(output);
        using var layoutFonts = new PdfFonts(PdfTypefaces.Main);
        var pages = DocumentComposer.Compose(layout, layoutFonts);
        // Embed only the glyphs used: same glyph numbers and metrics, so the layout above stays exact.
        var glyphs = new HashSet<ushort>();
        foreach (var page in pages)
            foreach (var op in page.Ops)
                if (op is TextOp text) layoutFonts.CollectGlyphs(text.Text, glyphs);
        using var subset = PdfTypefaces.Subset(glyphs);
        using var subsetFonts = subset is null ? null : new PdfFonts(subset);
        var fonts = subsetFonts ?? layoutFonts;
        // Start from Skia's defaults: a zero raster DPI or encoding quality (what a bare initializer leaves) makes Skia
        // fall back to Type 3 glyph outlines, whose text does not extract.
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = PublishedText.Clean(layout.Title);
        metadata.Creator = "Jixiao";
        metadata.Producer = "Jixiao (SkiaSharp)";
        // Skia writes to a managed stream through its own wrapper; the document is closed before the stream is used again.
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            using var rule = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var shade = new SKPaint { Color = new SKColor(0xEE, 0xEE, 0xEE), IsStroke = false };
            foreach (var page in pages)
            {
                var canvas = pdf.BeginPage(page.Geometry.Width, page.Geometry.Height);
                foreach (var op in page.Ops)
                {
                    switch (op)
                    {
                        case ShadeOp f:
                            canvas.DrawRect(f.X, f.Y, f.Width, f.Height, shade);
                            break;
                        case RuleOp r:
                            canvas.DrawLine(r.X1, r.Y1, r.X2, r.Y2, rule);
                            break;
                        case TextOp t:
                            fonts.Draw(canvas, t.Text, t.X, t.Baseline, t.Style, ink);
                            break;
                    }
                }
                pdf.EndPage();
            }
            pdf.Close();
        }
    }
}
