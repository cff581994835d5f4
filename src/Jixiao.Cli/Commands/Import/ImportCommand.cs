using System.CommandLine;
using Jixiao.Documents;
using Jixiao.Documents.Exchange;

namespace Jixiao.Cli.Commands.Import;

/// <summary><c>jixiao import FILE [--json]</c>: reads a target document and prints a summary or the exchange JSON.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要导入的绩效目标文件（文本）" };
        var json = new Option<bool>("--json") { Description = "以 jixiao.document/1 JSON 格式输出整个文档" };
        var command = new Command("import", "导入部门预算绩效目标文档，打印摘要或 JSON") { file, json };
        command.SetAction(parse => Execute(parse.GetValue(file)!, parse.GetValue(json), output, error));
        return command;
    }

    internal static int Execute(FileInfo file, bool asJson, TextWriter output, TextWriter error)
    {
        var result = FileImport.TryImport(file, error);
        if (result is null) return ExitCodes.UnreadableInput;
        if (asJson)
        {
            output.WriteLine(DocumentJsonWriter.ToJson(result.Document));
        }
        else
        {
            ImportSummary.Write(result, output);
        }
        return ExitCodes.Ok;
    }
}
