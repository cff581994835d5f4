namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// What a layout writer asks for in one cell before the grid is known: its paragraphs, whether it is a label, and
/// whether it starts or continues a vertical merge (the Word vMerge model the official tables use).
/// </summary>
internal sealed record CellSpec(IReadOnlyList<string> Lines, bool IsHeader = false, MergeRole Merge = MergeRole.None)
{
    public static CellSpec Text(string? text) => new(text is null ? [] : [text]);

    public static CellSpec Header(string text, MergeRole merge = MergeRole.None) => new([text], IsHeader: true, Merge: merge);

    public static CellSpec Continued(bool isHeader = false) => new([], isHeader, MergeRole.Continue);
}

/// <summary>How a cell takes part in a vertical merge of its column.</summary>
internal enum MergeRole
{
    None,
    Restart,
    Continue,
}
