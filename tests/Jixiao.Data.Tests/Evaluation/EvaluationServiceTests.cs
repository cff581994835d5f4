using Jixiao.Data.Entities;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.Evaluation;

public sealed class SqliteEvaluationServiceTests : EvaluationServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresEvaluationServiceTests : EvaluationServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 单位自评 in the store: started from a published document pre-filled by key, scored live, refused on submission
/// while a line below full points has no reason, confirmed, checked (复核) and published; versions frozen, every
/// change audited, each role seeing only its own.
/// </summary>
public abstract class EvaluationServiceTests : StoreTestBase
{
    private EvaluationService NewService() => new(Db.NewStore());

    /// <summary>The notary office's published (2025) document and its filer.</summary>
    protected async Task<(DocumentEntity Document, Actor Filer)> PublishedDocumentAsync(string filerName = NotaryFiler)
    {
        var filer = await SignIn(filerName);
        await using var context = Db.NewContext();
        var d = await context.Documents.AsNoTracking()
            .FirstAsync(x => x.BudgetUnitId == filer.BudgetUnitId && x.State == WorkflowState.Published);
        return (d, filer);
    }

    protected async Task<(EvaluationDetail Detail, Actor Filer, DocumentEntity Document)> StartedAsync()
    {
        var (d, filer) = await PublishedDocumentAsync();
        var list = await NewService().ListForDocumentAsync(filer, d.Id);
        Assert.True(list.CanStart);
        return (await NewService().StartAsync(filer, d.Id, list.Projects[0].ProjectKey), filer, d);
    }

    [Fact]
    public async Task A_self_evaluation_starts_pre_filled_line_for_line_by_key_from_the_frozen_version()
    {
        var (d, filer) = await PublishedDocumentAsync();
        await using var context = Db.NewContext();
        var project = await context.Projects.AsNoTracking().Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).FirstAsync();
        var indicators = await context.Indicators.AsNoTracking().Where(i => i.ProjectId == project.Id).OrderBy(i => i.Position).ToListAsync();

        var detail = await NewService().StartAsync(filer, d.Id, project.Key);

