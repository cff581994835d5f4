namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// A horizontal or vertical table border on a page (points, origin bottom-left). For a horizontal ruling
/// <see cref="Position"/> is its y and <see cref="From"/>–<see cref="To"/> its x extent; for a vertical one the
/// other way round.
/// </summary>
internal readonly record struct Ruling(bool Horizontal, double Position, double From, double To)
{
    public double Length => To - From;

    /// <summary>How much of [<paramref name="from"/>, <paramref name="to"/>] this ruling covers (0–1).</summary>
    public double Coverage(double from, double to)
    {
        var span = to - from;
        if (span <= 0) return 0;
        var overlap = Math.Min(To, to) - Math.Max(From, from);
        return overlap <= 0 ? 0 : overlap / span;
    }
}
