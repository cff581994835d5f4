using System.CommandLine;
using System.Diagnostics;

namespace Jixiao.Cli.Commands.Corpus;

/// <summary>
/// <c>jixiao corpus DIR [--out FILE.md]</c>: reads every document of a folder (the development corpus ../shared/corpus)
/// and prints the corpus report (<see cref="CorpusReport"/>) or writes it to FILE.md; the wall time goes to stderr only,
/// so the report itself stays deterministic. Exit 0 when written, 2 when the folder is missing or empty.
/// </summary>
public static class CorpusCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "要读取的文件夹（如 ../shared/corpus）" };
        var outFile = new Option<FileInfo?>("--out") { Description = "把报告写入此 Markdown 文件（默认打印）" };
        var command = new Command("corpus", "读取文件夹中的全部文档，输出语料报告（拒绝原因、表格种类、项目与指标数、不变量）") { folder, outFile };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(outFile), output, error));
        return command;
    }

    internal static int Execute(DirectoryInfo folder, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        if (!folder.Exists)
        {
            error.WriteLine($"错误：找不到文件夹“{folder.FullName}”。");
            return ExitCodes.UnreadableInput;
        }
        var clock = Stopwatch.StartNew();
        var entries = CorpusReport.ReadAll(folder);
        if (entries.Count == 0)
        {
            error.WriteLine($"错误：文件夹“{folder.FullName}”中没有可读取的文件（{string.Join(" ", Check.BatchCheck.Extensions)}）。");
            return ExitCodes.UnreadableInput;
        }
        var report = CorpusReport.Render(entries);
        if (outFile is null) output.Write(report);
        else
        {
            File.WriteAllText(outFile.FullName, report, new System.Text.UTF8Encoding(false));
            output.WriteLine($"语料报告已写入：{outFile.FullName}");
        }
        error.WriteLine($"读取 {entries.Count} 个文件，拒绝 {entries.Count(e => e.Refused)} 个，用时 {clock.Elapsed.TotalSeconds:0.0} 秒。");
        return ExitCodes.Ok;
    }
}
