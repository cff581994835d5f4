using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Pdf;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Pdf;

/// <summary>
/// Merged cells of the project table at a page break (issue 4 point 6, seed 003 project 4): the 预算规模及资金用途
/// block (label, figures row, 资金用途 row) is never split across pages, and a merged 一级/二级 label that is split
/// is drawn whole on every page it appears on. The same document is published with 0…27 goal lines in front, which
/// moves every row down one line at a time, so the page break falls inside every kind of block at least once.
/// </summary>
public sealed partial class PdfMergedBlockTests
{
    private const string BudgetLabel = "预算规模及资金用途";
    private const string PurposeStart = "用途起";
    private const string PurposeEnd = "用途止";

    [Fact]
    public void Budget_block_is_never_split_and_merged_labels_are_drawn_whole()
    {
        for (var shift = 0; shift < 28; shift++)
        {
            var pages = PageTexts(Publish(Document(shift), $"merged-block-{shift}.pdf"));
            for (var p = 0; p < pages.Count; p++)
            {
                var page = pages[p];
                var where = $"shift {shift}, page {p + 1}";
                // The label, its figures row and its 资金用途 row always on the same page, as often as each other.
                var labels = Count(page, BudgetLabel);
                Assert.True(labels == Count(page, "预算数"), $"{where}: 预算数 without its block label");
                Assert.True(labels == Count(page, PurposeStart), $"{where}: 资金用途 row without its block label");
                Assert.True(labels == Count(page, PurposeEnd), $"{where}: 资金用途 row cut");
                // No truncated label: whatever part of a merged label is drawn on a page, the whole label is.
                Assert.True(Count(page, "预算规模") == labels, $"{where}: 预算规模及资金用途 drawn in part");
                for (var g = 1; g <= Groups; g++)
                {
                    if (page.Contains($"第{g}组一级", StringComparison.Ordinal))
                        Assert.True(page.Contains(Level1(g), StringComparison.Ordinal), $"{where}: 一级指标 of group {g} drawn in part");
                    if (page.Contains($"第{g}组二级", StringComparison.Ordinal))
                        Assert.True(page.Contains(Level2(g), StringComparison.Ordinal), $"{where}: 二级指标 of group {g} drawn in part");
                }
            }
        }
    }

    private const int Groups = 12;

    private static string Level1(int group) => $"第{group}组一级指标的名称写得很长需要在窄栏里折成好几行";

    private static string Level2(int group) => $"第{group}组二级指标的名称也写得相当长需要折成两行以上才放得下";

    private static TargetDocument Document(int goalLines) => new()
    {
        Source = new DocumentSource("test.txt", "test"),
        Department = new Department("100001", "测试部门"),
        FiscalYear = 2024,
        MoneyUnit = MoneyUnit.TenThousandYuan,
        Projects = [.. Enumerable.Range(1, 3).Select(n => Project(n, n == 1 ? goalLines : 1))],
    };

    private static Project Project(int number, int goalLines) => new()
    {
        Code = $"1000{number}",
        Name = $"测试项目{number}",
        Budget = new ProjectBudget(new WrittenDecimal("12.5", 12.5m), new WrittenDecimal("12.5", 12.5m), null),
        // Several lines, so the 资金用途 row is tall and a page break can fall between it and the figures row.
        Purpose = PurposeStart + string.Concat(Enumerable.Repeat("用于购置设备、支付培训费用和开展宣传活动，", 12)) + PurposeEnd,
        Goals = [.. Enumerable.Range(1, Math.Max(1, goalLines)).Select(i => $"目标{i}")],
        Indicators =
        [
            .. Enumerable.Range(1, Groups).SelectMany(g => Enumerable.Range(1, 3).Select(i => new Indicator
            {
                Level1 = Level1(g),
                Level2 = Level2(g),
                Name = $"指标{g}-{i}",
                Value = "≥95%",
            })),
        ],
    };

    private static string Publish(TargetDocument document, string fileName)
    {
        var path = Path.Combine(ExternalTool.ArtifactDirectory("pdf"), fileName);
        using (var file = File.Create(path)) PdfPublisher.Write(document, file);
        return path;
    }

    /// <summary>Each page's text in drawing order (-raw: a merged cell's lines follow one another), whitespace removed.</summary>
    private static List<string> PageTexts(string pdf) =>
        [.. ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Split('\f').Select(t => Whitespace().Replace(t, ""))];

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
