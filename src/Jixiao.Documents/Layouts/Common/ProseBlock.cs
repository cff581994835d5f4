namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// A paragraph or heading of prose, possibly rejoined from several source lines: a PDF page break splits a
/// paragraph into two (<c>…重点任务分解</c> / <c>表》，征求…</c>), and the second part is appended here.
/// </summary>
internal sealed class ProseBlock(ProseLine first)
{
    private string _text = first.Text;
    private string _content = first.Content;

    public ProseLine First { get; } = first;
    public int Line => First.Number;
    public OutlineLevel Level => First.Level;
    public bool IsHeadingLike => First.IsHeadingLike;

    /// <summary>The paragraph as written, numbering included.</summary>
    public string Text => _text;

    /// <summary>The paragraph after its outline number.</summary>
    public string Content => _content;

    /// <summary>
    /// True when the paragraph stops mid-sentence, so an unnumbered paragraph after it (across a blank line or a
    /// page break) is its continuation. Headings never continue.
    /// </summary>
    public bool IsOpen => !IsHeadingLike && !EndsSentence(_text);

    public void Append(string continuation)
    {
        _text += continuation;
        _content += continuation;
    }

    /// <summary>Ends with 。！？；： (after any closing quote or bracket), i.e. not cut off mid-sentence.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd().TrimEnd("”’」』\"'");
        return t.Length > 0 && t[^1] is '。' or '！' or '？' or '；' or '：' or '!' or '?' or ';' or ':' or '…';
    }
}
