using System.CommandLine;
using Jixiao.Core.Evaluation;
using Jixiao.Documents.Exchange;

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
        var actuals = new Option<FileInfo?>("--actuals") { Description = "填好的自评表（jixiao.evaluation/1 JSON）" };
        var template = new Option<bool>("--template") { Description = "不评分，输出按绩效目标逐项预填的自评表 JSON（实际完成值为空），供填写" };
        var json = new Option<bool>("--json") { Description = "以 jixiao.evaluation/1 JSON 输出评分结果" };
        var command = new Command("evaluate", "绩效自评：按绩效目标为填好的自评表计分，给出总分、等级和须修改之处") { targets, actuals, template, json };
        command.SetAction(parse => Execute(parse.GetValue(targets)!, parse.GetValue(actuals), parse.GetValue(template), parse.GetValue(json), output, error));
        return command;
    }

    internal static int Execute(FileInfo targetsFile, FileInfo? actualsFile, bool template, bool asJson, TextWriter output, TextWriter error)
    {
        if (actualsFile is null && !template)
        {
            error.WriteLine("错误：请用 --actuals 给出填好的自评表；还没有时，可用 --template 生成预填的模板。");
            return ExitCodes.UnreadableInput;
        }
        var imported = FileImport.TryImport(targetsFile, error);
        if (imported is null) return ExitCodes.UnreadableInput;
        var targets = imported.Document;
        if (template)
        {
            output.WriteLine(EvaluationJsonWriter.WriteTemplate(SelfEvaluationScorer.Template(targets)));
            return ExitCodes.Ok;
        }
        var sheet = SheetFile.TryRead(actualsFile!, "自评表", EvaluationJsonReader.Read, error);
        if (sheet is null) return ExitCodes.UnreadableInput;
        var result = new SelfEvaluationScorer().Score(targets, sheet);
        if (asJson) output.WriteLine(EvaluationJsonWriter.ToJson(result));
        else EvaluationSummary.Write(targets, result, output);
        return result.BlocksSubmission ? ExitCodes.FindingsWithErrors : ExitCodes.Ok;
    }
}
