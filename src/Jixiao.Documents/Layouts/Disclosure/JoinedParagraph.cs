namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// A paragraph as joined from source lines: the text (line breaks removed, nothing else changed but PDF/Markdown
/// markup) and, for each source line, where its text starts, so that any clause maps back to its source lines.
/// </summary>
internal sealed class JoinedParagraph
{
    private readonly List<(int Offset, int Line)> _starts = [];
    private readonly System.Text.StringBuilder _text = new();

    public string Text => _text.ToString();
    public int FirstLine => _starts.Count == 0 ? 0 : _starts[0].Line;
    public int LastLine => _starts.Count == 0 ? 0 : _starts[^1].Line;
    public bool IsHeading { get; set; }
    public bool IsEmpty => _text.Length == 0;
    /// <summary>The last character, or '\0'.</summary>
    public char Last => _text.Length == 0 ? '\0' : _text[^1];

    public void Append(int line, string text)
    {
        _starts.Add((_text.Length, line));
        _text.Append(text);
    }

    /// <summary>The source line holding the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var line = FirstLine;
        foreach (var (start, number) in _starts)
        {
            if (start > offset) break;
            line = number;
        }
        return line;
    }
}
