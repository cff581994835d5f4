using Jixiao.Documents.Grid;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>
/// Projects read from the neutral model by table structure: a 湖南-style wide table (every project in one table, the
/// project's merged 名称 cell spanning its indicator rows) whose wording no layout reader was written for, and parity
/// with the layout readers on real forms of the corpus.
/// </summary>
public class ProjectTablesFromGridTests
{
    private static readonly string[] WideHeader =
        ["单位编码", "单位（项目）名称", "资金总额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "指标值内容", "评（扣）分标准", "度量单位", "指标方向", "分值"];

    private static GridCell C(int row, int column, string text, int rowSpan = 1) => new(row, column, rowSpan, 1, text, 1);

    [Fact]
    public void A_wide_table_with_another_provinces_wording_yields_each_project_with_its_indicators()
    {
        var cells = new List<GridCell>();
        for (var c = 0; c < WideHeader.Length; c++) cells.Add(C(0, c, WideHeader[c]));
        // 法律援助: three indicator rows; 产出指标 merged over two of them.
        cells.AddRange([C(1, 0, "301001", 3), C(1, 1, "法律援助", 3), C(1, 2, "120.50", 3), C(1, 3, "1.保障法律援助案件办理 2.群众满意", 3),
            C(1, 4, "产出指标", 2), C(1, 5, "数量指标"), C(1, 6, "办案数"), C(1, 7, "100"), C(1, 8, "办理案件数"), C(1, 9, "每少1件扣0.1分"), C(1, 10, "件"), C(1, 11, "≥"), C(1, 12, "20"),
            C(2, 5, "时效指标"), C(2, 6, "结案及时率"), C(2, 7, "95"), C(2, 8, "按时结案"), C(2, 9, "低于扣分"), C(2, 10, "%"), C(2, 11, "≥"), C(2, 12, "20"),
            C(3, 4, "满意度指标"), C(3, 5, "服务对象满意度指标"), C(3, 6, "受援人满意度"), C(3, 7, "90"), C(3, 8, "满意度调查"), C(3, 9, "低于扣分"), C(3, 10, "%"), C(3, 11, "≥"), C(3, 12, "10")]);
        // 公证业务: one row.
        cells.AddRange([C(4, 0, "301002"), C(4, 1, "公证业务"), C(4, 2, "35"), C(4, 3, "办好公证"),
            C(4, 4, "效益指标"), C(4, 5, "社会效益指标"), C(4, 6, "公证差错"), C(4, 7, "0"), C(4, 8, "差错件数"), C(4, 9, "出错扣分"), C(4, 10, "件"), C(4, 11, "≤"), C(4, 12, "30")]);
        var table = GridTable.Create(cells);
        var source = SourceText.FromString("hunan.pdf", "").WithGrid(new GridDocument("hunan.pdf", "pdf", [new GridParagraph("2026年项目支出绩效目标表", 1), table]));

        Assert.Equal(Vocabulary.TableKind.WideProject, TableClassifier.Default.Classify(source.Grid!, table).Kind);
        var projects = GridAssembly.Default.ReadProjects(source);
        Assert.Equal(["法律援助", "公证业务"], projects.Select(p => p.Name));
        var aid = projects[0];
        Assert.Equal("120.50", aid.Budget.Total?.Text);
        Assert.Equal(["保障法律援助案件办理", "群众满意"], aid.Goals);
        Assert.Equal(3, aid.Indicators.Count);
        var second = aid.Indicators[1];
        // 一级 inherited from the merged cell, the unit column appended to the value, 指标方向 as the operator.
        Assert.Equal(("产出指标", "时效指标", "结案及时率", "95%", "≥", 20m, "低于扣分"),
            (second.Level1, second.Level2, second.Name, second.Value, second.Nature, second.Weight?.Value, second.Basis));
        Assert.Equal(50m, aid.Indicators.Sum(i => i.Weight?.Value ?? 0m));
        Assert.Equal("≤", Assert.Single(projects[1].Indicators).Nature);
    }

    [Theory]
    [InlineData("xian_0969819.pdf")]
    [InlineData("yantai_0b2631f.pdf")]
    [InlineData("fuzhou_17f2ee9.pdf")]
    public void On_real_forms_the_grid_reads_what_the_layout_reader_reads(string file)
    {
        var path = Path.Combine(Seeds.SharedDirectory, "corpus", file);
        var text = new Sources.Pdf.PdfFormat().Read(file, File.ReadAllBytes(path));
        // The line reader these forms were read by before the grid became the primary path (issue 21).
        var layout = new Jixiao.Documents.Layouts.ProjectForm.ProjectFormLayout().Read(text, new Jixiao.Documents.Layouts.ReadContext()).Projects;
        var grid = GridAssembly.Default.ReadProjects(text);
        static string Summary(Core.Model.Project p) =>
            $"{p.Name}|{p.Budget.Total}|{p.Budget.Fiscal}|{p.Budget.Other}|{string.Join("/", p.Goals)}|" +
            string.Join("/", p.Indicators.Select(i => $"{i.Level1}>{i.Level2}>{i.Name}={i.Value}:{i.Weight}"));
        Assert.Equal(layout.Select(Summary), grid.Select(Summary));
    }
}
