using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Collects the table borders of a page from its vector paths: stroked straight segments that are horizontal or
/// vertical, and filled rectangles thin enough to be a border (Word and LibreOffice draw borders either way).
/// Collinear pieces that touch are merged, so a border drawn cell by cell becomes one ruling.
/// </summary>
internal static class PageRulings
{
    /// <summary>Thicker than this (points) a filled rectangle is shading, not a border.</summary>
    private const double MaxBorderThickness = 2.5;

    /// <summary>Two borders closer than this (points) are the same line (double borders, rounding of cell widths).</summary>
    public const double Snap = 1.5;

    /// <summary>Shorter than this (points) a segment is a tick or a glyph stroke, not a border.</summary>
    private const double MinLength = 3;

    /// <summary>Pages drawn with more path segments than this are charts or vector art; their borders are not read.</summary>
    private const int MaxSegments = 60_000;

    public static (List<Ruling> Horizontal, List<Ruling> Vertical) Read(Page page)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        var segments = 0;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            if (!path.IsStroked && !path.IsFilled) continue;
            foreach (var subpath in path)
            {
                segments += subpath.Commands.Count;
                if (segments > MaxSegments) return ([], []);
                if (path.IsFilled && !path.IsStroked) AddFilled(subpath, horizontal, vertical);
                else AddStroked(subpath, horizontal, vertical);
            }
        }
        return (Merge(horizontal), Merge(vertical));
    }

    private static void AddStroked(PdfSubpath subpath, List<Ruling> horizontal, List<Ruling> vertical)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, horizontal, vertical);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, horizontal, vertical);
                    current = s;
                    break;
                default:
                    current = null;
                    break;
            }
        }
    }

    private static void AddFilled(PdfSubpath subpath, List<Ruling> horizontal, List<Ruling> vertical)
    {
        if (!OnlyStraight(subpath)) return;
        var box = subpath.GetBoundingRectangle();
        if (box is not { } r) return;
        if (r.Height <= MaxBorderThickness && r.Width >= MinLength)
            Add(horizontal, new Ruling(true, (r.Bottom + r.Top) / 2, r.Left, r.Right));
        else if (r.Width <= MaxBorderThickness && r.Height >= MinLength)
            Add(vertical, new Ruling(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
        // Larger filled rectangles are cell shading; their edges are usually also drawn as borders.
    }

    private static bool OnlyStraight(PdfSubpath subpath)
    {
        foreach (var command in subpath.Commands)
            if (command is not (PdfSubpath.Move or PdfSubpath.Line or PdfSubpath.Close)) return false;
        return true;
    }

    private static void AddSegment(PdfPoint a, PdfPoint b, List<Ruling> horizontal, List<Ruling> vertical)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy <= 0.5 && dx >= MinLength)
            Add(horizontal, new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (dx <= 0.5 && dy >= MinLength)
            Add(vertical, new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    private static void Add(List<Ruling> into, Ruling ruling)
    {
        if (double.IsFinite(ruling.Position) && double.IsFinite(ruling.From) && double.IsFinite(ruling.To)) into.Add(ruling);
    }

    /// <summary>Merges rulings on the same line (within <see cref="Snap"/>) whose extents touch or overlap.</summary>
    private static List<Ruling> Merge(List<Ruling> rulings)
    {
        if (rulings.Count < 2) return rulings;
        rulings.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.From.CompareTo(b.From));
        // Group by position first, then merge extents within each group.
        var merged = new List<Ruling>(rulings.Count);
        var i = 0;
        var group = new List<Ruling>();
        while (i < rulings.Count)
        {
            group.Clear();
            var first = rulings[i].Position;
            while (i < rulings.Count && rulings[i].Position - first <= Snap) group.Add(rulings[i++]);
            group.Sort((a, b) => a.From.CompareTo(b.From));
            var position = group.Average(r => r.Position);
            var from = group[0].From;
            var to = group[0].To;
            for (var k = 1; k < group.Count; k++)
            {
                if (group[k].From <= to + Snap) { to = Math.Max(to, group[k].To); continue; }
                merged.Add(new Ruling(group[0].Horizontal, position, from, to));
                from = group[k].From;
                to = group[k].To;
            }
            merged.Add(new Ruling(group[0].Horizontal, position, from, to));
        }
        return merged;
    }
}
