using System.CommandLine;
using Jixiao.Core.Evaluation;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.SelfEvaluation;

namespace Jixiao.Cli.Commands.Evaluate;

/// <summary>
/// <c>jixiao evaluate TARGETS --actuals ACTUALS [--json]</c>: scores a filled self-evaluation (绩效自评) against the
/// targets (FORMAT.md <c>jixiao.evaluation/1</c>); <c>--template</c> prints the pre-filled sheet to fill instead.
/// Exit 0 when it can be submitted, 1 while a finding of severity error remains, 2 when an input cannot be read.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var targets = new Argument<FileInfo>("TARGETS") { Description = "批复的绩效目标文件（jixiao 能读取的任何格式）" };
        var actuals = new Option<FileInfo?>("--actuals") { HelpName = "ACTUALS", Description = "填好的自评表：jixiao.evaluation/1 JSON，或 10号 格式的项目支出绩效自评表（.xlsx .docx .pdf）" };
        var template = new Option<FileInfo?>("--template")
        {
            HelpName = "OUT.xlsx",
            Description = "不评分，输出按绩效目标逐项预填的自评表（实际完成值为空），供填写：不给文件名时打印 JSON，给 OUT.xlsx 时写 10号 格式的 Excel",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "以 jixiao.evaluation/1 JSON 输出评分结果" };
        var outFile = new Option<FileInfo?>("--out") { HelpName = "FILE.xlsx|.docx|.pdf", Description = "另把计了分的自评表按 10号 版式印成 Excel、Word 或 PDF（由扩展名决定）" };
        var command = new Command("evaluate", "绩效自评：按绩效目标为填好的自评表计分，给出总分、等级和须修改之处") { targets, actuals, template, json, outFile };
        command.SetAction(parse => Execute(parse.GetValue(targets)!, parse.GetValue(actuals),
            parse.GetResult(template) is null ? null : new TemplateRequest(parse.GetValue(template)), parse.GetValue(json), output, error,
            parse.GetValue(outFile)));
        return command;
    }

    internal static int Execute(FileInfo targetsFile, FileInfo? actualsFile, TemplateRequest? template, bool asJson, TextWriter output, TextWriter error,
        FileInfo? outFile = null)
    {
        if (outFile is not null && !FilledEvaluationPublisher.Formats.ContainsKey(outFile.Extension.TrimStart('.')))
        {
            error.WriteLine($"错误：--out 只能写 .xlsx、.docx 或 .pdf（“{outFile.Name}”）。");
            return ExitCodes.UnreadableInput;
        }
        if (template?.Out is { } target && !target.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"错误：自评表模板只能写成 .xlsx（“{target.Name}”）；不给文件名时打印 JSON 模板。");
            return ExitCodes.UnreadableInput;
        }
        if (actualsFile is null && template is null)
        {
            error.WriteLine("错误：请用 --actuals 给出填好的自评表；还没有时，可用 --template 生成预填的模板。");
            return ExitCodes.UnreadableInput;
        }
        var imported = FileImport.TryImport(targetsFile, error);
        if (imported is null) return ExitCodes.UnreadableInput;
        var targets = imported.Document;
        if (template is not null)
        {
            var skeleton = SelfEvaluationScorer.Template(targets);
            if (template.Out is null)
            {
                output.WriteLine(EvaluationJsonWriter.WriteTemplate(skeleton));
                return ExitCodes.Ok;
            }
            try
            {
                using var stream = File.Create(template.Out.FullName);
                EvaluationXlsxWriter.Write(targets, skeleton, stream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"错误：无法写入“{template.Out.FullName}”：{ex.Message}");
                return ExitCodes.UnreadableInput;
            }
            error.WriteLine($"自评表模板已写入：{template.Out.FullName}（{skeleton.Projects.Count} 个项目，{skeleton.Projects.Sum(p => p.Indicators.Count)} 项指标）");
            return ExitCodes.Ok;
        }
        var sheet = SheetFile.TryRead(actualsFile!, "自评表", (name, bytes) =>
            SheetFile.IsJson(bytes) ? EvaluationJsonReader.Read(SheetFile.Utf8(bytes)) : EvaluationTableReader.Read(name, bytes), error);
        if (sheet is null) return ExitCodes.UnreadableInput;
        var result = new SelfEvaluationScorer().Score(targets, sheet);
        if (asJson) output.WriteLine(EvaluationJsonWriter.ToJson(result));
        else EvaluationSummary.Write(targets, result, output);
        if (outFile is not null && !PrintedTable.TryWrite(targets, result, outFile, error)) return ExitCodes.UnreadableInput;
        return result.BlocksSubmission ? ExitCodes.FindingsWithErrors : ExitCodes.Ok;
    }
}

/// <summary><c>--template</c> was given: print the JSON sheet (<see cref="Out"/> null) or write it as .xlsx.</summary>
internal sealed record TemplateRequest(FileInfo? Out);
