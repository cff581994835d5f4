using System.CommandLine;
using Jixiao.Core.Monitoring;
using Jixiao.Documents;
using Jixiao.Documents.Exchange;

namespace Jixiao.Cli.Commands.Monitor;

/// <summary>
/// <c>jixiao monitor TARGETS --progress PROGRESS [--as-of DATE] [--json]</c>: lights an in-year monitoring report
/// (运行监控) against the targets and their spending plans (FORMAT.md <c>jixiao.monitoring/1</c>); <c>--template</c>
/// prints the pre-filled report instead. Exit 0 when it can be submitted, 1 while a red item lacks cause and remedy
/// (or another error remains), 2 when an input cannot be read.
/// </summary>
public static class MonitorCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var targets = new Argument<FileInfo>("TARGETS") { Description = "批复的绩效目标文件（jixiao 能读取的任何格式）" };
        var progress = new Option<FileInfo?>("--progress") { HelpName = "PROGRESS", Description = "填好的监控表（jixiao.monitoring/1 JSON）" };
        var asOf = new Option<string?>("--as-of") { HelpName = "DATE", Description = "截至日期（如 2024-07-31）；不给时用监控表的 asOf，再不然为预算年度的 7 月 31 日" };
        var template = new Option<bool>("--template") { Description = "不计算，输出按绩效目标逐项预填的监控表 JSON，供填写" };
        var json = new Option<bool>("--json") { Description = "以 jixiao.monitoring/1 JSON 输出监控结果" };
        var command = new Command("monitor", "运行监控：按项目自己的用款计划计算执行进度和指标完成进度，亮红黄绿蓝灯") { targets, progress, asOf, template, json };
        command.SetAction(parse => Execute(parse.GetValue(targets)!, parse.GetValue(progress), parse.GetValue(asOf), parse.GetValue(template), parse.GetValue(json), output, error));
        return command;
    }

    internal static int Execute(FileInfo targetsFile, FileInfo? progressFile, string? asOfText, bool template, bool asJson, TextWriter output, TextWriter error)
    {
        if (progressFile is null && !template)
        {
            error.WriteLine("错误：请用 --progress 给出填好的监控表；还没有时，可用 --template 生成预填的模板。");
            return ExitCodes.UnreadableInput;
        }
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            try { asOf = MonitoringJsonReader.ParseDate(asOfText, "--as-of"); }
            catch (DocumentReadException ex)
            {
                error.WriteLine($"错误：{ex.Message}");
                return ExitCodes.UnreadableInput;
            }
        }
        var imported = FileImport.TryImport(targetsFile, error);
        if (imported is null) return ExitCodes.UnreadableInput;
        var targets = imported.Document;
        if (template)
        {
            var year = asOf?.Year ?? targets.FiscalYear;
            output.WriteLine(MonitoringJsonWriter.WriteTemplate(MonitoringCalculator.Template(targets, asOf ?? (year is int y ? MonitoringSettings.Default.DefaultAsOf(y) : null))));
            return ExitCodes.Ok;
        }
        var sheet = SheetFile.TryRead(progressFile!, "监控表", (name, bytes) => MonitoringJsonReader.Read(SheetFile.JsonOnly("监控表", name, bytes)), error);
        if (sheet is null) return ExitCodes.UnreadableInput;
        if (sheet.FiscalYear is null && targets.FiscalYear is null && asOf is null && sheet.AsOf is null)
        {
            error.WriteLine("错误：监控表和绩效目标都没有预算年度，也没有截至日期：请用 --as-of 给出截至日期。");
            return ExitCodes.UnreadableInput;
        }
        var result = new MonitoringCalculator().Compute(targets, sheet, asOf);
        if (asJson) output.WriteLine(MonitoringJsonWriter.ToJson(result));
        else MonitoringSummary.Write(targets, result, output);
        return result.BlocksSubmission ? ExitCodes.FindingsWithErrors : ExitCodes.Ok;
    }
}
