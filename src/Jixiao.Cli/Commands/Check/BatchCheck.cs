using Jixiao.Core.Review;
using Jixiao.Documents.Evidence;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// <c>jixiao check DIR [--csv ALL.csv]</c>: checks every document file directly in a folder (sorted by name), shows
/// progress on stderr, prints a summary table (文件, 部门, 年度, 错误, 警告) and writes one CSV of all findings (with the
/// file name first). A file that cannot be read is listed with the reason and the batch goes on. Files of the same
/// department and year (as each file names them) are one disclosure published in several files (北京: the tables and the
/// explanation): each is reviewed with the others as companions (<see cref="DisclosureGroups"/>).
/// Exit 2 when any file could not be read (the batch is incomplete), else 1 when any file has errors, else 0.
/// </summary>
internal static class BatchCheck
{
    /// <summary>The extensions of the files the importer reads; other files in the folder (images, archives) are skipped.</summary>
    public static readonly string[] Extensions = [".pdf", ".docx", ".xlsx", ".txt", ".html", ".htm"];

    public static int Run(DirectoryInfo folder, CheckOptions options, ReviewSettings settings, TextWriter output, TextWriter error)
    {
        if (options.Json || options.Annotate is not null)
        {
            error.WriteLine("错误：批量审核文件夹时不支持 --json 和 --annotate；请逐个文件使用，或用 --csv 得到全部审核意见。");
            return ExitCodes.UnreadableInput;
        }
        var files = folder.EnumerateFiles()
            .Where(f => Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            error.WriteLine($"错误：文件夹“{folder.FullName}”中没有可审核的文件（{string.Join(" ", Extensions)}）。");
            return ExitCodes.UnreadableInput;
        }

        var read = new List<(FileInfo File, Jixiao.Documents.ImportResult? Result, string? Failure)>(files.Count);
        BatchProgress.Run(files, error, file =>
        {
            var reason = new StringWriter();
            var result = FileImport.TryImport(file, reason);
            read.Add((file, result, result is null ? reason.ToString().Trim().Replace("错误：", "", StringComparison.Ordinal) : null));
        });
        var groups = DisclosureGroups.Of(read.Where(r => r.Result is not null).Select(r => (r.File.Name, r.Result!.Document)).ToList());
        var outcomes = read.Select(r => r.Result is null
            ? new BatchOutcome(r.File.Name, null, null, [], r.Failure)
            : CheckOne(r.File, r.Result, groups.CompanionsOf(r.File.Name), settings)).ToList();
        foreach (var (file, together) in groups.Joined) error.WriteLine($"{file} 与 {string.Join("、", together)} 合并为一次公开审核（同一部门、同一年度）");

        BatchSummary.Write(outcomes, output);
        var csv = options.Csv?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), $"{folder.Name}-审核意见.csv");
        var all = outcomes.SelectMany(o => o.Findings).ToList();
        FindingCsvWriter.WriteFile(csv, all, withFileColumn: true);
        output.WriteLine($"全部审核意见（{all.Count} 条）已写入：{csv}");

        if (outcomes.Any(o => o.Failure is not null)) return ExitCodes.UnreadableInput;
        return outcomes.Any(o => o.Errors > 0) ? ExitCodes.FindingsWithErrors : ExitCodes.Ok;
    }

    private static BatchOutcome CheckOne(FileInfo file, Jixiao.Documents.ImportResult result, IReadOnlyList<Jixiao.Core.Model.TargetDocument> companions,
        ReviewSettings settings)
    {
        var findings = ReviewRules.Default.Review(result.Document, settings.Profile, settings.Acceptances, companions);
        var locator = EvidenceLocator.For(result);
        var located = findings.Select(f => new LocatedFinding(file.Name, f, locator?.Locate(f) ?? FindingEvidence.None)).ToList();
        return new BatchOutcome(file.Name, result.Document.Department?.Name, result.Document.FiscalYear, located, Failure: null);
    }
}

/// <summary>What checking one file of a batch gave: its findings, or why it could not be read.</summary>
internal sealed record BatchOutcome(string File, string? Department, int? FiscalYear, IReadOnlyList<LocatedFinding> Findings, string? Failure)
{
    public int Errors => Findings.Count(f => !f.Finding.IsAccepted && f.Finding.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => !f.Finding.IsAccepted && f.Finding.Severity == Severity.Warning);
}