        Assert.Equal((EvaluationState.Draft, "填报中", 1, d.CurrentVersion), (detail.Summary.State, detail.Summary.StateName,
            detail.Summary.CurrentVersion, detail.Summary.DocumentVersion));
        Assert.Equal(project.Key, detail.Summary.ProjectKey);
        // Every indicator with a value is a line, in order, by its key; nothing achieved yet.
        var expected = indicators.Where(i => !string.IsNullOrWhiteSpace(i.Value) || !string.IsNullOrWhiteSpace(i.Name)).Select(i => i.Key).ToArray();
        Assert.Equal(expected, detail.Lines.Select(l => l.Key).ToArray());
        Assert.All(detail.Lines, l => Assert.Null(l.Actual));
        Assert.Equal(project.BudgetAsWritten, detail.Execution.YearBudget);
        Assert.True(detail.BlocksSubmission);
        Assert.Equal(1, detail.Summary.RowVersion);
        // Twice is refused; a draft document cannot be evaluated.
        var again = await Assert.ThrowsAsync<WorkflowException>(() => NewService().StartAsync(filer, d.Id, project.Key));
        Assert.Contains("已经开始", again.Message, StringComparison.Ordinal);
        var (draft, _) = await ImportSeed002Async();
        var refused = await Assert.ThrowsAsync<WorkflowException>(async () =>
            await NewService().StartAsync(filer, draft.Id, (await NewService().ListForDocumentAsync(filer, draft.Id)).Projects[0].ProjectKey));
        Assert.Contains("只有已审核或已公开", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filer_enters_is_stopped_by_a_missing_reason_submits_reviewer_confirms_finance_checks_and_publishes()
    {
        var (detail, filer, d) = await StartedAsync();
        var inputs = EvaluationFill.AllMet(detail);
        var floor = EvaluationFill.FloorLine(detail);
        var line = detail.Lines[floor];
        var target = Core.Values.TargetValue.Parse(line.Target!);
        // Half the target on one ≥ line: below full points, and no reason yet.
        var half = (target.NumericValue!.Value / 2m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + target.Unit;
        inputs = EvaluationFill.With(inputs, floor, l => l with { Actual = half, Reason = null });

        var saved = await NewService().SaveAsync(filer, detail.Summary.Id, inputs, detail.Summary.RowVersion);
        Assert.Equal(2, saved.Summary.RowVersion);
        var scoredLine = saved.Lines[floor];
        Assert.True(scoredLine.Score < scoredLine.Points);
        Assert.Equal(decimal.Round(scoredLine.Points!.Value / 2m, 2, MidpointRounding.AwayFromZero), scoredLine.Score);
        Assert.Equal(100m - scoredLine.Points.Value + scoredLine.Score, saved.Summary.Total);
        Assert.Equal(saved.Summary.Total >= 90m ? "优" : "良", saved.Summary.Grade);
        Assert.True(saved.BlocksSubmission);

        var stopped = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NewService().TransitionAsync(filer, detail.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion));
        Assert.Contains($"第{floor + 1}项指标", stopped.Message, StringComparison.Ordinal);
        Assert.Contains(line.Name, stopped.Message, StringComparison.Ordinal);
        Assert.Contains("偏差原因分析及改进措施", stopped.Message, StringComparison.Ordinal);

        inputs = EvaluationFill.With(inputs, floor, l => l with { Reason = "受疫情影响，下半年补足" });
        saved = await NewService().SaveAsync(filer, detail.Summary.Id, inputs, saved.Summary.RowVersion);
        Assert.False(saved.BlocksSubmission);
        var submitted = await NewService().TransitionAsync(filer, detail.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion);
        Assert.Equal(EvaluationState.Submitted, submitted.Summary.State);
        Assert.True(submitted.Versions.Single().Frozen);
        Assert.Equal(NotaryFiler, submitted.Versions.Single().SubmittedBy);
        // Frozen: no more saves.
        await Assert.ThrowsAsync<WorkflowException>(() => NewService().SaveAsync(filer, detail.Summary.Id, inputs, submitted.Summary.RowVersion));

        var finance = await SignIn(Finance);
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().TransitionAsync(finance, detail.Summary.Id, EvaluationStep.Confirm, null));
        var reviewer = await SignIn(JusticeReviewer);
        var confirmed = await NewService().TransitionAsync(reviewer, detail.Summary.Id, EvaluationStep.Confirm, null);
        Assert.Equal("已确认", confirmed.Summary.StateName);

        // The public sees nothing until the finance bureau publishes.
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().GetAsync(null, detail.Summary.Id));
        var reviewed = await NewService().RecordReviewAsync(finance, detail.Summary.Id, 85.50m, "抽查发现部分指标佐证不足", confirmed.Summary.RowVersion);
        Assert.Equal(85.50m, reviewed.Summary.ReviewScore);
        Assert.Equal("良", reviewed.Summary.ReviewGrade);
        Assert.Equal(85.50m - reviewed.Summary.Total, reviewed.Summary.Difference);
        await Assert.ThrowsAsync<InvalidInputException>(() => NewService().RecordReviewAsync(finance, detail.Summary.Id, 100.5m, null, reviewed.Summary.RowVersion));

        var distribution = await NewService().GradeDistributionAsync(finance, d.FiscalYear);
        Assert.Equal(["优", "良", "中", "差"], distribution.Unit.Select(g => g.Grade));
        Assert.Equal(1, distribution.Unit.Single(g => g.Grade == reviewed.Summary.Grade).Count);
        Assert.Equal(1, distribution.Reviewed.Single(g => g.Grade == "良").Count);

        await NewService().TransitionAsync(finance, detail.Summary.Id, EvaluationStep.Publish, null, reviewed.Summary.RowVersion);
        var seenByPublic = await NewService().GetAsync(null, detail.Summary.Id);
        Assert.Equal(EvaluationState.Published, seenByPublic.Summary.State);

        // Every change audited: each changed field, each step, the 复核.
        var audit = await NewService().GetAuditAsync(finance, detail.Summary.Id);
        Assert.Contains(audit, a => a.Action == "开始自评");
        Assert.Contains(audit, a => a.Action == "自评保存" && a.Field == $"{line.Name}·实际完成值" && a.New == half);
        Assert.Contains(audit, a => a.Action == "自评保存" && a.Field == $"{line.Name}·偏差原因" && a.New == "受疫情影响，下半年补足");
        Assert.Contains(audit, a => a.Action == "自评提交" && a.User == NotaryFiler);
        Assert.Contains(audit, a => a.Action == "自评确认" && a.User == JusticeReviewer);
        Assert.Contains(audit, a => a.Action == "自评复核" && a.New!.StartsWith("85.50", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "自评公开");
    }

