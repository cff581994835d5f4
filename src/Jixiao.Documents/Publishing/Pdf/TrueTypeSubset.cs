using System.Buffers.Binary;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Makes a TrueType font that keeps only the outlines of the glyphs a document uses. Glyph numbers, the character
/// map and the metrics stay as they are (unused glyphs become empty outlines), so text measured with the full font
/// lays out identically and extracts through the same ToUnicode map. Skia embeds fonts whole (the SkiaSharp build
/// has no subsetter): embedding the 30 000-glyph Chinese font made every PDF 2.3 MB and spent most of the writing
/// time compressing it. Works on one face of a .ttc collection or a .ttf; returns null for anything else
/// (e.g. CFF outlines), and the caller then embeds the font whole.
/// </summary>
internal static class TrueTypeSubset
{
    private const uint Glyf = 0x676C7966, Loca = 0x6C6F6361, Head = 0x68656164, Maxp = 0x6D617870, Ttcf = 0x74746366, Post = 0x706F7374;

    /// <summary>
    /// Tables a PDF viewer does not use for a CID font drawn glyph by glyph: layout features (GSUB/GPOS/GDEF, kern —
    /// Skia places glyphs by their advances), vertical metrics, tool stamps and signatures. Dropping them keeps the
    /// embedded font small; the glyph names in 'post' (half a megabyte in WenQuanYi) go too (format 3).
    /// </summary>
    private static readonly HashSet<uint> Dropped =
    [
        Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("kern"), Tag("vhea"), Tag("vmtx"), Tag("FFTM"), Tag("DSIG"),
        Tag("hdmx"), Tag("LTSH"), Tag("VDMX"), Tag("EBDT"), Tag("EBLC"), Tag("EBSC"), Tag("JSTF"), Tag("BASE"),
    ];

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    public static byte[]? Keep(byte[] file, int faceIndex, IReadOnlySet<ushort> glyphs)
    {
        try
        {
            return Build(file, faceIndex, glyphs);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            return null; // damaged or unexpected font: embed it whole instead
        }
    }

    private static byte[]? Build(byte[] file, int faceIndex, IReadOnlySet<ushort> used)
    {
        var span = file.AsSpan();
        var header = 0;
        if (U32(span, 0) == Ttcf)
        {
            if (faceIndex >= U32(span, 8)) return null;
            header = (int)U32(span, 12 + 4 * faceIndex);
        }
        var count = U16(span, header + 4);
        var tables = new List<(uint Tag, int Offset, int Length)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = header + 12 + 16 * i;
            tables.Add((U32(span, record), (int)U32(span, record + 8), (int)U32(span, record + 12)));
        }
        var glyf = tables.Find(t => t.Tag == Glyf);
        var loca = tables.Find(t => t.Tag == Loca);
        var head = tables.Find(t => t.Tag == Head);
        var maxp = tables.Find(t => t.Tag == Maxp);
        if (glyf.Tag == 0 || loca.Tag == 0 || head.Tag == 0 || maxp.Tag == 0) return null;
        var glyphCount = U16(span, maxp.Offset + 4);
        var longLoca = U16(span, head.Offset + 50) == 1;
        var locaOffset = loca.Offset;
        int Start(int g) => longLoca ? (int)U32(file, locaOffset + 4 * g) : 2 * U16(file, locaOffset + 2 * g);

        // The glyphs to keep: .notdef, the used ones and the components of composite glyphs.
        var keep = new bool[glyphCount];
        var pending = new Stack<int>([0, .. used.Where(g => g < glyphCount).Select(g => (int)g)]);
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (keep[g]) continue;
            keep[g] = true;
            var at = glyf.Offset + Start(g);
            if (Start(g + 1) > Start(g) && unchecked((short)U16(span, at)) < 0)
                foreach (var component in Components(span, at + 10))
                    if (component < glyphCount && !keep[component]) pending.Push(component);
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (glyphCount + 1)];
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (!keep[g]) continue;
            var length = Start(g + 1) - Start(g);
            if (length <= 0) continue;
            newGlyf.Write(span.Slice(glyf.Offset + Start(g), length));
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Length);
        var newHead = span.Slice(head.Offset, head.Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);      // checkSumAdjustment: not checked by readers
        BinaryPrimitives.WriteUInt16BigEndian(newHead.AsSpan(50), 1);     // indexToLocFormat: long offsets

        tables.RemoveAll(t => Dropped.Contains(t.Tag));
        var data = tables.Select(t => t.Tag switch
        {
            Glyf => newGlyf.ToArray(),
            Loca => newLoca,
            Head => newHead,
            Post when t.Length >= 32 => PostWithoutNames(file.AsSpan(t.Offset, 32)),
            _ => file.AsSpan(t.Offset, t.Length).ToArray(),
        }).ToList();
        return Write(span.Slice(header, 4), tables.Select(t => t.Tag).ToList(), data);
    }

    /// <summary>The 'post' header as format 3: the same metrics, no glyph names.</summary>
    private static byte[] PostWithoutNames(ReadOnlySpan<byte> header)
    {
        var post = header.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        return post;
    }

    /// <summary>Glyph numbers of a composite glyph's components (the records after its 10-byte header).</summary>
    private static List<int> Components(ReadOnlySpan<byte> span, int at)
    {
        var components = new List<int>();
        const int Words = 0x0001, Scale = 0x0008, More = 0x0020, XyScale = 0x0040, TwoByTwo = 0x0080;
        int flags;
        do
        {
            flags = U16(span, at);
            components.Add(U16(span, at + 2));
            at += 4 + ((flags & Words) != 0 ? 4 : 2);
            if ((flags & Scale) != 0) at += 2;
            else if ((flags & XyScale) != 0) at += 4;
            else if ((flags & TwoByTwo) != 0) at += 8;
        }
        while ((flags & More) != 0 && components.Count < 64);
        return components;
    }

    private static byte[] Write(ReadOnlySpan<byte> version, List<uint> tags, List<byte[]> data)
    {
        var count = tags.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = 16 * (1 << entrySelector);
        var offset = 12 + 16 * count;
        var total = offset + data.Sum(d => (d.Length + 3) & ~3);
        var output = new byte[total];
        var o = output.AsSpan();
        version.CopyTo(o);
        BinaryPrimitives.WriteUInt16BigEndian(o[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(o[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(o[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(o[10..], (ushort)(16 * count - searchRange));
        for (var i = 0; i < count; i++)
        {
            var record = o[(12 + 16 * i)..];
            BinaryPrimitives.WriteUInt32BigEndian(record, tags[i]);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data[i]));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data[i].Length);
            data[i].CopyTo(o[offset..]);
            offset += (data[i].Length + 3) & ~3;
        }
        return output;
    }

    private static uint Checksum(byte[] table)
    {
        uint sum = 0;
        for (var i = 0; i < table.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < table.Length ? table[i + k] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32BigEndian(span.Slice(at, 4));

    private static ushort U16(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt16BigEndian(span.Slice(at, 2));
}
