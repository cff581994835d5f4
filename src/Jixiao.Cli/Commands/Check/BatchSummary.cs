using Spectre.Console;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// The batch's summary table (文件, 部门, 年度, 错误, 警告), drawn by Spectre.Console without colour or escape codes so it
/// reads the same in a terminal, a log or a test; then the files that could not be read, each with the reason.
/// </summary>
internal static class BatchSummary
{
    public static void Write(IReadOnlyList<BatchOutcome> outcomes, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Square)
            .AddColumn("文件").AddColumn("部门").AddColumn("年度").AddColumn(new TableColumn("错误").RightAligned()).AddColumn(new TableColumn("警告").RightAligned());
        foreach (var o in outcomes)
        {
            if (o.Failure is not null)
                table.AddRow(Markup.Escape(o.File), "（无法读取）", "—", "—", "—");
            else
                table.AddRow(Markup.Escape(o.File), Markup.Escape(o.Department ?? "（未注明）"), o.FiscalYear?.ToString() ?? "—",
                    o.Errors.ToString(), o.Warnings.ToString());
        }
        console.Write(table);
        var failed = outcomes.Where(o => o.Failure is not null).ToList();
        output.WriteLine($"共 {outcomes.Count} 个文件：已审核 {outcomes.Count - failed.Count} 个，无法读取 {failed.Count} 个；" +
            $"错误 {outcomes.Sum(o => o.Errors)} 条，警告 {outcomes.Sum(o => o.Warnings)} 条。");
        if (failed.Count == 0) return;
        output.WriteLine("无法读取的文件：");
        foreach (var o in failed) output.WriteLine($"  {o.File}：{o.Failure}");
    }
}