    [Fact]
    public async Task A_return_keeps_the_submitted_version_frozen_and_opens_the_next_with_the_same_inputs()
    {
        var (detail, filer, _) = await StartedAsync();
        var saved = await NewService().SaveAsync(filer, detail.Summary.Id, EvaluationFill.AllMet(detail), detail.Summary.RowVersion);
        Assert.Equal(100m, saved.Summary.Total);
        Assert.Equal("优", saved.Summary.Grade);
        await NewService().TransitionAsync(filer, detail.Summary.Id, EvaluationStep.Submit, null);
        var reviewer = await SignIn(JusticeReviewer);
        await Assert.ThrowsAsync<WorkflowException>(() => NewService().TransitionAsync(reviewer, detail.Summary.Id, EvaluationStep.Return, " "));
        var returned = await NewService().TransitionAsync(reviewer, detail.Summary.Id, EvaluationStep.Return, "请补充佐证材料");

        Assert.Equal((EvaluationState.Returned, 2, "请补充佐证材料"), (returned.Summary.State, returned.Summary.CurrentVersion, returned.Summary.ReturnNote));
        Assert.Equal([true, false], returned.Versions.Select(v => v.Frozen));
        Assert.Equal(saved.Inputs.Lines.Select(l => l.Actual), returned.Inputs.Lines.Select(l => l.Actual));
        // The filer edits the new version; the first stays as submitted.
        var edited = await NewService().SaveAsync(filer, detail.Summary.Id, returned.Inputs with { GoalActual = "已补充" }, returned.Summary.RowVersion);
        Assert.Equal("已补充", edited.GoalActual);
        await using var context = Db.NewContext();
        var first = await context.Set<SelfEvaluationVersionEntity>().AsNoTracking().SingleAsync(v => v.EvaluationId == detail.Summary.Id && v.Number == 1);
        Assert.Equal("年度总体目标已全部完成", first.GoalActual);
    }

