using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// Writes PdfPig tokens back as PDF syntax, for the page dictionaries the annotated PDF re-states. Strings are written
/// as hex of their bytes (no escaping to get wrong); names with # escapes for anything outside printable ASCII.
/// </summary>
internal static class PdfTokenWriter
{
    public static void Write(StringBuilder o, IToken token)
    {
        switch (token)
        {
            case NameToken n: WriteName(o, n.Data); break;
            case NumericToken n: o.Append(Number(n.Data)); break;
            case BooleanToken b: o.Append(b.Data ? "true" : "false"); break;
            case NullToken: o.Append("null"); break;
            case IndirectReferenceToken r: o.Append(r.Data.ObjectNumber).Append(' ').Append(r.Data.Generation).Append(" R"); break;
            case HexToken h: WriteHex(o, h.Bytes.ToArray()); break;
            case StringToken s: WriteHex(o, s.GetBytes()); break;
            case ArrayToken a:
                o.Append('[');
                for (var i = 0; i < a.Data.Count; i++)
                {
                    if (i > 0) o.Append(' ');
                    Write(o, a.Data[i]);
                }
                o.Append(']');
                break;
            case DictionaryToken d:
                o.Append("<<");
                foreach (var (key, value) in d.Data)
                {
                    WriteName(o, key);
                    o.Append(' ');
                    Write(o, value);
                    o.Append(' ');
                }
                o.Append(">>");
                break;
            default:
                // A stream or operator inside a page dictionary is not valid PDF; refuse rather than write a broken file.
                throw new NotSupportedException($"页面字典中有无法写回的对象（{token.GetType().Name}）。");
        }
    }

    public static string Number(double v) =>
        v == Math.Floor(v) && Math.Abs(v) < 1e15 ? ((long)v).ToString(CultureInfo.InvariantCulture) : v.ToString("0.######", CultureInfo.InvariantCulture);

    public static void WriteName(StringBuilder o, string name)
    {
        o.Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && "#/()<>[]{}%".IndexOf((char)b) < 0) o.Append((char)b);
            else o.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
    }

    public static void WriteHex(StringBuilder o, IReadOnlyList<byte> bytes)
    {
        o.Append('<');
        foreach (var b in bytes) o.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        o.Append('>');
    }

    /// <summary>A text string (PDF "text string" type): UTF-16BE with byte-order mark, as hex.</summary>
    public static void WriteText(StringBuilder o, string text)
    {
        var bytes = new List<byte> { 0xFE, 0xFF };
        bytes.AddRange(Encoding.BigEndianUnicode.GetBytes(text));
        WriteHex(o, bytes);
    }
}
