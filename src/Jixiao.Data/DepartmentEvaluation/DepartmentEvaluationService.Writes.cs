using System.Globalization;
using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.DepartmentEvaluation;

public sealed partial class DepartmentEvaluationService
{
    /// <summary>
    /// Saves the inputs of the current version (while 填报中 or 被退回, by who may fill it), refused with
    /// <see cref="ConcurrencyConflictException"/> when saved since <paramref name="expectedRowVersion"/> was read. One
    /// audit line per changed field. Saving never refuses incomplete inputs: submission does.
    /// </summary>
    public async Task<DepartmentEvaluationDetail> SaveAsync(Actor? actor, int evaluationId, DepartmentEvaluationInputs inputs, long expectedRowVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var e = await VisibleAsync(actor, evaluationId, track: true, ct).ConfigureAwait(false);
        if (!EvaluationStates.IsEditable(e.State))
            throw new WorkflowException($"“{e.UnitName}”的部门整体自评当前为“{e.State.ToChinese()}”，只有填报中或被退回的自评可以修改。");
        Require(actor, EvaluationAction.Fill, e, "填写部门整体自评");
        CheckRowVersion(e, expectedRowVersion);
        var (overall, version) = await LoadAsync(e, ct, trackVersion: true).ConfigureAwait(false);
        if (version.Frozen) throw new WorkflowException($"“{e.UnitName}”的部门整体自评第 {version.Number} 版已提交冻结，不能修改。");

        var settings = await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false);
        var sheet = DepartmentEvaluationScoring.SheetOf(overall, inputs, settings);
        var goalActual = EvaluationScoring.Text(inputs.GoalActual, "总体目标的实际完成情况");
        var scored = await ScoreAsync(e, overall, sheet, version, ct).ConfigureAwait(false);
        var before = EvaluationScoring.ReadSheet(version.SheetJson).Projects[0];
        var changes = EvaluationChanges.Between(before, version.GoalActual, sheet.Projects[0], goalActual);
        if (changes.Count > 0)
        {
            var d = DocumentOf(e);
            foreach (var (field, old, @new) in changes)
                store.Audit(d, actor!, "部门整体自评保存", AuditWhere, field, old, @new);
            version.SheetJson = EvaluationScoring.SheetJson(sheet);
            version.GoalActual = goalActual;
            version.Total = scored.Result.Total;
            version.Grade = scored.Result.Grade;
            e.Total = scored.Result.Total;
            e.Grade = scored.Result.Grade;
            Touch(e, actor!);
            await SaveChangesAsync(e, ct).ConfigureAwait(false);
        }
        return await DetailAsync(e, overall, scored, goalActual, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One workflow step. 提交 is refused while an error remains (a project's self-evaluation not submitted, a line
    /// below full points without a reason …) and freezes the version with the projects as they are; 确认 by the
    /// department (not by who submitted); 退回 with a note opens the next version (its projects read live again);
    /// 公开 by the finance bureau.
    /// </summary>
    public async Task<DepartmentEvaluationDetail> TransitionAsync(Actor? actor, int evaluationId, EvaluationStep step, string? note,
        long? expectedRowVersion = null, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: true, ct).ConfigureAwait(false);
        var next = EvaluationStates.Next(e.State, step)
            ?? throw new WorkflowException($"“{e.UnitName}”的部门整体自评当前为“{e.State.ToChinese()}”，不能{step.ToChinese()}。");
        Require(actor, step switch
        {
            EvaluationStep.Submit => EvaluationAction.Submit,
            EvaluationStep.Confirm => EvaluationAction.Confirm,
            EvaluationStep.Return => EvaluationAction.Return,
            _ => EvaluationAction.Publish,
        }, e, step.ToChinese() + "部门整体自评");
        if (expectedRowVersion is long expected) CheckRowVersion(e, expected);
        var text = EvaluationScoring.Text(note, $"{step.ToChinese()}意见");
        if (step == EvaluationStep.Return && text is null)
            throw new WorkflowException("退回时必须填写退回意见，说明需要修改什么。");

        var (overall, version) = await LoadAsync(e, ct, trackVersion: true).ConfigureAwait(false);
        var scored = await ScoreAsync(e, overall, EvaluationScoring.ReadSheet(version.SheetJson), version, ct).ConfigureAwait(false);
        var now = store.Now;
        switch (step)
        {
            case EvaluationStep.Submit:
                if (scored.Result.BlocksSubmission)
                    throw new InvalidInputException(DepartmentEvaluationScoring.SubmissionRefusal(e.UnitName, scored.Result));
                version.Frozen = true;
                version.ProjectsJson = DepartmentEvaluationScoring.ProjectsJson(scored.Projects);
                version.SubmittedBy = actor!.UserName;
                version.SubmittedAt = now;
                version.Total = scored.Result.Total;
                version.Grade = scored.Result.Grade;
                e.Total = scored.Result.Total;
                e.Grade = scored.Result.Grade;
                e.ReturnNote = null;
                break;
            case EvaluationStep.Confirm:
                await SeparationOfDuties.CheckAsync(_db, e.JurisdictionId, actor!, version.SubmittedBy, () =>
                    $"您（{actor!.Role.ToChinese()} {actor.DisplayName}）提交了“{e.UnitName}”的部门整体自评第 {version.Number} 版，不能再确认这一版：须由另一位审核人确认。",
                    ct).ConfigureAwait(false);
                break;
            case EvaluationStep.Return:
                e.ReturnNote = text;
                e.CurrentVersion = version.Number + 1;
                Versions.Add(new DepartmentEvaluationVersionEntity
                {
                    EvaluationId = e.Id, Number = version.Number + 1, SheetJson = version.SheetJson, GoalActual = version.GoalActual,
                    Total = version.Total, Grade = version.Grade, CreatedBy = actor!.UserName, CreatedAt = now,
                });
                break;
        }
        var previous = e.State;
        e.State = next;
        Touch(e, actor!);
        store.Audit(DocumentOf(e), actor!, "部门整体自评" + step.ToChinese(), AuditWhere, "状态", previous.ToChinese(),
            next.ToChinese() + (text is null ? "" : $"（{text}）"));
        await SaveChangesAsync(e, ct).ConfigureAwait(false);
        return await GetAsync(actor, e.Id, ct).ConfigureAwait(false);
    }

    /// <summary>复核: the finance bureau's own checked score (0–100, two decimals at most) and note, once the department confirmed.</summary>
    public async Task<DepartmentEvaluationDetail> RecordReviewAsync(Actor? actor, int evaluationId, decimal score, string? note, long expectedRowVersion,
        CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: true, ct).ConfigureAwait(false);
        Require(actor, EvaluationAction.Review, e, "复核部门整体自评");
        CheckRowVersion(e, expectedRowVersion);
        if (score < 0m || score > 100m || decimal.Round(score, 2) != score)
            throw new InvalidInputException($"复核得分“{score.ToString(CultureInfo.InvariantCulture)}”须在 0 到 100 之间，最多两位小数。");
        var text = EvaluationScoring.Text(note, "复核意见");
        store.Audit(DocumentOf(e), actor!, "部门整体自评复核", AuditWhere, "复核得分", e.ReviewScore is { } old ? Format(old) : null,
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

    private static DocumentEntity DocumentOf(DepartmentEvaluationEntity e) => new() { Id = e.DocumentId, Title = "", UnitName = "" };

    private void CheckRowVersion(DepartmentEvaluationEntity e, long expected)
    {
        if (e.RowVersion != expected) throw Conflict(e);
    }

    private void Touch(DepartmentEvaluationEntity e, Actor actor)
    {
        e.RowVersion++;
        e.UpdatedBy = actor.UserName;
        e.UpdatedAt = store.Now;
    }

    private async Task SaveChangesAsync(DepartmentEvaluationEntity e, CancellationToken ct)
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

    private static ConcurrencyConflictException Conflict(DepartmentEvaluationEntity stored)
    {
        var when = stored.UpdatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return new ConcurrencyConflictException($"“{stored.UnitName}”的部门整体自评已被{stored.UpdatedBy ?? "其他用户"}于{when}修改，您的修改未保存。请刷新后重试。");
    }

    private static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
