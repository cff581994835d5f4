using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.PdfText;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

/// <summary>Reads a seed (or a snippet) with the pdf-text reader, keeping what it could not place.</summary>
internal static class PdfTextSeeds
{
    private static readonly Lazy<(TargetDocument, ReadContext)> S002 = new(() => ReadSeed(Seeds.S002));
    private static readonly Lazy<(TargetDocument, ReadContext)> S004 = new(() => ReadSeed(Seeds.S004));

    public static (TargetDocument Document, ReadContext Context) Seed002 => S002.Value;
    public static (TargetDocument Document, ReadContext Context) Seed004 => S004.Value;

    /// <summary>The one project with this 项目编码 (names repeat: 004 has two 公务运转经费).</summary>
    public static Project ByCode(this TargetDocument document, string code) => Assert.Single(document.Projects, p => p.Code == code);

    /// <summary>Rows the reader could not place inside the project tables (the budget tables' notes are another reader's).</summary>
    public static IEnumerable<UnplacedRow> UnplacedInProjects(this (TargetDocument Document, ReadContext Context) read)
    {
        var first = read.Document.Projects[0].SourceLine;
        var last = read.Document.Projects[^1].Indicators[^1].SourceLine;
        return read.Context.Unplaced.Where(u => u.Line >= first && u.Line <= last);
    }

    private static (TargetDocument, ReadContext) ReadSeed(string seed)
    {
        var context = new ReadContext();
        return (new PdfTextLayout().Read(Seeds.Text(seed), context), context);
    }

    /// <summary>Reads a snippet; "⇥" stands for a tab so the test text shows the cells of each row.</summary>
    public static (TargetDocument Document, ReadContext Context) ReadSnippet(string text)
    {
        var context = new ReadContext();
        var source = Jixiao.Documents.Text.SourceText.FromString(
            "snippet.txt", text.Replace("⇥", "\t", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal));
        return (new PdfTextLayout().Read(source, context), context);
    }

    /// <summary>
    /// A small table in the layout of seed 004, with the rows between 资金用途 and the indicator header replaced by
    /// <paramref name="middle"/> (the spending plan and the goals) and the indicator rows by <paramref name="indicators"/>.
    /// </summary>
    public static string Table(string middle, string? indicators = null, string code = "13080024P00010310005F") => $"""
        ## 1、示例项目绩效目标表

        单位：万元

        项目编码⇥{code}⇥⇥项目名称⇥示例项目⇥⇥
        预算规模及 资金用途⇥预算数⇥10.00⇥其中：财政资金⇥10.00⇥其他资金⇥
        ⇥示例用途⇥⇥⇥⇥⇥
        {middle}
        一级指标⇥二级指标⇥三级指标⇥绩效指标描述⇥指标值⇥指标值确定依据⇥
        {indicators ?? "产出指标⇥数量指标⇥示例数量⇥示例数量⇥≥1 次⇥年度工作计划⇥"}
        """;
}
