using Jixiao.Core.Review;
using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;

namespace Jixiao.Data.Tests;

public sealed class SqliteDepartmentWideEditTests : DepartmentWideEditTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDepartmentWideEditTests : DepartmentWideEditTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 部门整体绩效目标 edited in the one pipeline (总体目标, 分项目标, 工作保障措施, 资金, its indicators) and 一键修正 of a
/// finding: saved, audited, re-reviewed, guarded by its own row version, refused for the wrong person or state.
/// </summary>
public abstract class DepartmentWideEditTests : StoreTestBase
{
    private DocumentEditService Edits() => new(Db.NewStore());
    private DepartmentWideService Overall() => new(Db.NewStore());

    private async Task<(DocumentSummary Document, Actor Filer)> EmptyDraftAsync()
    {
        var filer = await SignIn(NotaryFiler);
        var doc = await new NewDocumentService(Db.NewStore()).CreateAsync(filer,
            new NewDocumentRequest(filer.DepartmentId!.Value, filer.BudgetUnitId, 2031, NewDocumentStart.Empty));
        return (doc, filer);
    }

    private static OverallEdit Texts(string goal) => new(
        Goals: [goal, "  ", "加强预算绩效管理"],
        SubGoals: [new SubGoalEdit("年度任务一：法律服务", "办理公证 5000 件", "公证件数、群众满意度"), new SubGoalEdit(" ", null, null)],
        Measures: ["完善内控制度"],
        FundsBasic: "300.5", FundsProject: "199.5");

    [Fact]
    public async Task The_filer_writes_goals_subgoals_measures_and_funds_and_every_change_is_audited()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var before = await Overall().GetAsync(filer, doc.Id);
        Assert.True(before.CanEdit);

        var result = await Edits().UpdateOverallAsync(filer, doc.Id, Texts("保障公证业务正常开展"), before.RowVersion);
        Assert.Equal(before.RowVersion + 1, result.OverallRowVersion);

