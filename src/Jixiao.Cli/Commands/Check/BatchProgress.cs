using Spectre.Console;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// Progress of a batch on stderr: a Spectre.Console bar when stderr is a terminal, otherwise one plain line per file
/// (“[3/12] 文件名”), so logs and CI output stay readable and stdout carries only the results.
/// </summary>
internal static class BatchProgress
{
    public static void Run(IReadOnlyList<FileInfo> files, TextWriter error, Action<FileInfo> check)
    {
        if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("审核", maxValue: files.Count);
                    foreach (var file in files)
                    {
                        task.Description = Markup.Escape(file.Name);
                        check(file);
                        task.Increment(1);
                    }
                    task.Description = "审核完成";
                });
            return;
        }
        for (var i = 0; i < files.Count; i++)
        {
            error.WriteLine($"[{i + 1}/{files.Count}] {files[i].Name}");
            check(files[i]);
        }
    }
}
