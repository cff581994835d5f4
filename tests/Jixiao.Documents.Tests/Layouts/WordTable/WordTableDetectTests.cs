using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.WordTable;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.WordTable;

public class WordTableDetectTests
{
    private static readonly WordTableReader Reader = new();

    [Theory]
    [InlineData(Seeds.S000)]
    [InlineData(Seeds.S003)]
    public void Word_exports_score_high(string seed) =>
        Assert.True(Reader.Detect(Seeds.Text(seed)) >= 0.9, $"{seed}: {Reader.Detect(Seeds.Text(seed))}");

    [Theory]
    [InlineData(Seeds.S001)] // spreadsheet rows, tab-separated on one line
    [InlineData(Seeds.S002)] // PDF text, whole rows on one line
    [InlineData(Seeds.S004)]
    public void Other_layouts_score_below_the_import_threshold(string seed) =>
        Assert.True(Reader.Detect(Seeds.Text(seed)) < DocumentImporter.MinimumDetectionScore / 3, $"{seed}: {Reader.Detect(Seeds.Text(seed))}");

    [Fact]
    public void Ranks_both_word_seeds_above_every_other_seed()
    {
        var scores = Seeds.All.ToDictionary(s => s, s => Reader.Detect(Seeds.Text(s)));
        var lowestWord = Math.Min(scores[Seeds.S000], scores[Seeds.S003]);
        foreach (var other in new[] { Seeds.S001, Seeds.S002, Seeds.S004 })
            Assert.True(lowestWord > scores[other] + 0.5, $"{other}: {scores[other]} vs {lowestWord}");
    }

    [Theory]
    [InlineData(Seeds.S000)]
    [InlineData(Seeds.S003)]
    public void Is_the_registered_layout_that_wins_on_word_seeds(string seed)
    {
        var text = Seeds.Text(seed);
        var best = DefaultLayouts.All.OrderByDescending(l => l.Detect(text)).First();
        Assert.Equal("word-table", best.Name);
    }

    [Fact]
    public void Plain_prose_scores_zero() =>
        Assert.Equal(0, Reader.Detect(Jixiao.Documents.Text.SourceText.FromString("x.txt", "第一部分\n部门整体绩效目标\n项目名称很多\n")));
}
