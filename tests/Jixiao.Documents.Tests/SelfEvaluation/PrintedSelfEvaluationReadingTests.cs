using Jixiao.Core.Model.PrintedEvaluation;
using Jixiao.Core.Review;

namespace Jixiao.Documents.Tests.SelfEvaluation;

/// <summary>
/// Filled 项目支出绩效自评表 (issue 18) read through the neutral grid, whatever produced them: Jixiao's own print of seed
/// 004's first two projects (xlsx, docx, pdf) and LibreOffice's print of the inflated copy (PDF from Calc, docx through
/// Writer). Fixtures: Fixtures/SelfEvaluation (make-fixtures.sh made them; nothing here needs a font or LibreOffice).
/// </summary>
public sealed class PrintedSelfEvaluationReadingTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "SelfEvaluation");

    private static Core.Model.TargetDocument Read(string name) =>
        DocumentImporter.CreateDefault().Import(name, File.ReadAllBytes(Path.Combine(Folder, name))).Document;

    public static TheoryData<string> Ours => ["ours-004.xlsx", "ours-004.docx", "ours-004.pdf"];

    public static TheoryData<string> Inflated => ["inflated-004.xlsx", "inflated-004.libreoffice.pdf", "inflated-004.libreoffice.docx"];

    [Theory]
    [MemberData(nameof(Ours))]
    public void Our_print_reads_back_as_printed_in_every_format(string name)
    {
        var document = Read(name);
        Assert.Equal("self-evaluation", document.Source.Layout);
        Assert.Empty(document.Projects); // outcomes are not targets
        Assert.Equal(2, document.SelfEvaluations.Count);

        var hotline = document.SelfEvaluations[0];
        Assert.Equal("12348 法律服务热线", hotline.ProjectName);
        Assert.Equal("13080024P00010310005F", hotline.ProjectCode);
        Assert.Equal(2024, hotline.FiscalYear);
        Assert.Equal(Core.Model.MoneyUnit.TenThousandYuan, hotline.MoneyUnit);
        Assert.Equal(["22.59", "22.59", "20.5", "10", "90.75%", "9.07"],
            new[] { hotline.InitialBudget, hotline.YearBudget, hotline.Executed, hotline.ExecutionPoints, hotline.ExecutionRate, hotline.ExecutionScore }.Select(c => c?.Text));
        Assert.Equal(9, hotline.Lines.Count);
        var first = hotline.Lines[0];
        Assert.Equal(("产出指标", "数量指标", "解答 12348 来电次数"), (first.Level1, first.Level2, first.Name));
        Assert.Equal(["≥7000 次", "6300次", "8.34", "7.51", "来电量低于预期，将加强宣传"],
            new[] { first.Target, first.Actual, first.Points, first.Score, first.Reason }.Select(c => c?.Text));
        Assert.Equal(["14.00", "10.00"], hotline.Lines.Where(l => l.Level1 == "效益指标").Select(l => l.Score?.Text));
        Assert.Equal(("92.06", "100", "优"), (hotline.Total?.Text, hotline.TotalPoints?.Text, hotline.Grade?.Text));
        Assert.True(hotline.HasReasonColumn);

        var adviser = document.SelfEvaluations[1];
        Assert.Equal("法律顾问经费", adviser.ProjectName);
        Assert.Equal(7, adviser.Lines.Count);
        Assert.Equal(("96.30", "优"), (adviser.Total?.Text, adviser.Grade?.Text));
        // Provenance: the second project is the second sheet / page; every line's score cell says where it is.
        // Provenance: a worksheet has no pages (0); PDF and Word print the second project on page 2.
        var page = name.EndsWith(".xlsx", StringComparison.Ordinal) ? 0 : 2;
        Assert.Equal(page, adviser.Page);
        Assert.All(adviser.Lines, l => Assert.True(l.Score!.Page == page && l.Score.Row == l.Row && l.Score.Column > 0 && l.Score.Table > 0));
        Assert.True(adviser.Lines[0].Score!.Table > hotline.Lines[0].Score!.Table);

        // Printed correctly: not one R-EVA finding.
        Assert.DoesNotContain(ReviewRules.Default.Review(document), f => f.RuleId.StartsWith("R-EVA-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Inflated))]
    public void An_inflated_self_evaluation_is_caught_whoever_printed_it(string name)
    {
        var document = Read(name);
        var adviser = document.SelfEvaluations[1];
        Assert.Equal(("94.80", "合格"), (adviser.Total?.Text, adviser.Grade?.Text));
        var findings = ReviewRules.Default.Review(document).Where(f => f.RuleId.StartsWith("R-EVA-", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            ("R-EVA-002", "12348 法律服务热线", "得分"), ("R-EVA-005", "12348 法律服务热线", "偏差原因分析及改进措施"),
            ("R-EVA-003", "12348 法律服务热线", "得分"),
            ("R-EVA-001", "法律顾问经费", "得分"), ("R-EVA-005", "法律顾问经费", "偏差原因分析及改进措施"),
            ("R-EVA-004", "法律顾问经费", "等级"),
        ], findings.Select(f => (f.RuleId, ProjectOf(f.Where.Table!), f.Where.Column!)).OrderBy(f => f.Item2 != "12348 法律服务热线").ThenBy(f => Order(f.RuleId)));
        findings = [.. findings.OrderBy(f => ProjectOf(f.Where.Table!) != "12348 法律服务热线").ThenBy(f => Order(f.RuleId))];
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains("解答 12348 来电次数", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(("92.89", "92.06"), (findings[2].Expected, findings[2].Actual));
        Assert.Equal(("12.50", "11"), (findings[3].Expected, findings[3].Actual?.TrimEnd('0').TrimEnd('.')));
        Assert.Equal(("优", "合格"), (findings[5].Expected, findings[5].Actual));
    }

    /// <summary>The order the expectations above list each project's findings in.</summary>
    private static int Order(string rule) => Array.IndexOf(["R-EVA-002", "R-EVA-001", "R-EVA-005", "R-EVA-003", "R-EVA-004"], rule);

    private static string ProjectOf(string table) => table[(table.IndexOf('（') + 1)..^1];
}
