using Jixiao.Data.DepartmentEvaluation;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.DepartmentEvaluation;

public sealed class SqliteDepartmentEvaluationServiceTests : DepartmentEvaluationServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDepartmentEvaluationServiceTests : DepartmentEvaluationServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 部门整体自评 in the store, for each role: the filer starts it from the approved document, is stopped while a
/// project's self-evaluation is not submitted and by a missing reason, submits (frozen with the projects as they were);
/// the department reviewer confirms or returns; the finance bureau records 复核 and publishes; others see nothing.
/// Figures by hand: 项目甲 8 of 10万元, 项目乙 20 of 20万元 → 28 / 30 = 93.33% → 9.33; 办理公证数量 4000 of ≥5000件
/// with 产出 taking 效益's empty 30 (80 points) → 64.00; 群众满意度 95% of ≥90% → 10; total 83.33 良.
/// </summary>
public abstract class DepartmentEvaluationServiceTests : StoreTestBase
{
    private DepartmentEvaluationService Service() => new(Db.NewStore());

    private async Task<(int DocumentId, Actor Filer, Actor Reviewer, Actor Finance)> ApprovedAsync()
    {
        var (filer, reviewer, finance) = (await SignIn(NotaryFiler), await SignIn(JusticeReviewer), await SignIn(Finance));
        return (await DepartmentDocument.ApprovedAsync(Db, filer, reviewer, finance), filer, reviewer, finance);
    }

    private static DepartmentEvaluationInputs Filled(DepartmentEvaluationDetail d, string? reason) => new("全年办理公证4000件，群众满意度95%",
    [
        new EvaluationLineInput(d.Lines[0].Key!, "4000件", Reason: reason),
        new EvaluationLineInput(d.Lines[1].Key!, "95%"),
    ]);

