namespace Jixiao.Core.Model.Disclosure;

/// <summary>
/// A paragraph of the disclosure's prose: its text with the source's line and page breaks joined (no character
/// added or dropped except the breaks), the first and last source line, and whether it is a heading.
/// </summary>
public sealed record DisclosureParagraph(string Text, int FirstLine, int LastLine)
{
    /// <summary>A heading (一、…, （二）…, a Markdown #, or a short line without sentence punctuation).</summary>
    public bool IsHeading { get; init; }
    /// <summary>The part it belongs to (the last heading above it that names one), or null.</summary>
    public DisclosureSectionKind? Section { get; init; }
}
