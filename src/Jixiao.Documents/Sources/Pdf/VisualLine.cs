using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Glyphs that share a baseline, left to right: one printed line of a page or of a table cell. Its text is built
/// by <see cref="LineText"/>.
/// </summary>
internal sealed class VisualLine(double baseline, double size)
{
    public double Baseline { get; private set; } = baseline;
    public double Size { get; private set; } = size;
    public List<Glyph> Glyphs { get; } = [];

    /// <summary>Left edge of the first drawn character (space glyphs, which some producers draw at line ends, do not count).</summary>
    public double Left { get; private set; } = double.MaxValue;

    /// <summary>Right edge of the last drawn character.</summary>
    public double Right { get; private set; } = double.MinValue;

    public PageBox Box
    {
        get
        {
            double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
            foreach (var g in Glyphs)
            {
                if (g.IsSpace) continue;
                left = Math.Min(left, g.Left);
                right = Math.Max(right, g.Right);
                bottom = Math.Min(bottom, g.Bottom);
                top = Math.Max(top, g.Top);
            }
            return new PageBox(Round(left), Round(bottom), Round(right), Round(top));
        }
    }

    internal static double Round(double v) => Math.Round(v, 2);

    public void Add(Glyph glyph)
    {
        Glyphs.Add(glyph);
        if (glyph.IsSpace) return;
        if (glyph.Size > Size) Size = glyph.Size;
        Left = Math.Min(Left, glyph.Left);
        Right = Math.Max(Right, glyph.Right);
    }

    /// <summary>
    /// Clusters glyphs into lines, top to bottom. A glyph joins a line when its baseline is within 0.35 of the
    /// larger font size of that line's baseline: CJK glyphs of one line share a baseline exactly, and a superscript
    /// or a mixed-size run stays within that band while the next line (line spacing ≥ 1 em) does not.
    /// </summary>
    public static List<VisualLine> Cluster(List<Glyph> glyphs)
    {
        var lines = new List<VisualLine>();
        if (glyphs.Count == 0) return lines;
        glyphs.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        VisualLine? current = null;
        foreach (var g in glyphs)
        {
            if (current is not null && Math.Abs(current.Baseline - g.Baseline) <= 0.35 * Math.Max(current.Size, g.Size))
            {
                current.Add(g);
                continue;
            }
            current = new VisualLine(g.Baseline, g.IsSpace ? 0 : g.Size);
            current.Add(g);
            lines.Add(current);
        }
        foreach (var line in lines)
        {
            line.Glyphs.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            if (line.Size <= 0) line.Size = line.Glyphs.Max(g => g.Size);
        }
        lines.RemoveAll(l => l.Glyphs.TrueForAll(g => g.IsSpace));
        return lines;
    }
}
