using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.CrossReference;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// The objects appended to a PDF in one incremental update, and the cross-reference section and trailer that make
/// them part of the file. The new section is a table when the file's last one is a table, and a cross-reference
/// stream (uncompressed, /W [1 4 2]) when the file uses streams, as PDF 1.5+ readers expect of an update.
/// </summary>
internal sealed class IncrementalUpdate(byte[] original, long firstFreeNumber)
{
    private readonly SortedDictionary<long, (int Generation, byte[] Body)> _objects = [];
    private long _next = firstFreeNumber;

    public int Reserve() => checked((int)_next++);

    public int Add(byte[] body)
    {
        var n = Reserve();
        _objects[n] = (0, body);
        return n;
    }

    public void Set(int number, string body) => _objects[number] = (0, Encoding.ASCII.GetBytes(body));

    /// <summary>Re-states an existing object (same number and generation): the later definition wins.</summary>
    public void Replace(IndirectReference reference, string body) =>
        _objects[reference.ObjectNumber] = (reference.Generation, Encoding.ASCII.GetBytes(body));

    public byte[] Finish(TrailerDictionary trailer, long previousXref)
    {
        using var o = new MemoryStream(original.Length + 4096);
        o.Write(original);
        if (original.Length > 0 && original[^1] is not ((byte)'\n' or (byte)'\r')) o.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<long, (long Offset, int Generation)>();
        foreach (var (number, (generation, body)) in _objects)
        {
            offsets[number] = (o.Position, generation);
            Ascii(o, $"{number} {generation} obj\n");
            o.Write(body);
            Ascii(o, "\nendobj\n");
        }
        var common = new StringBuilder();
        common.Append(CultureInfo.InvariantCulture, $"/Root {trailer.Root.ObjectNumber} {trailer.Root.Generation} R");
        if (trailer.Info is { } info) { common.Append(" /Info "); PdfTokenWriter.Write(common, info); }
        if (trailer.Identifier is { Count: > 0 } id)
        {
            common.Append(" /ID [");
            foreach (var part in id) { PdfTokenWriter.Write(common, part); common.Append(' '); }
            common.Append(']');
        }
        common.Append(CultureInfo.InvariantCulture, $" /Prev {previousXref}");

        if (UsesXrefStream(previousXref)) WriteXrefStream(o, offsets, common.ToString());
        else WriteXrefTable(o, offsets, common.ToString());
        return o.ToArray();
    }

    private bool UsesXrefStream(long offset)
    {
        var i = (int)Math.Clamp(offset, 0, original.Length);
        while (i < original.Length && original[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t') i++;
        return !original.AsSpan(i).StartsWith("xref"u8);
    }

    private void WriteXrefTable(MemoryStream o, SortedDictionary<long, (long Offset, int Generation)> offsets, string common)
    {
        var start = o.Position;
        Ascii(o, "xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            Ascii(o, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
                Ascii(o, $"{offsets[n].Offset:D10} {offsets[n].Generation:D5} n\r\n");
        }
        Ascii(o, $"trailer\n<</Size {_next} {common}>>\nstartxref\n{start}\n%%EOF\n");
    }

    private void WriteXrefStream(MemoryStream o, SortedDictionary<long, (long Offset, int Generation)> offsets, string common)
    {
        var self = _next++;
        var start = o.Position;
        offsets[self] = (start, 0);
        var data = new MemoryStream();
        var index = new StringBuilder();
        foreach (var run in Runs(offsets.Keys))
        {
            index.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count} ");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                var (offset, generation) = offsets[n];
                data.WriteByte(1);
                for (var shift = 24; shift >= 0; shift -= 8) data.WriteByte((byte)((offset >> shift) & 0xFF));
                data.WriteByte((byte)((generation >> 8) & 0xFF));
                data.WriteByte((byte)(generation & 0xFF));
            }
        }
        Ascii(o, $"{self} 0 obj\n<</Type /XRef /Size {_next} /W [1 4 2] /Index [{index.ToString().TrimEnd()}] {common} /Length {data.Length}>>\nstream\n");
        o.Write(data.ToArray());
        Ascii(o, $"\nendstream\nendobj\nstartxref\n{start}\n%%EOF\n");
    }

    /// <summary>Consecutive object numbers as (first, count) subsections.</summary>
    private static IEnumerable<(long First, int Count)> Runs(IEnumerable<long> sorted)
    {
        long first = -1, count = 0;
        foreach (var n in sorted)
        {
            if (first >= 0 && n == first + count) { count++; continue; }
            if (first >= 0) yield return (first, (int)count);
            first = n;
            count = 1;
        }
        if (first >= 0) yield return (first, (int)count);
    }

    private static void Ascii(Stream o, string s) => o.Write(Encoding.ASCII.GetBytes(s));
}
