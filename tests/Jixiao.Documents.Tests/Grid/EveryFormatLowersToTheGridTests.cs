using Jixiao.Core.Model;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Publishing;
using Jixiao.Documents.Sources;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Vocabulary;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>
/// Issue 21 item 1: every extractor emits the neutral model itself — docx gridSpan/vMerge, xlsx merged ranges,
/// HTML rowspan/colspan — so one reader of classified tables serves every format. Each seed is published to Word,
/// Excel and HTML and read back; the projects read from the grid alone (no layout reader) are the document's.
/// </summary>
public class EveryFormatLowersToTheGridTests
{
    public static TheoryData<string, string> SeedsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { Seeds.S000, Seeds.S002, Seeds.S004 })
            foreach (var format in new[] { "docx", "xlsx", "html" })
                data.Add(seed, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public void The_projects_read_from_the_grid_are_the_documents(string seed, string format)
    {
        var original = DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;
        var source = Reread(original, seed, format);

        Assert.NotNull(source.Grid);
        var projects = GridAssembly.Default.ReadProjects(source);
        Assert.Equal(original.Projects.Select(p => p.Name), projects.Select(p => p.Name));
        for (var i = 0; i < projects.Count; i++)
        {
            Assert.Equal(original.Projects[i].Budget.Total?.Value, projects[i].Budget.Total?.Value);
            Assert.Equal(Rows(original.Projects[i]), Rows(projects[i]));
        }
    }

    [Fact]
    public void Word_merged_cells_keep_their_spans()
    {
        var original = DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document;
        var grid = Reread(original, Seeds.S002, "docx").Grid!;
        var classified = TableClassifier.Default.Classify(grid);

        var project = classified.First(t => t.Kind == TableKind.Project).Table;
        // gridSpan: the project's name spans two grid columns; vMerge: 预算规模及资金用途 spans its two rows, and a
        // 一级 cell spans its 二级 rows.
        Assert.Equal(2, project.Cells.Single(c => c.Text == "公共法律服务").ColumnSpan);
        Assert.Equal(2, project.Cells.Single(c => c.Text == "预算规模及资金用途").RowSpan);
        Assert.Contains(project.Cells, c => c.Text == "产出指标" && c.RowSpan > 1);
        Assert.Equal(4, project.Page);
        // Title and unit line are paragraphs above the table, not cells.
        Assert.Contains(grid.TextAbove(project), t => t.Contains("绩效目标", StringComparison.Ordinal));
    }

    private static Jixiao.Documents.Text.SourceText Reread(TargetDocument document, string seed, string format)
    {
        using var stream = new MemoryStream();
        PublishFormats.Find(format)!.Write(document, stream);
        var name = Path.ChangeExtension(seed, "." + format);
        var bytes = stream.ToArray();
        var reader = SourceFormats.Detect(bytes);
        Assert.Equal(format, reader.Name);
        return reader.Read(name, bytes);
    }

    private static IEnumerable<(string?, string?, string, string?)> Rows(Project p) =>
        p.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Value));
}
