using System.CommandLine;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Jixiao.Documents.Exchange;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// <c>jixiao check FILE [--json] [--profile P.json] [--accepted A.json]</c>: imports and reviews a document.
/// Exit 0 when no (unaccepted) errors, 1 when errors, 2 when the input cannot be read.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要审核的绩效目标文件" };
        var json = new Option<bool>("--json") { Description = "输出文档 JSON，并附 findings 审核意见" };
        var profile = new Option<FileInfo?>("--profile") { Description = "地区审核配置（JSON）：停用规则或调整级别，每项须注明理由" };
        var accepted = new Option<FileInfo?>("--accepted") { Description = "已接受的审核意见记录（JSON，由 jixiao accept 写入）" };
        var command = new Command("check", "按审核规则审核绩效目标文档，按项目列出审核意见") { file, json, profile, accepted };
        command.SetAction(parse => Execute(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(profile), parse.GetValue(accepted), output, error));
        return command;
    }

    internal static int Execute(FileInfo file, bool asJson, FileInfo? profileFile, FileInfo? acceptedFile, TextWriter output, TextWriter error)
    {
        ReviewProfile? profile = null;
        IReadOnlyList<Acceptance> acceptances = [];
        try
        {
            if (profileFile is not null)
            {
                if (!profileFile.Exists) { error.WriteLine($"错误：找不到审核配置文件“{profileFile.FullName}”。"); return ExitCodes.UnreadableInput; }
                profile = ReviewProfile.FromJson(File.ReadAllText(profileFile.FullName));
            }
            if (acceptedFile is not null) acceptances = AcceptanceStore.Load(acceptedFile.FullName);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            error.WriteLine($"错误：{ex.Message}");
            return ExitCodes.UnreadableInput;
        }

        var result = FileImport.TryImport(file, error);
        if (result is null) return ExitCodes.UnreadableInput;
        var findings = ReviewRules.Default.Review(result.Document, profile, acceptances);
        if (asJson)
            output.WriteLine(DocumentJsonWriter.ToJson(result.Document, w => FindingJsonWriter.Write(w, findings)));
        else
            FindingReport.Write(result.Document, findings, output);
        return findings.Any(f => !f.IsAccepted && f.Severity == Severity.Error) ? ExitCodes.FindingsWithErrors : ExitCodes.Ok;
    }
}
