using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Data.Security;
using Jixiao.Documents;
using Jixiao.Documents.Monitoring;

namespace Jixiao.Data.Monitoring;

public sealed partial class MonitoringService
{
    /// <summary>The report's 项目支出绩效目标执行监控表 (136号 layout, .xlsx), pre-filled with the targets and whatever is entered so far.</summary>
    public async Task<byte[]> TemplateAsync(Actor? actor, int reportId, CancellationToken ct = default)
    {
        var r = await VisibleAsync(actor, reportId, track: false, ct).ConfigureAwait(false);
        var (period, targets, version) = await LoadAsync(r, ct).ConfigureAwait(false);
        using var output = new MemoryStream();
        MonitoringXlsxWriter.Write(targets, MonitoringSheets.ReadSheet(version.SheetJson), period.AsOf, MonitoringSheets.ReadNotes(version.CauseNotesJson),
            output, await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false));
        return output.ToArray();
    }

    /// <summary>
    /// Reads a filled 监控表 for this report without saving: each project and line as read, matched to the targets or not,
    /// with its Chinese problems (a project or indicator the targets do not have, a figure that is not a number, a
    /// likelihood not in the list, a cause cell that is not a tick). A file that cannot be read gives only errors.
    /// </summary>
    public async Task<MonitoringImportPreview> PreviewImportAsync(Actor? actor, int reportId, string fileName, ReadOnlyMemory<byte> bytes,
        CancellationToken ct = default)
    {
        var r = await VisibleAsync(actor, reportId, track: false, ct).ConfigureAwait(false);
        Require(actor, MonitoringAction.Fill, r, "导入监控表");
        var (period, targets, _) = await LoadAsync(r, ct).ConfigureAwait(false);
        return Preview(targets, fileName, bytes, await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false));
    }

    /// <summary>Reads the file again and saves what it holds, as a save would (If-Match); refused while the preview has a problem.</summary>
    public async Task<MonitoringReportDetail> CommitImportAsync(Actor? actor, int reportId, string fileName, ReadOnlyMemory<byte> bytes,
        long expectedRowVersion, CancellationToken ct = default)
    {
        var r = await VisibleAsync(actor, reportId, track: false, ct).ConfigureAwait(false);
        Require(actor, MonitoringAction.Fill, r, "导入监控表");
        var (period, targets, _) = await LoadAsync(r, ct).ConfigureAwait(false);
        var preview = Preview(targets, fileName, bytes, await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false));
        if (!preview.CanCommit || preview.Inputs is null)
            throw new InvalidInputException($"文件“{fileName}”不能导入：" + string.Join("；", preview.Errors.Concat(
                preview.Rows.SelectMany(x => x.Problems)).Take(5)));
        // Projects the file leaves out keep what was entered: only those it holds are replaced.
        var current = (await GetAsync(actor, reportId, ct).ConfigureAwait(false)).Inputs;
        var replaced = preview.Inputs.Projects.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var merged = new MonitoringInputs(current.Projects.Select(p => replaced.GetValueOrDefault(p.Key) ?? p).ToArray());
        _db.ChangeTracker.Clear();
        return await SaveAsync(actor, reportId, merged, expectedRowVersion, "监控导入", ct).ConfigureAwait(false);
    }

    private static MonitoringImportPreview Preview(TargetDocument targets, string fileName, ReadOnlyMemory<byte> bytes, MonitoringSettings settings)
    {
        MonitoringTable table;
        try
        {
            table = MonitoringTableReader.Read(fileName, bytes, settings.Causes);
        }
        catch (DocumentReadException ex)
        {
            return new MonitoringImportPreview(false, [ex.Message], null, []);
        }
        var rows = new List<MonitoringImportRow>();
        var projects = new List<ProjectProgressInput>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in table.Projects)
        {
            var target = Match(targets.Projects, p, used);
            var problems = new List<string>(p.Problems);
            if (target is null)
                problems.Add($"第{p.Row}行的项目“{p.Name}”" + (p.Code is null ? "" : $"（{p.Code}）") + "在绩效目标中找不到（或已出现过一次）：请核对项目编码和名称。");
            CheckNumber(p.YearBudget, $"第{p.Row}行项目“{p.Name}”的全年预算数", problems);
            CheckNumber(p.Executed, $"第{p.Row}行项目“{p.Name}”的执行数", problems);
            rows.Add(new MonitoringImportRow(p.Row, p.Name, null, p.Executed, null, null, null, Joined(p.Causes), p.Remedy, target is not null, problems));
            var lines = new List<LineProgressInput>();
            var targetLines = target is null ? [] : EvaluationLines.Of(target);
            var usedLines = new HashSet<string>(StringComparer.Ordinal);
            foreach (var l in p.Lines)
            {
                var line = targetLines.FirstOrDefault(t => t.Key is not null && !usedLines.Contains(t.Key) && Same(t.Name, l.Name) && Same(t.Level2, l.Level2))
                           ?? targetLines.FirstOrDefault(t => t.Key is not null && !usedLines.Contains(t.Key) && Same(t.Name, l.Name));
                var lineProblems = new List<string>(l.Problems);
                if (target is not null && line is null)
                    lineProblems.Add($"第{l.Row}行的指标“{l.Name}”在项目“{target.Name}”的绩效目标中找不到（或已出现过一次）：请按目标表的指标名称填写。");
                if (l.Likelihood is { } likelihood && settings.LightOf(likelihood) is null)
                    lineProblems.Add($"第{l.Row}行指标“{l.Name}”的完成目标可能性“{likelihood}”不是{string.Join("／", settings.LikelihoodLights.Select(x => x.Likelihood))}之一。");
                rows.Add(new MonitoringImportRow(l.Row, p.Name, l.Name, null, l.Progress, l.Forecast, l.Likelihood, Joined(l.Causes), l.Remedy,
                    line is not null, lineProblems));
                if (line?.Key is null) continue;
                usedLines.Add(line.Key);
                lines.Add(new LineProgressInput(line.Key, l.Progress, l.Forecast, l.Likelihood, l.Causes, l.CauseNote, l.Remedy));
            }
            if (target?.Key is not null)
                projects.Add(new ProjectProgressInput(target.Key, p.YearBudget, p.Executed, p.Causes, p.CauseNote, p.Remedy, lines));
        }
        var errors = new List<string>();
        if (projects.Count == 0) errors.Add($"文件“{fileName}”中没有本文档的项目：请使用本监控表下载的模板填写。");
        var canCommit = errors.Count == 0 && rows.All(x => x.Matched && x.Problems.Count == 0);
        return new MonitoringImportPreview(canCommit, errors, new MonitoringInputs(projects), rows);
    }

    private static Project? Match(IReadOnlyList<Project> targets, MonitoringTableProject p, HashSet<string> used)
    {
        var found = (p.Code is null ? null : targets.FirstOrDefault(t => t.Key is not null && !used.Contains(t.Key) && Same(t.Code, p.Code)))
                    ?? targets.FirstOrDefault(t => t.Key is not null && !used.Contains(t.Key) && Same(t.Name, p.Name));
        if (found?.Key is not null) used.Add(found.Key);
        return found;
    }

    private static bool Same(string? a, string? b) => LineMatcher.Clean(a) == LineMatcher.Clean(b);

    private static void CheckNumber(string? text, string where, List<string> problems)
    {
        if (text is null) return;
        if (WrittenDecimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal)) is null)
            problems.Add($"{where}“{text}”不是数字。");
    }
}
