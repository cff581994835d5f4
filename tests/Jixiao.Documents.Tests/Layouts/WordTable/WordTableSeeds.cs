using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.WordTable;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Layouts.WordTable;

/// <summary>Reads a seed (or a snippet) with the word-table reader, keeping what it could not place.</summary>
internal static class WordTableSeeds
{
    private static readonly Lazy<(TargetDocument, ReadContext)> S000 = new(() => ReadSeed(Seeds.S000));
    private static readonly Lazy<(TargetDocument, ReadContext)> S003 = new(() => ReadSeed(Seeds.S003));

    public static (TargetDocument Document, ReadContext Context) Seed000 => S000.Value;
    public static (TargetDocument Document, ReadContext Context) Seed003 => S003.Value;

    private static (TargetDocument, ReadContext) ReadSeed(string seed)
    {
        var context = new ReadContext();
        return (new WordTableReader().Read(Seeds.Text(seed), context), context);
    }

    /// <summary>Reads a snippet; "⇥" stands for a tab so the test text shows the cell lines.</summary>
    public static (TargetDocument Document, ReadContext Context) ReadSnippet(string text)
    {
        var context = new ReadContext();
        var source = Jixiao.Documents.Text.SourceText.FromString("snippet.txt", text.Replace("⇥", "\t", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal));
        return (new WordTableReader().Read(source, context), context);
    }
}
