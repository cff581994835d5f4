using Jixiao.Core.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Documents.Publishing.Layout;
using Jixiao.Documents.SelfEvaluation;

namespace Jixiao.Data.Evaluation;

public sealed partial class EvaluationService
{
    /// <summary>
    /// The filled, scored 项目支出绩效自评表 in the 10号 layout as <paramref name="format"/> (xlsx, docx, pdf): whoever may
    /// view the evaluation may print it (the public: once published). The same layout as <c>jixiao evaluate --out</c>.
    /// </summary>
    public async Task<byte[]> PrintAsync(Actor? actor, int evaluationId, string format, CancellationToken ct = default)
    {
        if (!FilledEvaluationPublisher.Formats.ContainsKey(format))
            throw new InvalidInputException($"自评表只能印成 xlsx、docx 或 pdf，不能印成“{format}”。");
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        var (targets, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        var settings = await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false); // the jurisdiction's own scoring (绩效设置)
        var result = new SelfEvaluationScorer(settings, EvaluationScoring.Keys).Score(targets, EvaluationScoring.ReadSheet(version.SheetJson));
        using var output = new MemoryStream();
        FilledEvaluationPublisher.Write(result, format, output, _ => EvaluationDetails.Of(targets.Projects.FirstOrDefault(), version.GoalActual), settings);
        return output.ToArray();
    }
}
