using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.Spreadsheet;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>Detection from content: seed 001 is a spreadsheet export, the Word and PDF seeds are not.</summary>
public class SpreadsheetDetectTests
{
    private static readonly SpreadsheetLayout Layout = new();

    public static TheoryData<string> OtherSeeds => new(Seeds.All.Where(s => s != Seeds.S001));

    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Fact]
    public void Seed_001_scores_high() => Assert.True(Layout.Detect(Seeds.Text(Seeds.S001)) >= 0.9);

    [Theory]
    [MemberData(nameof(OtherSeeds))]
    public void Other_seeds_score_low(string seed)
    {
        var score = Layout.Detect(Seeds.Text(seed));
        Assert.True(score <= 0.1, $"{seed}: {score}");
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Ranking_among_the_registered_layouts(string seed)
    {
        var text = Seeds.Text(seed);
        var ours = Layout.Detect(text);
        var best = DefaultLayouts.All.Where(l => l.Name != Layout.Name).Select(l => l.Detect(text)).DefaultIfEmpty(0).Max();
        if (seed == Seeds.S001) Assert.True(ours > best, $"spreadsheet {ours} ≤ {best}");
        else Assert.True(ours < best || ours < DocumentImporter.MinimumDetectionScore, $"{seed}: spreadsheet {ours}, best other {best}");
    }

    [Fact]
    public void Importer_picks_spreadsheet_for_seed_001() =>
        Assert.Equal("spreadsheet", DocumentImporter.CreateDefault().Import(Seeds.S001, Seeds.Bytes(Seeds.S001)).Document.Source.Layout);

    [Fact]
    public void A_small_export_of_another_department_is_recognised_by_its_content() =>
        Assert.True(Layout.Detect(Jixiao.Documents.Text.SourceText.FromString("x.txt", Sheet.ProjectHead + "\t产出指标\t数量指标\t办案\t≥\t5件\t100\n")) >= 0.7);

    [Fact]
    public void Operator_cells_without_the_indicator_header_stay_below_the_import_threshold() =>
        Assert.True(Layout.Detect(Jixiao.Documents.Text.SourceText.FromString("x.txt", "a\t≥\t5\nb\t≤\t6\nc\t=\t7\n")) < DocumentImporter.MinimumDetectionScore);
}
