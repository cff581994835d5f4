namespace Jixiao.Cli.Tests;

/// <summary>
/// Issue 18: <c>jixiao check</c> on a filled 项目支出绩效自评表 reports the R-EVA rules, and <c>jixiao evaluate --out</c>
/// prints the scored table in the 10号 layout, which reads back and checks clean.
/// </summary>
public sealed class CheckSelfEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-eva-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static string Fixture(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found"),
            "tests", "Jixiao.Documents.Tests", "Fixtures", "SelfEvaluation", name);
    }

    private static string Seed004 => Path.Combine(ImportCommandTests.SharedDir(), "seeds", "004_118d383ccab95c06.txt");

    [Theory]
    [InlineData("inflated-004.libreoffice.pdf")]
    [InlineData("inflated-004.libreoffice.docx")]
    [InlineData("inflated-004.xlsx")]
    public void Check_reports_an_inflated_self_evaluation_and_exits_1(string name)
    {
        var (code, text, err) = Run("check", Fixture(name));
        Assert.True(code == ExitCodes.FindingsWithErrors, err + text);
        foreach (var rule in new[] { "R-EVA-001", "R-EVA-002", "R-EVA-003", "R-EVA-004", "R-EVA-005" })
            Assert.Contains(rule, text, StringComparison.Ordinal);
        Assert.Contains("自评结果虚高", text, StringComparison.Ordinal);
        Assert.Contains("表“项目支出绩效自评表（法律顾问经费）”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("R-GOAL-001", text, StringComparison.Ordinal); // its outcomes are not read as targets
        Assert.DoesNotContain("R-DEP-001", text, StringComparison.Ordinal);  // a file of 自评表 owes no 部门整体 target
        Assert.EndsWith("审核完成：错误 6 条，警告 0 条，提示 0 条。", text.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    public void Evaluate_out_prints_the_scored_table_which_checks_clean(string format)
    {
        var printed = Path.Combine(_dir, "自评表." + format);
        var (code, _, err) = Run("evaluate", Seed004, "--actuals", Fixture("filled-004.json"), "--out", printed);
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Contains("自评表已印出", err, StringComparison.Ordinal);
        var (checkCode, text, checkErr) = Run("check", printed);
        Assert.True(checkCode == ExitCodes.Ok, checkErr + text);
        Assert.EndsWith("审核完成：错误 0 条，警告 0 条，提示 0 条。", text.Trim(), StringComparison.Ordinal);
        var (_, json, _) = Run("import", printed);
        Assert.Contains("self-evaluation", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_out_refuses_a_format_it_cannot_print()
    {
        var (code, _, err) = Run("evaluate", Seed004, "--actuals", Fixture("filled-004.json"), "--out", Path.Combine(_dir, "x.html"));
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("只能写 .xlsx、.docx 或 .pdf", err, StringComparison.Ordinal);
    }
}
