using System.CommandLine;
using Jixiao.Documents.Publishing;
using Jixiao.Documents.Publishing.Pdf;

namespace Jixiao.Cli.Commands.Publish;

/// <summary>
/// <c>jixiao publish FILE --to docx|xlsx|pdf|html [--out OUT]</c>: writes the department's 部门预算绩效 document in
/// the official layout (Word, Excel, PDF with embedded Chinese font, or one self-contained web page). The output is
/// written to a temporary file first and then moved into place, so an existing file is never left half-overwritten.
/// </summary>
public static class PublishCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要公开的绩效目标文件" };
        var to = new Option<string>("--to") { Description = "输出格式：docx（Word）、xlsx（Excel）、pdf 或 html（网页）", Required = true };
        var outFile = new Option<FileInfo?>("--out") { Description = "输出文件；省略时与源文件同名、换扩展名" };
        var command = new Command("publish", "按公开版式输出部门预算绩效文档（Word / Excel / PDF / 网页）") { file, to, outFile };
        command.SetAction(parse => Execute(parse.GetValue(file)!, parse.GetValue(to)!, parse.GetValue(outFile), output, error));
        return command;
    }

    internal static int Execute(FileInfo file, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        if (PublishFormats.Find(format) is not { } chosen)
        {
            error.WriteLine($"错误：{PublishFormats.UnknownMessage(format, "输出格式")}");
            return ExitCodes.UnreadableInput;
        }
        var result = FileImport.TryImport(file, error);
        if (result is null) return ExitCodes.UnreadableInput;
        var target = outFile?.FullName ?? Path.ChangeExtension(file.FullName, chosen.Extension);
        if (string.Equals(Path.GetFullPath(target), file.FullName, StringComparison.Ordinal))
        {
            error.WriteLine("错误：输出文件不能覆盖源文件，请用 --out 指定另一个文件。");
            return ExitCodes.UnreadableInput;
        }
        var temp = target + ".tmp";
        try
        {
            using (var stream = File.Create(temp))
                chosen.Write(result.Document, stream);
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            error.WriteLine($"错误：无法写入“{target}”：{ex.Message}");
            return ExitCodes.UnreadableInput;
        }
        catch (PdfPublishException ex)
        {
            File.Delete(temp);
            error.WriteLine($"错误：{ex.Message}");
            return ExitCodes.UnreadableInput;
        }
        // The PDF fell back from the Ming face to a sans one: written, but the user should know why it looks different.
        if (chosen.Name == "pdf" && PdfFontChoice.Current.Warning is { } fontWarning) error.WriteLine($"警告：{fontWarning}");
        output.WriteLine($"已输出：{target}（{result.Document.Projects.Count} 个项目）");
        return ExitCodes.Ok;
    }
}
