using System.Text.Json;

namespace Jixiao.Cli.Tests;

/// <summary>
/// <c>jixiao check FILE --with OTHER</c> (issue 16 must-hold 3): an explanation published without its tables is reviewed
/// together with the file that holds them, as one disclosure.
/// </summary>
public sealed class CheckCompanionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-companion-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static List<string> TableMessages(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "R-DOC-001" && f.GetProperty("message").GetString()!.Contains("表", StringComparison.Ordinal)
                && !f.GetProperty("message").GetString()!.Contains("说明", StringComparison.Ordinal))
            .Select(f => f.GetProperty("severity").GetString() + " " + f.GetProperty("message").GetString()).ToList();
    }

    [Fact]
    public void An_explanation_checked_with_the_file_holding_its_tables_is_not_missing_them()
    {
        var explanation = Path.Combine(_dir, "说明.txt");
        File.WriteAllText(explanation,
            "承德市司法局2024年部门预算\n\n第一部分 2024年部门预算编制说明\n\n一、部门基本情况\n承德市司法局负责全市法治建设工作。\n\n" +
            "二、收支预算情况说明\n2024年收入预算合计1000.00万元。\n\n附件：承德市司法局2024年部门预算公开表\n");
        var tables = Path.Combine(ImportCommandTests.SharedDir(), "seeds", "004_118d383ccab95c06.txt");

        var (_, alone, _) = Run("check", explanation, "--json");
        var warning = Assert.Single(TableMessages(alone));
        Assert.StartsWith("warning ", warning, StringComparison.Ordinal);
        Assert.Contains("附件", warning, StringComparison.Ordinal);

        var (_, together, err) = Run("check", explanation, "--with", tables, "--json");
        Assert.Empty(TableMessages(together));
        Assert.Contains("合并为一次公开审核", err, StringComparison.Ordinal);
    }
}
