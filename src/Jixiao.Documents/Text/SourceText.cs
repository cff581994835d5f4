using System.Text;

namespace Jixiao.Documents.Text;

/// <summary>
/// A decoded text document split into lines. Decoding detects UTF-8 (with or without BOM), UTF-16 (BOM)
/// and GB18030, and folds the Kangxi-radical look-alikes that PDF extraction produces (⽬ → 目) into
/// ordinary characters; other characters, including full-width punctuation, stay exactly as written.
/// </summary>
public sealed class SourceText
{
    public string FileName { get; }
    public string Content { get; }
    public IReadOnlyList<SourceLine> Lines { get; }
    /// <summary>The encoding the bytes were decoded with (for the import summary).</summary>
    public string EncodingName { get; }

    private SourceText(string fileName, string content, string encodingName)
    {
        FileName = fileName;
        Content = content;
        EncodingName = encodingName;
        var lines = new List<SourceLine>();
        var n = 0;
        foreach (var raw in content.Split('\n'))
        {
            n++;
            lines.Add(new SourceLine(n, raw.TrimEnd('\r')));
        }
        Lines = lines;
    }

    public static SourceText FromString(string fileName, string content) =>
        new(fileName, TextNormalizer.FoldRadicals(content), "UTF-16 (内存)");

    /// <summary>Decodes bytes; throws <see cref="DocumentReadException"/> with a Chinese message when they are not text.</summary>
    public static SourceText FromBytes(string fileName, ReadOnlySpan<byte> bytes)
    {
        var (text, name) = TextDecoder.Decode(bytes, fileName);
        return new SourceText(fileName, TextNormalizer.FoldRadicals(text), name);
    }
}
