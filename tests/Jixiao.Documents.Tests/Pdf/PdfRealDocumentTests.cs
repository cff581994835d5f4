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

    private static Jixiao.Documents.Text.SourceText Read(string file) =>
        new PdfFormat().Read(file, File.ReadAllBytes(Path.Combine(RealDocs, file)));
}