    [Fact]
    public async Task Filer_fills_is_stopped_until_projects_are_submitted_and_reasons_given_reviewer_confirms_finance_checks_and_publishes()
    {
        var (documentId, filer, reviewer, finance) = await ApprovedAsync();
        var entry = await Service().GetForDocumentAsync(filer, documentId);
        Assert.Equal((2, true, (DepartmentEvaluationSummary?)null), (entry.OverallIndicators, entry.CanStart, entry.Evaluation));
        Assert.False((await Service().GetForDocumentAsync(finance, documentId)).CanStart);

        var started = await Service().StartAsync(filer, documentId);
        Assert.Equal((EvaluationState.Draft, 1), (started.Summary.State, started.Summary.CurrentVersion));
        Assert.Equal(["办理公证数量", "群众满意度"], started.Lines.Select(l => l.Name).ToArray());
        Assert.All(started.Lines, l => Assert.False(string.IsNullOrEmpty(l.Key)));
        Assert.Equal([80m, 10m], started.Lines.Select(l => l.Points!.Value).ToArray());
        Assert.Equal(["未开始", "未开始"], started.Projects.Select(p => p.StateName).ToArray());
        Assert.Equal(["10.00", "20.00"], started.Projects.Select(p => p.Budget!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        await Assert.ThrowsAsync<WorkflowException>(() => Service().StartAsync(filer, documentId));

        // 项目甲 submitted, 项目乙 filled but not submitted.
        await DepartmentDocument.ProjectAsync(Db, filer, documentId, 0, "8", submit: true);
        var second = await DepartmentDocument.ProjectAsync(Db, filer, documentId, 1, "20", submit: false);
        var saved = await Service().SaveAsync(filer, started.Summary.Id, Filled(started, reason: null), started.Summary.RowVersion);
        Assert.Equal(("93.33", "9.33"), (F(saved.Execution.Rate), F(saved.Execution.Score)));
        Assert.Equal(("28.00", "30.00"), (saved.Execution.Executed, saved.Execution.YearBudget));
        Assert.Equal((64.00m, 10.00m), (saved.Lines[0].Score, saved.Lines[1].Score));
        Assert.Equal((83.33m, "良"), (saved.Summary.Total, saved.Summary.Grade));
        Assert.Equal((1, "优", 100m), (saved.EvaluatedCount, saved.Grades[0].Grade, saved.Grades[0].Share));

        var stopped = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Service().TransitionAsync(filer, started.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion));
        Assert.Contains("项目乙", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("尚未提交", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("第1项指标", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("偏差原因分析及改进措施", stopped.Message, StringComparison.Ordinal);

        await new EvaluationService(Db.NewStore()).TransitionAsync(filer, second.Summary.Id, EvaluationStep.Submit, null, second.Summary.RowVersion);
        saved = await Service().SaveAsync(filer, started.Summary.Id, Filled(saved, "部分当事人推迟办理，下年度加强预约服务"), saved.Summary.RowVersion);
        Assert.False(saved.BlocksSubmission);
        Assert.Equal((2, 100m), (saved.EvaluatedCount, saved.Grades.Single(g => g.Grade == "优").Share));
        var submitted = await Service().TransitionAsync(filer, started.Summary.Id, EvaluationStep.Submit, null, saved.Summary.RowVersion);
        Assert.Equal(EvaluationState.Submitted, submitted.Summary.State);
        Assert.True(submitted.Versions.Single().Frozen);
        await Assert.ThrowsAsync<WorkflowException>(() => Service().SaveAsync(filer, started.Summary.Id, Filled(saved, "改"), submitted.Summary.RowVersion));

        // Frozen with the projects as they were: the department returning 项目乙's evaluation does not change it.
        await new EvaluationService(Db.NewStore()).TransitionAsync(reviewer, second.Summary.Id, EvaluationStep.Return, "执行数须与决算一致");
        var still = await Service().GetAsync(reviewer, started.Summary.Id);
        Assert.Equal((83.33m, "已提交", "优"), (still.Summary.Total, still.Projects[1].StateName, still.Projects[1].Grade));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().TransitionAsync(filer, started.Summary.Id, EvaluationStep.Confirm, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().TransitionAsync(finance, started.Summary.Id, EvaluationStep.Confirm, null));
        var confirmed = await Service().TransitionAsync(reviewer, started.Summary.Id, EvaluationStep.Confirm, null);
        Assert.Equal("已确认", confirmed.Summary.StateName);

        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(null, started.Summary.Id));
        var reviewed = await Service().RecordReviewAsync(finance, started.Summary.Id, 79.5m, "满意度问卷样本偏少", confirmed.Summary.RowVersion);
        Assert.Equal((79.5m, "中", 79.5m - 83.33m), (reviewed.Summary.ReviewScore, reviewed.Summary.ReviewGrade, reviewed.Summary.Difference));
        await Service().TransitionAsync(finance, started.Summary.Id, EvaluationStep.Publish, null, reviewed.Summary.RowVersion);
        Assert.Equal(EvaluationState.Published, (await Service().GetAsync(null, started.Summary.Id)).Summary.State);
        Assert.Single((await Service().ListAsync(null, 2031)).Items);

        var audit = await Service().GetAuditAsync(finance, started.Summary.Id);
        Assert.Equal(["开始部门整体自评", "部门整体自评保存", "部门整体自评提交", "部门整体自评确认", "部门整体自评复核", "部门整体自评公开"],
            audit.Items.Select(a => a.Action).Distinct().ToArray());
        Assert.Contains(audit.Items, a => a.Field == "办理公证数量·实际完成值" && a.New == "4000件" && a.User == NotaryFiler);
    }

    [Fact]
    public async Task Each_role_sees_and_does_only_its_own()
    {
        var (documentId, filer, reviewer, finance) = await ApprovedAsync();
        var started = await Service().StartAsync(filer, documentId);
        var id = started.Summary.Id;
        var (other, otherDepartment, admin) = (await SignIn(DetoxFiler), await SignIn(EducationReviewer), await SignIn(Admin));

        // Another unit's filer, another department's reviewer, the public: not found.
        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(other, id));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(otherDepartment, id));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(null, id));
        Assert.Empty((await Service().ListAsync(other, 2031)).Items);
        // The department, the finance bureau and the administrator see it; only the filer fills it.
        foreach (var actor in new[] { reviewer, finance, admin })
        {
            Assert.Equal(id, (await Service().GetAsync(actor, id)).Summary.Id);
            Assert.Single((await Service().ListAsync(actor, 2031)).Items);
            await Assert.ThrowsAsync<AccessDeniedException>(() => Service().SaveAsync(actor, id, Filled(started, "原因"), started.Summary.RowVersion));
        }
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().StartAsync(reviewer, documentId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().RecordReviewAsync(finance, id, 90m, null, started.Summary.RowVersion));

        // A stale row version is refused and nothing is stored.
        var saved = await Service().SaveAsync(filer, id, Filled(started, "原因"), started.Summary.RowVersion);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().SaveAsync(filer, id, Filled(started, "另一原因"), started.Summary.RowVersion));
        Assert.Contains("请刷新后重试", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("原因", (await Service().GetAsync(filer, id)).Lines[0].Reason);
        // A key that is not an overall indicator is refused (422), naming it.
        var bad = new DepartmentEvaluationInputs(null, [new EvaluationLineInput("不存在的键", "1件")]);
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Service().SaveAsync(filer, id, bad, saved.Summary.RowVersion));
        Assert.Contains("不存在的键", refused.Message, StringComparison.Ordinal);
        // Return needs a note; only from 已提交 (department) or 已确认 (finance).
        await Assert.ThrowsAsync<WorkflowException>(() => Service().TransitionAsync(reviewer, id, EvaluationStep.Return, "再改"));
    }

    [Fact]
    public async Task A_document_without_overall_indicators_or_not_approved_cannot_be_evaluated()
    {
        var filer = await SignIn(NotaryFiler);
        Jixiao.Data.Entities.DocumentEntity published;
        await using (var context = Db.NewContext())
            published = await context.Documents.AsNoTracking().FirstAsync(d => d.BudgetUnitId == filer.BudgetUnitId && d.State == WorkflowState.Published);
        var entry = await Service().GetForDocumentAsync(filer, published.Id);
        Assert.Equal((0, false), (entry.OverallIndicators, entry.CanStart));
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => Service().StartAsync(filer, published.Id));
        Assert.Contains("没有绩效指标", refused.Message, StringComparison.Ordinal);

        var (draft, _) = await ImportSeed002Async();
        var notApproved = await Assert.ThrowsAsync<WorkflowException>(() => Service().StartAsync(filer, draft.Id));
        Assert.Contains("只有已审核或已公开", notApproved.Message, StringComparison.Ordinal);
    }

    private static string? F(decimal? v) => v?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
