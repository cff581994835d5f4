using System.Globalization;
using Jixiao.Core.Evaluation;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;
using Jixiao.Core.Values;

namespace Jixiao.Data.Evaluation;

public sealed partial class EvaluationService
{
    /// <summary>
    /// Saves the inputs of the current version (only while 填报中 or 被退回, by who may fill it), refused with
    /// <see cref="ConcurrencyConflictException"/> when it was saved since <paramref name="expectedRowVersion"/> was read.
    /// One audit line per changed field. Saving never refuses incomplete inputs: submission does.
    /// </summary>
    public Task<EvaluationDetail> SaveAsync(Actor? actor, int evaluationId, EvaluationInputs inputs, long expectedRowVersion,
        CancellationToken ct = default) => SaveAsync(actor, evaluationId, inputs, expectedRowVersion, "自评保存", ct);

    internal async Task<EvaluationDetail> SaveAsync(Actor? actor, int evaluationId, EvaluationInputs inputs, long expectedRowVersion,
        string auditAction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var e = await VisibleAsync(actor, evaluationId, track: true, ct).ConfigureAwait(false);
        if (!EvaluationStates.IsEditable(e.State))
            throw new WorkflowException($"项目“{e.ProjectName}”的自评当前为“{e.State.ToChinese()}”，只有填报中或被退回的自评可以修改。");
        Require(actor, EvaluationAction.Fill, e, "填写自评");
        CheckRowVersion(e, expectedRowVersion);
        var (targets, version) = await LoadAsync(e, ct, trackVersion: true).ConfigureAwait(false);
        if (version.Frozen) throw new WorkflowException($"项目“{e.ProjectName}”的自评第 {version.Number} 版已提交冻结，不能修改。");

        var settings = await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false);
        var sheet = EvaluationScoring.SheetOf(targets, inputs, settings);
        var goalActual = EvaluationScoring.Text(inputs.GoalActual, "年度总体目标的实际完成情况");
        var scored = EvaluationScoring.Score(targets, sheet, settings);
        var before = EvaluationScoring.ReadSheet(version.SheetJson).Projects[0];
        var changes = EvaluationChanges.Between(before, version.GoalActual, sheet.Projects[0], goalActual);
        if (changes.Count > 0)
        {
            var d = new DocumentEntity { Id = e.DocumentId, Title = "", UnitName = "" };
            foreach (var (field, old, @new) in changes)
                store.Audit(d, actor!, auditAction, $"项目{e.ProjectName}", field, old, @new);
            version.SheetJson = EvaluationScoring.SheetJson(sheet);
            version.GoalActual = goalActual;
            version.Total = scored.Total;
            version.Grade = scored.Grade;
            e.Total = scored.Total;
            e.Grade = scored.Grade;
            Touch(e, actor!);
            await SaveChangesAsync(e, ct).ConfigureAwait(false);
        }
        return await DetailAsync(e, targets, scored, goalActual, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One workflow step. 提交 is refused (Chinese, naming each line) while the scorer finds an error — a line below
    /// full points without a reason, a judged score outside its band, a missing actual — and freezes the version;
    /// 确认 by the department (not by who submitted the version); 退回 with a note opens the next version;
    /// 公开 by the finance bureau makes the result public.
    /// </summary>
    public async Task<EvaluationDetail> TransitionAsync(Actor? actor, int evaluationId, EvaluationStep step, string? note,
        long? expectedRowVersion = null, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: true, ct).ConfigureAwait(false);
        var next = EvaluationStates.Next(e.State, step)
            ?? throw new WorkflowException($"项目“{e.ProjectName}”的自评当前为“{e.State.ToChinese()}”，不能{step.ToChinese()}。");
        Require(actor, step switch
        {
            EvaluationStep.Submit => EvaluationAction.Submit,
            EvaluationStep.Confirm => EvaluationAction.Confirm,
            EvaluationStep.Return => EvaluationAction.Return,
            _ => EvaluationAction.Publish,
        }, e, step.ToChinese() + "自评");
        if (expectedRowVersion is long expected) CheckRowVersion(e, expected);
        var text = EvaluationScoring.Text(note, $"{step.ToChinese()}意见");
        if (step == EvaluationStep.Return && text is null)
            throw new WorkflowException("退回时必须填写退回意见，说明需要修改什么。");

        var (targets, version) = await LoadAsync(e, ct, trackVersion: true).ConfigureAwait(false);
        var scored = EvaluationScoring.Score(targets, EvaluationScoring.ReadSheet(version.SheetJson), await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false));
        var now = store.Now;
        switch (step)
        {
            case EvaluationStep.Submit:
                if (scored.Findings.Any(f => f.Severity == Core.Review.Severity.Error && !f.IsAccepted))
                    throw new InvalidInputException(EvaluationScoring.SubmissionRefusal(e.ProjectName, scored));
                version.Frozen = true;
                version.SubmittedBy = actor!.UserName;
                version.SubmittedAt = now;
                version.Total = scored.Total;
                version.Grade = scored.Grade;
                e.Total = scored.Total;
                e.Grade = scored.Grade;
                e.ReturnNote = null;
                break;
            case EvaluationStep.Confirm:
                await CheckSeparationAsync(actor!, e, version, ct).ConfigureAwait(false);
                break;
            case EvaluationStep.Return:
                e.ReturnNote = text;
                e.CurrentVersion = version.Number + 1;
                Versions.Add(new SelfEvaluationVersionEntity
                {
                    EvaluationId = e.Id, Number = version.Number + 1, SheetJson = version.SheetJson, GoalActual = version.GoalActual,
                    Total = version.Total, Grade = version.Grade, CreatedBy = actor!.UserName, CreatedAt = now,
                });
                break;
        }
        var previous = e.State;
        e.State = next;
        Touch(e, actor!);
        store.Audit(new DocumentEntity { Id = e.DocumentId, Title = "", UnitName = "" }, actor!, "自评" + step.ToChinese(),
            $"项目{e.ProjectName}", "状态", previous.ToChinese(), next.ToChinese() + (text is null ? "" : $"（{text}）"));
        await SaveChangesAsync(e, ct).ConfigureAwait(false);
        if (step == EvaluationStep.Return) (targets, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        return await DetailAsync(e, targets, scored, version.GoalActual, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// 复核: the finance bureau records its own checked score (0–100, two decimals at most) beside the unit's, with a
    /// note; the grade follows from it and the difference is shown. Allowed once the department has confirmed.
    /// </summary>
    public async Task<EvaluationDetail> RecordReviewAsync(Actor? actor, int evaluationId, decimal score, string? note, long expectedRowVersion,
        CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: true, ct).ConfigureAwait(false);
        Require(actor, EvaluationAction.Review, e, "复核自评");
        CheckRowVersion(e, expectedRowVersion);
        if (score < 0m || score > 100m || decimal.Round(score, 2) != score)
            throw new InvalidInputException($"复核得分“{score.ToString(CultureInfo.InvariantCulture)}”须在 0 到 100 之间，最多两位小数。");
        var text = EvaluationScoring.Text(note, "复核意见");
        var d = new DocumentEntity { Id = e.DocumentId, Title = "", UnitName = "" };
        store.Audit(d, actor!, "自评复核", $"项目{e.ProjectName}", "复核得分", e.ReviewScore is { } old ? Format(old) : null,
            Format(score) + (text is null ? "" : $"（{text}）"));
        e.ReviewScore = score;
        e.ReviewGrade = (await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false)).GradeOf(score);
        e.ReviewNote = text;
        e.ReviewedBy = actor!.UserName;
        e.ReviewedAt = store.Now;
        Touch(e, actor);
        await SaveChangesAsync(e, ct).ConfigureAwait(false);
        return await GetAsync(actor, e.Id, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// 职责分离 as for target documents: who submitted a version may not confirm it (a department reviewer filing the
    /// department's own project), unless the jurisdiction switched the rule off.
    /// </summary>
    private Task CheckSeparationAsync(Actor actor, SelfEvaluationEntity e, SelfEvaluationVersionEntity version, CancellationToken ct) =>
        SeparationOfDuties.CheckAsync(_db, e.JurisdictionId, actor, version.SubmittedBy, () =>
            $"您（{actor.Role.ToChinese()} {actor.DisplayName}）提交了项目“{e.ProjectName}”的自评第 {version.Number} 版，不能再确认这一版：须由另一位审核人确认。", ct);

    private void CheckRowVersion(SelfEvaluationEntity e, long expected)
    {
        if (e.RowVersion != expected) throw Conflict(e);
    }

    private void Touch(SelfEvaluationEntity e, Actor actor)
    {
        e.RowVersion++;
        e.UpdatedBy = actor.UserName;
        e.UpdatedAt = store.Now;
    }

    private async Task SaveChangesAsync(SelfEvaluationEntity e, CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            var stored = await Evaluations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == e.Id, ct).ConfigureAwait(false);
            throw Conflict(stored ?? e);
        }
    }

    private static ConcurrencyConflictException Conflict(SelfEvaluationEntity stored)
    {
        var when = ChineseDates.DateTimeSeconds(stored.UpdatedAt);
        return new ConcurrencyConflictException($"项目“{stored.ProjectName}”的自评已被{stored.UpdatedBy ?? "其他用户"}于{when}修改，您的修改未保存。请刷新后重试。");
    }
}
