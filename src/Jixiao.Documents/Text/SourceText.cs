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

    /// <summary>
    /// The same file in the neutral model (paragraphs and tables with cell spans, pages and boxes; issue 21), where
    /// the format's extractor emits it; null otherwise.
    /// </summary>
    public Grid.GridDocument? Grid { get; private set; }

    /// <summary>Attaches the neutral model the extractor (or an adapter) built beside the lines.</summary>
    public SourceText WithGrid(Grid.GridDocument grid)
    {
        Grid = grid;
        return this;
    }

    /// <summary>Per line (index = line number − 1) where it sits in the original file; empty for plain text.</summary>
    private readonly IReadOnlyList<SourceLocation?> _locations;

    private SourceText(string fileName, string content, string encodingName, IReadOnlyList<SourceLocation?>? locations = null)
    {
        FileName = fileName;
        // One place for every format: no control character reaches a reader, the store or an export (issue 19).
        content = TextNormalizer.StripControlCharacters(content);
        Content = content;
        EncodingName = encodingName;
        _locations = locations ?? [];
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

    /// <summary>
    /// Text extracted from a container format (.docx, .xlsx, .pdf): one entry of <paramref name="lines"/> per line,
    /// table cells separated by tabs as the layout readers expect; <paramref name="locations"/> (same length, or null)
    /// says where each line is in the original, for located evidence.
    /// </summary>
    public static SourceText FromExtracted(string fileName, IReadOnlyList<string> lines, string formatName,
        IReadOnlyList<SourceLocation?>? locations = null)
    {
        if (locations is not null && locations.Count != lines.Count)
            throw new ArgumentException("每一行都要有位置（或都没有）。", nameof(locations));
        return new SourceText(fileName, TextNormalizer.FoldRadicals(string.Join('\n', lines)), formatName, locations);
    }

    /// <summary>Where line <paramref name="lineNumber"/> (1-based) sits in the original file, when known.</summary>
    public SourceLocation? LocationOf(int lineNumber) =>
        lineNumber >= 1 && lineNumber <= _locations.Count ? _locations[lineNumber - 1] : null;

    /// <summary>Decodes bytes; throws <see cref="DocumentReadException"/> with a Chinese message when they are not text.</summary>
    public static SourceText FromBytes(string fileName, ReadOnlySpan<byte> bytes)
    {
        var (text, name) = TextDecoder.Decode(bytes, fileName);
        return new SourceText(fileName, TextNormalizer.FoldRadicals(text), name);
    }
}