    [Fact]
    public async Task A_judged_score_outside_its_band_blocks_submission_saying_which_line()
    {
        var (detail, filer, _) = await StartedAsync();
        var inputs = EvaluationFill.AllMet(detail);
        var index = 0;
        var line = detail.Lines[index];
        var points = line.Points!.Value;
        // 达成 is [80%, 100%] of the points: half of them is outside.
        inputs = EvaluationFill.With(inputs, index, l => new EvaluationLineInput(l.Key, "基本完成", "达成",
            (points / 2m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "部分工作推迟"));
        var saved = await NewService().SaveAsync(filer, detail.Summary.Id, inputs, detail.Summary.RowVersion);
        Assert.Contains(saved.Findings, f => f.RuleId == "EVA-004" && f.Line == index + 1);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NewService().TransitionAsync(filer, detail.Summary.Id, EvaluationStep.Submit, null));
        Assert.Contains("第1项指标", refused.Message, StringComparison.Ordinal);
        Assert.Contains("达成", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_not_applicable_is_left_out_and_the_others_rescaled_an_overachievement_is_flagged()
    {
        var (detail, filer, _) = await StartedAsync();
        var inputs = EvaluationFill.AllMet(detail);
        var floor = EvaluationFill.FloorLine(detail);
        var other = floor == 0 ? 1 : 0;
        var target = Core.Values.TargetValue.Parse(detail.Lines[floor].Target!);
        var far = (target.NumericValue!.Value * 1.5m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + target.Unit;
        inputs = EvaluationFill.With(inputs, floor, l => l with { Actual = far });
        inputs = EvaluationFill.With(inputs, other, l => new EvaluationLineInput(l.Key, null, Reason: "本年度未开展该项工作", NotApplicable: true));

        var saved = await NewService().SaveAsync(filer, detail.Summary.Id, inputs, detail.Summary.RowVersion);

        Assert.True(saved.Lines[other].NotApplicable);
        Assert.Equal(0m, saved.Lines[other].Points);
        Assert.Equal(90m, saved.Lines.Sum(l => l.Points ?? 0m));
        // Past the target: full points, never more, and flagged for the evaluator.
        Assert.Equal(saved.Lines[floor].Points, saved.Lines[floor].Score);
        Assert.True(saved.Lines[floor].FarPastTarget);
        Assert.Contains(saved.Findings, f => f.RuleId == "EVA-005" && f.Line == floor + 1);
        // The judged lines' points grew with the rescaling: scored at the old points they now fall short.
        Assert.All(saved.Lines.Where(l => l.Judged), l => Assert.True(l.Score < l.Points));
        var rescored = inputs with
        {
            Lines = inputs.Lines.Select((l, i) => saved.Lines[i].Judged ? EvaluationFill.Met(saved.Lines[i]) : l).ToArray(),
        };
        saved = await NewService().SaveAsync(filer, detail.Summary.Id, rescored, saved.Summary.RowVersion);
        Assert.Equal(100m, saved.Summary.Total);
        Assert.True(saved.Inputs.Lines[other].NotApplicable);
    }

    [Fact]
    public async Task Each_role_sees_and_does_only_its_own()
    {
        var (detail, filer, d) = await StartedAsync();
        var id = detail.Summary.Id;
        var otherFiler = await SignIn(DetoxFiler);
        var otherReviewer = await SignIn(EducationReviewer);
        var reviewer = await SignIn(JusticeReviewer);
        var finance = await SignIn(Finance);
        var admin = await SignIn(Admin);

        await Assert.ThrowsAsync<NotFoundException>(() => NewService().GetAsync(otherFiler, id));
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().GetAsync(otherReviewer, id));
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().GetAsync(null, id));
        Assert.Equal(id, (await NewService().GetAsync(reviewer, id)).Summary.Id);
        Assert.Equal(id, (await NewService().GetAsync(finance, id)).Summary.Id);
        Assert.Equal(id, (await NewService().GetAsync(admin, id)).Summary.Id);
        Assert.Empty(await NewService().ListAsync(otherFiler, d.FiscalYear));
        Assert.Empty(await NewService().ListAsync(otherReviewer, d.FiscalYear));
        Assert.Empty(await NewService().ListAsync(null, d.FiscalYear));
        Assert.Single(await NewService().ListAsync(finance, d.FiscalYear));

        var inputs = EvaluationFill.AllMet(detail);
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().SaveAsync(reviewer, id, inputs, 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().SaveAsync(finance, id, inputs, 1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().StartAsync(reviewer, d.Id, detail.Summary.ProjectKey));
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().StartAsync(otherFiler, d.Id, detail.Summary.ProjectKey));
        await NewService().SaveAsync(filer, id, inputs, 1);
        await NewService().TransitionAsync(filer, id, EvaluationStep.Submit, null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().TransitionAsync(filer, id, EvaluationStep.Confirm, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().RecordReviewAsync(reviewer, id, 90m, null, 3));
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_a_bad_number_or_unknown_key_stores_nothing()
    {
        var (detail, filer, _) = await StartedAsync();
        var inputs = EvaluationFill.AllMet(detail);
        var first = await NewService().SaveAsync(filer, detail.Summary.Id, inputs, detail.Summary.RowVersion);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            NewService().SaveAsync(filer, detail.Summary.Id, inputs with { GoalActual = "另一人的修改" }, detail.Summary.RowVersion));
        Assert.Contains(NotaryFiler, stale.Message, StringComparison.Ordinal);

        var bad = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NewService().SaveAsync(filer, detail.Summary.Id, inputs with { Executed = "十二万" }, first.Summary.RowVersion));
        Assert.Contains("全年执行数“十二万”不是数字", bad.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NewService().SaveAsync(filer, detail.Summary.Id, inputs with { Lines = [new EvaluationLineInput("no-such-key", "1")] }, first.Summary.RowVersion));
        Assert.Contains("no-such-key", unknown.Message, StringComparison.Ordinal);
        var stored = await NewService().GetAsync(filer, detail.Summary.Id);
        Assert.Equal((first.Summary.RowVersion, "年度总体目标已全部完成"), (stored.Summary.RowVersion, stored.GoalActual));
    }
}
