using Jixiao.Core.Review;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// The plain tables and finding lines <c>evaluate</c> and <c>monitor</c> print: Spectre.Console without colour or escape
/// codes, as the batch summary of <c>check</c>, so the output reads the same in a terminal, a log or a test.
/// </summary>
internal static class PerformanceTable
{
    public static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        return console;
    }

    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (var c in columns)
            table.AddColumn(c.StartsWith('>') ? new TableColumn(c[1..]).RightAligned() : new TableColumn(c));
        return table;
    }

    public static void AddRow(Table table, params string?[] cells) => table.AddRow(cells.Select(c => Markup.Escape(c ?? "—")).ToArray());

    public static void Findings(IReadOnlyList<Finding> findings, TextWriter o)
    {
        foreach (var f in findings)
        {
            o.WriteLine($"  {f.Severity.ToChinese()} {f.RuleId} {f.Where}：{f.Message}");
            if (f.Expected is not null || f.Actual is not null)
                o.WriteLine($"      应为：{f.Expected ?? "—"}；实为：{f.Actual ?? "—"}");
        }
    }

    public static string Counts(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return $"错误 {list.Count(f => f.Severity == Severity.Error)} 条，警告 {list.Count(f => f.Severity == Severity.Warning)} 条，提示 {list.Count(f => f.Severity == Severity.Info)} 条";
    }
}
