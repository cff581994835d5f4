using System.CommandLine;
using Jixiao.Core.Review;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// <c>jixiao accept FILE --fingerprint FP --reason 理由 --by 姓名 --store A.json</c>: a reviewer accepts one finding
/// of FILE with a written reason. The finding must exist in FILE now, so an acceptance is never recorded blind.
/// </summary>
public static class AcceptCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "审核意见所在的绩效目标文件" };
        var fingerprint = new Option<string>("--fingerprint") { Description = "审核意见的指纹（jixiao check 输出中的“指纹”）", Required = true };
        var reason = new Option<string>("--reason") { Description = "接受的书面理由", Required = true };
        var by = new Option<string>("--by") { Description = "接受人", Required = true };
        var store = new Option<FileInfo>("--store") { Description = "接受记录文件（JSON），不存在则新建", Required = true };
        var command = new Command("accept", "接受一条审核意见并记录理由；内容不变时不再作为问题提出") { file, fingerprint, reason, by, store };
        command.SetAction(parse => Execute(parse.GetValue(file)!, parse.GetValue(fingerprint)!, parse.GetValue(reason)!, parse.GetValue(by)!, parse.GetValue(store)!, output, error));
        return command;
    }

    internal static int Execute(FileInfo file, string fingerprint, string reason, string by, FileInfo store, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(reason)) { error.WriteLine("错误：接受审核意见必须写明理由（--reason）。"); return ExitCodes.UnreadableInput; }
        var result = FileImport.TryImport(file, error);
        if (result is null) return ExitCodes.UnreadableInput;
        IReadOnlyList<Acceptance> existing;
        try { existing = AcceptanceStore.Load(store.FullName); }
        catch (InvalidDataException ex) { error.WriteLine($"错误：{ex.Message}"); return ExitCodes.UnreadableInput; }
        var finding = ReviewRules.Default.Review(result.Document).FirstOrDefault(f => f.Fingerprint == fingerprint.Trim());
        if (finding is null)
        {
            error.WriteLine($"错误：文件“{file.Name}”当前没有指纹为 {fingerprint} 的审核意见（内容可能已修改）。请先运行 jixiao check 查看指纹。");
            return ExitCodes.UnreadableInput;
        }
        var acceptance = new Acceptance(finding.RuleId, finding.Fingerprint, reason.Trim(), by.Trim(), DateTimeOffset.Now);
        AcceptanceStore.Save(store.FullName, existing.Where(a => a.Fingerprint != finding.Fingerprint || a.RuleId != finding.RuleId).Append(acceptance));
        output.WriteLine($"已接受 {finding.RuleId}（{finding.Where}）：{finding.Message}");
        output.WriteLine($"理由：{acceptance.Reason}；记录于 {store.FullName}");
        return ExitCodes.Ok;
    }
}