        var after = await Overall().GetAsync(filer, doc.Id);
        var o = after.Overall!;
        Assert.Equal(["保障公证业务正常开展", "加强预算绩效管理"], o.Goals);
        Assert.Equal("年度任务一：法律服务", Assert.Single(o.SubGoals).Title);
        Assert.Equal(["完善内控制度"], o.Measures);
        // The total follows from its parts, exactly.
        Assert.Equal(("500.0", 500.0m), (o.Funds!.Total!.Value.Text, o.Funds.Total.Value.Value));
        Assert.True(o.HasMeasuresHeading && o.HasSubGoalHeading);

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Contains(audit, a => a.Action == "修改部门整体目标" && a.Field == "总体目标" && a.New == "1.保障公证业务正常开展；2.加强预算绩效管理" && a.User == NotaryFiler);
        Assert.Contains(audit, a => a.Action == "修改部门整体目标" && a.Field == "资金总额" && a.Old is null && a.New == "500.0");
        Assert.Contains(audit, a => a.Action == "修改部门整体目标" && a.Field == "分项目标");
        Assert.Contains(audit, a => a.Action == "修改部门整体目标" && a.Field == "工作保障措施");
    }

    [Fact]
    public async Task Bad_money_and_a_stale_row_version_are_refused_and_nothing_is_stored()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var v = (await Overall().GetAsync(filer, doc.Id)).RowVersion;
        await Edits().UpdateOverallAsync(filer, doc.Id, Texts("目标一"), v);
        var stored = await Db.NewStore().ExportJsonAsync(filer, doc.Id);
        var current = (await Overall().GetAsync(filer, doc.Id)).RowVersion;

        var parts = await Assert.ThrowsAsync<JixiaoException>(() =>
            Edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(FundsTotal: "100", FundsBasic: "80", FundsProject: "30"), current));
        Assert.Contains("超过资金总额", parts.Message, StringComparison.Ordinal);
        var negative = await Assert.ThrowsAsync<JixiaoException>(() => Edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(FundsTotal: "-1"), current));
        Assert.Contains("不能为负数", negative.Message, StringComparison.Ordinal);
        var longGoal = await Assert.ThrowsAsync<JixiaoException>(() => Edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Goals: [new string('长', 20_000)]), current));
        Assert.Contains("过长", longGoal.Message, StringComparison.Ordinal);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Edits().UpdateOverallAsync(filer, doc.Id, Texts("覆盖"), v));
        Assert.Contains(NotaryFiler, conflict.Message, StringComparison.Ordinal);
        // When, as every page writes dates (2026年12月7日 12:48:16), not 2026-12-07.
        Assert.Matches(@"于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}修改", conflict.Message);

        Assert.Equal(stored, await Db.NewStore().ExportJsonAsync(filer, doc.Id));
    }

    [Fact]
    public async Task A_project_edit_does_not_make_a_department_wide_edit_stale_and_the_reverse()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var store = Db.NewStore();
        var added = await Edits().AddProjectAsync(filer, doc.Id, new ProjectEdit(Name: "项目甲", Total: "10"), (await store.GetDocumentAsync(filer, doc.Id)).RowVersion);
        var overallRead = (await Overall().GetAsync(filer, doc.Id)).RowVersion;
        var projectRead = added.ProjectRowVersion!.Value;

        // Two people: one saves the project, the other the department-wide part, each from what they read.
        await Edits().UpdateProjectAsync(filer, added.Project!.Id, new ProjectEdit(Owner: "张三"), projectRead);
        await Edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Goals: ["目标"]), overallRead);
        Assert.Equal(["目标"], (await Overall().GetAsync(filer, doc.Id)).Overall!.Goals);
        Assert.Equal("张三", (await Db.NewStore().GetProjectAsync(filer, added.Project.Id)).Model.Owner);
    }

    [Fact]
    public async Task Indicators_are_added_edited_and_deleted_by_key_and_their_findings_come_and_go()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var v = (await Overall().GetAsync(filer, doc.Id)).RowVersion;
        // An indicator without a value: the review says so at 部门整体绩效目标.
        var added = await Edits().AddOverallIndicatorAsync(filer, doc.Id,
            new NewOverallIndicator("产出指标", "数量指标", new IndicatorEdit(Name: "办理公证件数", Weight: "20")), v);
        var key = Assert.Single(added.Overall!.Indicators).Key!;
        Assert.Contains(added.OverallFindings, f => f.RuleId == RuleIds.ValueEmpty && f.Where.StartsWith("部门整体绩效目标", StringComparison.Ordinal));
        Assert.Contains((await Overall().GetAsync(filer, doc.Id)).Findings, f => f.RuleId == RuleIds.ValueEmpty);

        var edited = await Edits().UpdateOverallIndicatorAsync(filer, doc.Id, key, new IndicatorEdit(Value: "≥5000", Unit: "件", Weight: "30"), added.OverallRowVersion);
        var indicator = Assert.Single(edited.Overall!.Indicators);
        Assert.Equal(("≥5000件", "30", key), (indicator.Value, indicator.Weight?.Text, indicator.Key));
        Assert.DoesNotContain(edited.OverallFindings, f => f.RuleId == RuleIds.ValueEmpty);

        var weight = await Assert.ThrowsAsync<JixiaoException>(() =>
            Edits().UpdateOverallIndicatorAsync(filer, doc.Id, key, new IndicatorEdit(Weight: "三十"), edited.OverallRowVersion));
        Assert.Contains("不是数字", weight.Message, StringComparison.Ordinal);
        var noName = await Assert.ThrowsAsync<JixiaoException>(() => Edits().AddOverallIndicatorAsync(filer, doc.Id,
            new NewOverallIndicator(null, null, new IndicatorEdit(Name: " ")), edited.OverallRowVersion));
        Assert.Contains("三级指标名称不能为空", noName.Message, StringComparison.Ordinal);

        var deleted = await Edits().DeleteOverallIndicatorAsync(filer, doc.Id, key, edited.OverallRowVersion);
        Assert.Empty(deleted.Overall!.Indicators);
        var gone = await Assert.ThrowsAsync<NotFoundException>(() => Edits().DeleteOverallIndicatorAsync(filer, doc.Id, key, deleted.OverallRowVersion));
        Assert.Contains("部门整体指标", gone.Message, StringComparison.Ordinal);

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Contains(audit, a => a.Action == "添加部门整体指标" && a.Field == "权重" && a.New == "20");
        Assert.Contains(audit, a => a.Action == "修改部门整体指标" && a.Field == "指标值" && a.New == "≥5000件");
        Assert.Contains(audit, a => a.Action == "删除部门整体指标" && a.Old!.Contains("办理公证件数", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_units_filer_edits_it_only_in_a_draft_and_the_public_reads_it_once_published()
    {
        var (doc, filer) = await EmptyDraftAsync();
        var v = (await Overall().GetAsync(filer, doc.Id)).RowVersion;
        foreach (var (user, refusal) in new (string, Type)[]
                 {
                     (DetoxFiler, typeof(NotFoundException)), (EducationReviewer, typeof(NotFoundException)),
                     (JusticeReviewer, typeof(AccessDeniedException)), (Finance, typeof(AccessDeniedException)), (Admin, typeof(AccessDeniedException)),
                 })
        {
            var e = await Record.ExceptionAsync(async () => await Edits().UpdateOverallAsync(await SignIn(user), doc.Id, new OverallEdit(Goals: ["x"]), v));
            Assert.True(e?.GetType() == refusal, $"{user}: {e?.GetType().Name} {e?.Message}");
        }
        Assert.IsType<NotFoundException>(await Record.ExceptionAsync(() => Overall().GetAsync(null, doc.Id)));
        Assert.False((await Overall().GetAsync(await SignIn(JusticeReviewer), doc.Id)).CanEdit);

        await Edits().UpdateOverallAsync(filer, doc.Id, Texts("目标"), v);
        await Edits().AddProjectAsync(filer, doc.Id, new ProjectEdit(Name: "项目甲", Total: "10"), (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).RowVersion);
        var store = Db.NewStore();
        await store.TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        var current = (await Overall().GetAsync(filer, doc.Id)).RowVersion;
        Assert.False((await Overall().GetAsync(filer, doc.Id)).CanEdit);
        await Assert.ThrowsAsync<WorkflowException>(() => Edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Goals: ["送审后"]), current));

        await Db.NewStore().TransitionAsync(await SignIn(JusticeReviewer), doc.Id, WorkflowAction.Approve, null);
        var finance = await SignIn(Finance);
        if ((await Db.NewStore().GetDocumentAsync(finance, doc.Id)).Summary.State != WorkflowState.Approved)
            await Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Approve, null);
        await Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Publish, null);
        var published = await Overall().GetAsync(null, doc.Id);
        Assert.Equal(["目标", "加强预算绩效管理"], published.Overall!.Goals);
        Assert.False(published.CanEdit);
        Assert.Empty(published.Findings);
    }

    [Fact]
    public async Task A_cost_written_as_a_floor_is_fixed_with_one_click_audited_and_its_finding_goes()
    {
        var (doc, filer) = await ImportSeed002Async();
        var store = Db.NewStore();
        var findings = await store.GetFindingsAsync(filer, doc.Id, new FindingFilter(RuleId: RuleIds.DirectionContradictsMeaning));
        var finding = Assert.Single(findings, f => f.Fix is not null);
        Assert.Equal("≤", finding.Fix!.To[..1]);
        var project = await store.GetProjectAsync(filer, finding.ProjectId!.Value);
        var row = project.Indicators.Single(i => i.Id == finding.IndicatorId);

        // A stale row version is refused, nothing changes.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Edits().ApplyFixAsync(filer, finding.Id, row.RowVersion - 1));
        // Others cannot apply it.
        await Assert.ThrowsAsync<NotFoundException>(async () => await Edits().ApplyFixAsync(await SignIn(DetoxFiler), finding.Id, row.RowVersion));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await Edits().ApplyFixAsync(await SignIn(Finance), finding.Id, row.RowVersion));

        var result = await Edits().ApplyFixAsync(filer, finding.Id, row.RowVersion);
        Assert.Equal(finding.Fix.To, result.Indicator!.Value);
        Assert.DoesNotContain(result.ProjectFindings, f => f.RuleId == RuleIds.DirectionContradictsMeaning && f.IndicatorId == row.Id);
        Assert.Empty(await Db.NewStore().GetFindingsAsync(filer, doc.Id, new FindingFilter(RuleId: RuleIds.DirectionContradictsMeaning)));

        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Contains(audit, a => a.Action == "一键修正" && a.Field == $"指标值（{RuleIds.DirectionContradictsMeaning}）"
            && a.Old == finding.Fix.From && a.New == finding.Fix.To && a.User == NotaryFiler);
    }

    [Fact]
    public async Task A_finding_without_an_exact_fix_cannot_be_applied_and_nothing_changes()
    {
        var (doc, filer) = await ImportSeed002Async();
        var store = Db.NewStore();
        var finding = (await store.GetFindingsAsync(filer, doc.Id, new FindingFilter())).First(f => f.Fix is null && f.IndicatorId is not null);
        var row = (await store.GetProjectAsync(filer, finding.ProjectId!.Value)).Indicators.Single(i => i.Id == finding.IndicatorId);
        var before = await store.ExportJsonAsync(filer, doc.Id);
        var e = await Assert.ThrowsAsync<JixiaoException>(() => Edits().ApplyFixAsync(filer, finding.Id, row.RowVersion));
        Assert.Contains("没有可以一键应用的修正", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Db.NewStore().ExportJsonAsync(filer, doc.Id));
    }
}
