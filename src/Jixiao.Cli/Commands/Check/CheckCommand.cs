using System.CommandLine;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Jixiao.Documents;
using Jixiao.Documents.Diagnostics;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Exchange;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// <c>jixiao check FILE [--with OTHER]… [--json] [--csv OUT.csv] [--annotate OUT.pdf] [--profile P.json] [--accepted A.json]</c>:
/// imports and reviews a document; every finding carries its page, quoted text and (PDF) box. <c>--with</c> names the
/// other files of the same disclosure (北京: the tables PDF beside the explanation PDF): they are reviewed as one
/// disclosure, so a table in the companion is not missing from FILE. <c>jixiao check DIR [--csv ALL.csv]</c> checks every
/// file of a folder (<see cref="BatchCheck"/>), files of the same department and year together.
/// Exit 0 when no (unaccepted) errors, 1 when errors, 2 when the input cannot be read (in a batch: any file).
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<FileSystemInfo>("FILE") { Description = "要审核的绩效目标或预算公开文件（.pdf .docx .xlsx .txt .html），或一个文件夹（批量审核其中每个文件）" };
        var json = new Option<bool>("--json") { Description = "输出文档 JSON，并附 findings 审核意见（含页码、原文、PDF 坐标）" };
        var csv = new Option<FileInfo?>("--csv") { Description = "把审核意见表写成 CSV（UTF-8 带 BOM，Excel 可直接打开）；批量审核时为全部文件的汇总表" };
        var annotate = new Option<FileInfo?>("--annotate") { Description = "写出批注版 PDF：原文件上用红框标出每条审核意见，意见内容作为批注" };
        var profile = new Option<FileInfo?>("--profile") { Description = "地区审核配置（JSON）：停用规则或调整级别，每项须注明理由" };
        var accepted = new Option<FileInfo?>("--accepted") { Description = "已接受的审核意见记录（JSON，由 jixiao accept 写入）" };
        var with = new Option<FileInfo[]>("--with") { Description = "同一部门同一次公开的另一个文件（如北京另行发布的公开表 PDF），与 FILE 合并为一次公开审核；可重复", AllowMultipleArgumentsPerToken = false };
        var command = new Command("check", "按审核规则审核文档，按表和章节列出审核意见（页码、原文、应为、实为）；也可批量审核一个文件夹")
            { path, json, csv, annotate, profile, accepted, with };
        command.SetAction(parse => Execute(parse.GetValue(path)!, new CheckOptions(parse.GetValue(json), parse.GetValue(csv),
            parse.GetValue(annotate), parse.GetValue(profile), parse.GetValue(accepted)) { With = parse.GetValue(with) ?? [] }, output, error));
        return command;
    }

    internal static int Execute(FileSystemInfo path, CheckOptions options, TextWriter output, TextWriter error)
    {
        if (!ReviewSettings.TryLoad(options, error, out var settings)) return ExitCodes.UnreadableInput;
        if (path is DirectoryInfo || Directory.Exists(path.FullName))
            return BatchCheck.Run(new DirectoryInfo(path.FullName), options, settings, output, error);
        return CheckFile(new FileInfo(path.FullName), options, settings, output, error);
    }

    private static int CheckFile(FileInfo file, CheckOptions options, ReviewSettings settings, TextWriter output, TextWriter error)
    {
        ImportResult? result;
        using (StageTimes.Measure("import (whole)")) result = FileImport.TryImport(file, error);
        if (result is null) return ExitCodes.UnreadableInput;
        var companions = new List<Jixiao.Core.Model.TargetDocument>();
        foreach (var other in options.With)
        {
            var read = FileImport.TryImport(other, error);
            if (read is null) return ExitCodes.UnreadableInput;
            companions.Add(read.Document);
        }
        if (companions.Count > 0) error.WriteLine($"与 {string.Join("、", options.With.Select(w => w.Name))} 合并为一次公开审核（公开表、说明各部分按全部文件核对）");
        IReadOnlyList<Finding> findings;
        using (StageTimes.Measure("review")) findings = ReviewRules.Default.Review(result.Document, settings.Profile, settings.Acceptances, companions);
        List<LocatedFinding> located;
        using (StageTimes.Measure("evidence"))
        {
            var locator = EvidenceLocator.For(result);
            located = findings.Select(f => new LocatedFinding(file.Name, f, locator?.Locate(f) ?? FindingEvidence.None)).ToList();
        }

        if (options.Annotate is not null && !AnnotatedPdf.TryWrite(file, result, located, options.Annotate, output, error))
            return ExitCodes.UnreadableInput;
        if (options.Csv is not null)
        {
            FindingCsvWriter.WriteFile(options.Csv.FullName, located, withFileColumn: false);
            error.WriteLine($"审核意见表已写入：{options.Csv.FullName}（{located.Count} 条）");
        }
        if (options.Json)
        {
            output.WriteLine(DocumentJsonWriter.ToJson(result.Document, w => LocatedFindingJsonWriter.Write(w, located)));
        }
        else
            FindingReport.Write(result.Document, located, output);
        return findings.Any(f => !f.IsAccepted && f.Severity == Severity.Error) ? ExitCodes.FindingsWithErrors : ExitCodes.Ok;
    }
}

/// <summary>What <c>check</c> was asked to produce besides the printed findings.</summary>
internal sealed record CheckOptions(bool Json, FileInfo? Csv, FileInfo? Annotate, FileInfo? Profile, FileInfo? Accepted)
{
    /// <summary>The other files of the same disclosure (<c>--with</c>).</summary>
    public IReadOnlyList<FileInfo> With { get; init; } = [];
}

/// <summary>The jurisdiction profile and the recorded acceptances, loaded once for a file or a whole batch.</summary>
internal sealed record ReviewSettings(ReviewProfile? Profile, IReadOnlyList<Acceptance> Acceptances)
{
    public static bool TryLoad(CheckOptions options, TextWriter error, out ReviewSettings settings)
    {
        settings = new ReviewSettings(null, []);
        try
        {
            ReviewProfile? profile = null;
            if (options.Profile is { } p)
            {
                if (!p.Exists) { error.WriteLine($"错误：找不到审核配置文件“{p.FullName}”。"); return false; }
                profile = ReviewProfile.FromJson(File.ReadAllText(p.FullName));
            }
            var acceptances = options.Accepted is { } a ? AcceptanceStore.Load(a.FullName) : [];
            settings = new ReviewSettings(profile, acceptances);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            error.WriteLine($"错误：{ex.Message}");
            return false;
        }
    }
}
