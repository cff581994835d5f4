using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Data.Security;
using Jixiao.Documents;
using Jixiao.Documents.SelfEvaluation;

namespace Jixiao.Data.Evaluation;

public sealed partial class EvaluationService
{
    /// <summary>The project's 项目支出绩效自评表 (10号 layout, .xlsx) pre-filled with its targets and whatever is entered so far.</summary>
    public async Task<byte[]> TemplateAsync(Actor? actor, int evaluationId, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        var (targets, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        using var output = new MemoryStream();
        EvaluationXlsxWriter.Write(targets, EvaluationScoring.ReadSheet(version.SheetJson), output, await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false));
        return output.ToArray();
    }

    /// <summary>
    /// Reads a filled 自评表 (.xlsx of our template, or another producer's table as .xlsx/.docx/.pdf) for this project
    /// without saving: each line as read, matched to a target line or not, with its problems in Chinese. A file that
    /// cannot be read, or that does not hold this project, gives <see cref="EvaluationImportPreview.Errors"/>.
    /// </summary>
    public async Task<EvaluationImportPreview> PreviewImportAsync(Actor? actor, int evaluationId, string fileName, ReadOnlyMemory<byte> bytes,
        CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        Require(actor, EvaluationAction.Fill, e, "导入自评表");
        var (targets, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        return Preview(targets, version.GoalActual, fileName, bytes, await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false));
    }

    /// <summary>Reads the file again and saves what it holds, as a save would (If-Match); refused while the preview has errors.</summary>
    public async Task<EvaluationDetail> CommitImportAsync(Actor? actor, int evaluationId, string fileName, ReadOnlyMemory<byte> bytes,
        long expectedRowVersion, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        Require(actor, EvaluationAction.Fill, e, "导入自评表");
        var (targets, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        var preview = Preview(targets, version.GoalActual, fileName, bytes, await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false));
        if (!preview.CanCommit || preview.Inputs is null)
            throw new InvalidInputException($"文件“{fileName}”不能导入：" + string.Join("；", preview.Errors.Concat(
                preview.Rows.Where(r => !r.Matched).SelectMany(r => r.Problems)).Take(5)));
        _db.ChangeTracker.Clear();
        return await SaveAsync(actor, evaluationId, preview.Inputs, expectedRowVersion, "自评导入", ct).ConfigureAwait(false);
    }

    private static EvaluationImportPreview Preview(TargetDocument targets, string? goalActual, string fileName, ReadOnlyMemory<byte> bytes,
        EvaluationSettings settings)
    {
        EvaluationSheet sheet;
        try
        {
            sheet = EvaluationTableReader.Read(fileName, bytes);
        }
        catch (DocumentReadException ex)
        {
            return new EvaluationImportPreview(false, [ex.Message], null, [], null, null);
        }
        var project = targets.Projects[0];
        var result = new SelfEvaluationScorer(settings, EvaluationScoring.Keys).Score(targets, sheet);
        var index = result.Projects.ToList().FindIndex(p => p.Matched);
        if (index < 0)
        {
            var found = string.Join("、", sheet.Projects.Select(p => $"“{p.Name}”").Take(5));
            return new EvaluationImportPreview(false,
                [$"文件“{fileName}”中没有项目“{project.Name}”" + (project.Code is null ? "" : $"（{project.Code}）") +
                 (found.Length == 0 ? "：未读到任何项目。" : $"：文件中的项目为 {found}，请核对项目编码和名称。")],
                null, [], null, null);
        }
        var scored = result.Projects[index];
        var filled = sheet.Projects[index];
        var rows = new List<EvaluationImportRow>();
        var inputs = new List<EvaluationLineInput>();
        for (var i = 0; i < scored.Indicators.Count; i++)
        {
            var line = scored.Indicators[i];
            var problems = scored.Findings.Where(f => f.Where.Indicator == i + 1 && f.RuleId is "EVA-008" or "EVA-006")
                .Select(f => f.Message).ToList();
            var matched = line.Method is not null;
            var notApplicable = line.Method == ScoringMethod.NotApplicable;
            rows.Add(new EvaluationImportRow(i + 1, line.Level2, line.Name, line.Actual, line.Grade, line.WrittenScore?.Text, line.Reason, matched,
                problems));
            if (matched && line.Key is not null)
                inputs.Add(new EvaluationLineInput(line.Key, notApplicable ? null : line.Actual, line.Grade, line.WrittenScore?.Text, line.Reason,
                    notApplicable));
        }
        var errors = new List<string>();
        if (result.Projects.Count(p => p.Matched) > 1)
            errors.Add($"文件“{fileName}”中项目“{project.Name}”出现了不止一次，请只保留一份。");
        var canCommit = errors.Count == 0 && rows.All(r => r.Matched);
        var x = filled.Execution;
        return new EvaluationImportPreview(canCommit, errors,
            new EvaluationInputs(x.InitialBudget?.Text, x.YearBudget?.Text, x.Executed?.Text, goalActual, inputs), rows, scored.Total, scored.Grade);
    }
}
