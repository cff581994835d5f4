namespace Jixiao.Documents.Text;

/// <summary>One line of a source text with its 1-based number, so every row a reader places or rejects can be traced back.</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    /// <summary>The line split into tab-separated cells, each trimmed.</summary>
    public string[] Cells() => Text.Split('\t').Select(c => c.Trim()).ToArray();

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => $"{Number}: {Text}";
}
