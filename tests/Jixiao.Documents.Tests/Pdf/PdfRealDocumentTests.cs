using Jixiao.Documents.Sources.Pdf;
using Jixiao.Documents.Tests.Support;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// The real published PDFs of other provinces (../shared/realdocs): every page yields lines, every line has its page
/// and box, and lines read off the printed pages come out whole — table rows with their cells in place, wrapped cell
/// text joined, merged cells empty under the cell they continue.
/// </summary>
public class PdfRealDocumentTests
{
    public static TheoryData<string, string> KnownLines => new()
    {
        // A project table: name row; indicator rows that begin with the word 绩效指标.
        { "yantai_justice_2026.pdf", "项目名称\t实施公车统管费用" },
        { "yantai_justice_2026.pdf", "绩效指标\t成本指标\t经济成本\t总支出不超过\t≤15万元" },
        // One-page project tables; an indicator name wrapped over lines; 一级/二级 merged down (empty cells).
        { "fuzhou_civil_affairs_2026.pdf", "项目名称\te福州留守困境儿童关爱帮扶专栏" },
        { "fuzhou_civil_affairs_2026.pdf", "\t\t质量指标\t资金结算（拨付、下达、发放）准确率\t=100%" },
        // Landscape tables in a page frame (the frame's empty column is left out).
        { "beijing_justice_2026_tables.pdf", "预算12表 项目支出绩效目标表" },
        { "beijing_justice_2026_tables.pdf", "2040601-行政运行\t50101-工资奖金津补贴\t30101-基本工资\t2,164.528800\t2,164.528800\t\t\t\t" },
        // A sheet title printed in the first, wide cell of a ruled row: a line of its own, no trailing empty cell.
        { "beijing_justice_2026_tables.pdf", "预算05表 一般公共预算支出表" },
        // Indicator rows on a page whose merged cells go on from the page before: every column, the merged ones empty.
        { "beijing_justice_2026_tables.pdf", "\t\t\t\t\t产出指标\t质量指标\t印刷合格率\t≥\t95\t%" },
        { "beijing_justice_2026_tables.pdf", "\t\t\t\t\t成本指标\t经济成本指标\t软件采购成本\t≤\t19.5\t万元" },
        // 其他资金 基本支出 57.000000 is wider than its cell: its 5 is drawn over the end of 107.000000, and still read here.
        { "beijing_justice_2026_tables.pdf", "\t23,083.340436\t22,976.340436\t15,260.115635\t7,716.224801\t107.000000\t57.000000\t50.000000" },
        // Shanghai 部门预算: the heading line with its unit on the right, then the first table rows.
        { "shanghai_putuo_finance_bureau_2025_dept.pdf", "编制部门：上海市普陀区财政局\t单位：元" },
        { "shanghai_putuo_finance_bureau_2025_dept.pdf", "1. 一般公共预算资金\t31,214,205.80\t二、社会保障和就业支出\t3,508,644.00" },
        { "shanghai_putuo_welfare_home_2024_unit_budget.pdf", "1、一般公共预算资金\t9,501,164\t二、社会保障和就业支出\t11,281,624\t6,540,674\t2,120,950\t2,620,000" },
    };

    public static TheoryData<string> Files => [.. Directory.GetFiles(RealDocs, "*.pdf").Select(f => Path.GetFileName(f)).Order()];

    private static string RealDocs => Path.Combine(Seeds.SharedDirectory, "realdocs");

    [Theory]
    [MemberData(nameof(KnownLines))]
    public void A_printed_line_is_extracted_whole(string file, string line)
    {
        var text = Read(file);
        Assert.Contains(text.Lines, l => l.Text == line);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_page_yields_located_lines(string file)
    {
        var path = Path.Combine(RealDocs, file);
        var text = Read(file);
        using var pdf = PdfDocument.Open(path);
        var pages = new HashSet<int>();
        foreach (var line in text.Lines)
        {
            var location = text.LocationOf(line.Number);
            Assert.NotNull(location);
            var page = pdf.GetPage(location.Page);
            var box = Assert.NotNull(location.Box);
            Assert.True(box.Left >= -1 && box.Bottom >= -1 && box.Right <= page.Width + 1 && box.Top <= page.Height + 1,
                $"{file} 第 {line.Number} 行（第 {location.Page} 页）的位置框 {box} 超出页面");
            pages.Add(location.Page);
        }
        Assert.Equal(pdf.NumberOfPages, pages.Count);
    }

    /// <summary>
    /// beijing p.26–27: project 44951 begins in the last row of p.26 (效益指标 … 800 家), but its merged 项目名称, amount and
    /// 绩效目标 cells are printed on p.27 only; the copy the producer drew below p.26 and above p.27 is clipped. The
    /// cell is one cell: its text is in the row where it begins, once, and nothing of the clipped copy is read.
    /// </summary>
    [Fact]
    public void A_merged_cell_cut_by_the_page_break_is_read_in_the_row_where_it_begins()
    {
        var text = Read("beijing_justice_2026_tables.pdf");
        var row = Assert.Single(text.Lines, l => l.Text.Contains("法治政府建设宣传覆盖单位范围", StringComparison.Ordinal));
        var cells = row.Text.Split('\t');
        Assert.Equal("11000022T000000444951-政府法治研究和法规规章汇编译审", cells[0]);
        Assert.Equal(("95.949000", "95.949000"), (cells[1], cells[2]));
        Assert.StartsWith("起草编纂《北京市法规规章汇编》中文本并印发。", cells[4], StringComparison.Ordinal);
        Assert.EndsWith("为法治建设提供智力支撑。", cells[4], StringComparison.Ordinal);
        Assert.Equal(26, text.LocationOf(row.Number)?.Page);
        Assert.Single(text.Lines, l => l.Text.Contains("起草编纂", StringComparison.Ordinal));
        Assert.Single(text.Lines, l => l.Text.Contains("44951", StringComparison.Ordinal));
    }

    /// <summary>beijing p.45–46: the name and 绩效目标 of project 567866 are printed partly on each page; joined into one cell each.</summary>
    [Fact]
    public void A_merged_cell_printed_partly_on_each_page_is_joined()
    {
        var text = Read("beijing_justice_2026_tables.pdf");
        var row = Assert.Single(text.Lines, l => l.Text.Contains("按阶段完成及时率", StringComparison.Ordinal));
        var cells = row.Text.Split('\t');
        Assert.Equal("11000025T000003567866-北京市公共法律网络平台升级改造项目", cells[0]);
        Assert.Contains("之间的有机衔接，推动构建大调解工作格局", cells[4], StringComparison.Ordinal);
        Assert.EndsWith("进一步提升全市法律服务能力和水平。", cells[4], StringComparison.Ordinal);
        Assert.DoesNotContain(text.Lines, l => l.Text.StartsWith("决策部署的参谋", StringComparison.Ordinal));
    }

    private static Jixiao.Documents.Text.SourceText Read(string file) =>
        new PdfFormat().Read(file, File.ReadAllBytes(Path.Combine(RealDocs, file)));
}
