using System.Text;
using Jixiao.Data.Entities;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.Monitoring;

public sealed class SqliteMonitoringServiceTests : MonitoringServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMonitoringServiceTests : MonitoringServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 运行监控 in the store: the finance bureau opens 1–7月 with a deadline; the filer reports on a published document
/// (pre-filled by key), is stopped by a red project without cause and remedy, explains it and submits; the version
/// freezes; the department confirms; the finance bureau sees the lights, the red item and its causes, adds 整改要求 and
/// 整改结果; pending and overdue submissions follow an injected clock; every change is audited; each role sees its own.
/// </summary>
public abstract class MonitoringServiceTests : StoreTestBase
{
    private static readonly DateOnly Deadline = new(2025, 8, 15);

    private MonitoringService NewService(DateTimeOffset? now = null) =>
        new(now is { } at ? new JixiaoStore(Db.NewContext()) { Clock = new FixedClock(at) } : Db.NewStore());

    private async Task<(MonitoringPeriodView Period, DocumentEntity Document, Actor Filer)> OpenedAsync()
    {
        var period = await NewService().OpenPeriodAsync(await SignIn(Finance), 2025, null, Deadline);
        var filer = await SignIn(NotaryFiler);
        await using var context = Db.NewContext();
        var d = await context.Documents.AsNoTracking().FirstAsync(x => x.BudgetUnitId == filer.BudgetUnitId && x.State == WorkflowState.Published);
        return (period, d, filer);
    }

    [Fact]
    public async Task Filer_is_stopped_by_a_red_project_without_cause_explains_it_submits_reviewer_confirms_finance_follows_up()
    {
        var (period, d, filer) = await OpenedAsync();
        Assert.Equal(("2025年1–7月", new DateOnly(2025, 7, 31)), (period.Name, period.AsOf));
        var entry = Assert.Single(await NewService().ListDocumentsAsync(filer, period.Id), e => e.DocumentId == d.Id);
        Assert.True(entry.CanStart);

        var report = await NewService().StartAsync(filer, period.Id, d.Id);
        Assert.Equal((MonitoringState.Draft, d.CurrentVersion), (report.Summary.State, report.Summary.DocumentVersion));
        await using (var context = Db.NewContext())
        {
            var keys = await context.Projects.AsNoTracking().Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).Select(p => p.Key).ToListAsync();
            Assert.Equal(keys, report.Projects.Select(p => p.Key).ToList());
        }
        Assert.True(report.BlocksSubmission); // nothing reported yet: execution missing is red

        var lagging = MonitoringFill.Lagging(report);
        Assert.True(lagging >= 0, "演示数据中应有按计划7月底前须支出的项目");
        var project = report.Projects[lagging];
        var inputs = MonitoringFill.With(MonitoringFill.OnPlan(report), lagging, p => p with { Executed = "0" });
        var saved = await NewService().SaveAsync(filer, report.Summary.Id, inputs, report.Summary.RowVersion);
        Assert.Equal("red", saved.Projects[lagging].Light);
        Assert.Equal(1, saved.Summary.Red);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NewService().TransitionAsync(filer, report.Summary.Id, MonitoringStep.Submit, null, saved.Summary.RowVersion));
        Assert.Contains($"项目“{project.Name}”预算执行红灯", refused.Message, StringComparison.Ordinal);
        Assert.Contains("须选择偏差原因并填写纠偏措施后才能报送", refused.Message, StringComparison.Ordinal);

        var explained = MonitoringFill.With(inputs, lagging, p => p with { Causes = ["经费保障", "其他"], CauseNote = "资金7月下旬才到位", Remedy = "8月集中支付" });
        saved = await NewService().SaveAsync(filer, report.Summary.Id, explained, saved.Summary.RowVersion);
        Assert.False(saved.BlocksSubmission);
        var submitted = await NewService().TransitionAsync(filer, report.Summary.Id, MonitoringStep.Submit, null, saved.Summary.RowVersion);
        Assert.Equal(MonitoringState.Submitted, submitted.Summary.State);
        Assert.True(Assert.Single(submitted.Versions).Frozen);
        await Assert.ThrowsAsync<WorkflowException>(() => NewService().SaveAsync(filer, report.Summary.Id, inputs, submitted.Summary.RowVersion));

        var reviewer = await SignIn(JusticeReviewer);
        var confirmed = await NewService().TransitionAsync(reviewer, report.Summary.Id, MonitoringStep.Confirm, null);
        Assert.Equal("已确认", confirmed.Summary.StateName);

        var finance = await SignIn(Finance);
        var overview = await NewService().OverviewAsync(finance, period.Id);
        Assert.Equal(1, overview.Total.Red);
        Assert.Equal(1, overview.Reported);
        var red = Assert.Single(overview.RedItems);
        Assert.Equal((project.Name, "预算执行", "经费保障、其他", "资金7月下旬才到位", "8月集中支付"), (red.ProjectName, red.Name, red.Causes, red.CauseNote, red.Remedy));
        Assert.Equal(1, Assert.Single(overview.Departments, x => x.DepartmentId == d.DepartmentId).Lights.Red);
        Assert.True(overview.Spending.BudgetWan > 0);
        Assert.Single(overview.Spending.Actual);

        // A stale row version is a conflict; 整改结果 needs a 整改要求 first.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            NewService().RequireRectificationAsync(finance, report.Summary.Id, project.Key, null, "8月底前支出过半", confirmed.Summary.RowVersion - 1));
        await Assert.ThrowsAsync<WorkflowException>(() =>
            NewService().RecordRectificationAsync(finance, report.Summary.Id, project.Key, null, "已完成", confirmed.Summary.RowVersion));
        var required = await NewService().RequireRectificationAsync(finance, report.Summary.Id, project.Key, null, "8月底前支出过半", confirmed.Summary.RowVersion);
        var done = await NewService().RecordRectificationAsync(finance, report.Summary.Id, project.Key, null, "8月28日支出62%", required.Summary.RowVersion);
        Assert.Equal(("8月底前支出过半", "8月28日支出62%", Finance), (done.Projects[lagging].FollowUp?.Requirement, done.Projects[lagging].FollowUp?.Outcome,
            done.Projects[lagging].FollowUp?.RequirementBy));
        Assert.Equal("8月底前支出过半", (await NewService().OverviewAsync(finance, period.Id)).RedItems[0].Requirement);

        var audit = await NewService().GetAuditAsync(filer, report.Summary.Id);
        Assert.Contains(audit, a => a.Action == "监控保存" && a.Field == "截至执行数" && a.New == "0");
        Assert.Contains(audit, a => a.Action == "监控保存" && a.Field == "偏差原因" && a.New == "经费保障、其他");
        Assert.Contains(audit, a => a.Action == "监控报送");
        Assert.Contains(audit, a => a.Action == "监控确认");
        Assert.Contains(audit, a => a.Action == "整改要求" && a.New == "8月底前支出过半");
        Assert.Contains(audit, a => a.Action == "整改结果" && a.New == "8月28日支出62%");
    }

    [Fact]
    public async Task Each_role_sees_and_does_only_its_own()
    {
        var (period, d, filer) = await OpenedAsync();
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().OpenPeriodAsync(filer, 2025, 7, Deadline));
        var again = await Assert.ThrowsAsync<WorkflowException>(async () => await NewService().OpenPeriodAsync(await SignIn(Finance), 2025, 7, Deadline));
        Assert.Contains("已经开启", again.Message, StringComparison.Ordinal);
        var notMonitored = await Assert.ThrowsAsync<InvalidInputException>(async () => await NewService().OpenPeriodAsync(await SignIn(Finance), 2025, 3, Deadline));
        Assert.Contains("不在本辖区设置的监控月份", notMonitored.Message, StringComparison.Ordinal);

        var report = await NewService().StartAsync(filer, period.Id, d.Id);
        var other = await SignIn(DetoxFiler);
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().GetAsync(other, report.Summary.Id));
        await Assert.ThrowsAsync<NotFoundException>(async () => await NewService().GetAsync(await SignIn(EducationReviewer), report.Summary.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().GetAsync(null, report.Summary.Id));
        Assert.DoesNotContain(await NewService().ListDocumentsAsync(other, period.Id), e => e.DocumentId == d.Id);
        var finance = await SignIn(Finance);
        Assert.Equal(report.Summary.Id, (await NewService().GetAsync(finance, report.Summary.Id)).Summary.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            NewService().SaveAsync(finance, report.Summary.Id, MonitoringFill.OnPlan(report), report.Summary.RowVersion));
        // 整改 only once reported.
        await Assert.ThrowsAsync<WorkflowException>(() =>
            NewService().RequireRectificationAsync(finance, report.Summary.Id, report.Projects[0].Key, null, "加快", report.Summary.RowVersion));
        var bad = await Assert.ThrowsAsync<InvalidInputException>(() => NewService().SaveAsync(filer, report.Summary.Id,
            MonitoringFill.With(MonitoringFill.OnPlan(report), 0, p => p with { Executed = "十二万" }), report.Summary.RowVersion));
        Assert.Contains($"项目“{report.Projects[0].Name}”的截至执行数“十二万”不是数字", bad.Message, StringComparison.Ordinal);
        var cause = await Assert.ThrowsAsync<InvalidInputException>(() => NewService().SaveAsync(filer, report.Summary.Id,
            MonitoringFill.With(MonitoringFill.OnPlan(report), 0, p => p with { Causes = ["天气"] }), report.Summary.RowVersion));
        Assert.Contains("偏差原因“天气”不在可选范围", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_submissions_count_down_to_the_deadline_and_are_overdue_after_it()
    {
        var (period, d, filer) = await OpenedAsync();
        var finance = await SignIn(Finance);
        var before = await NewService(new DateTimeOffset(2025, 8, 10, 9, 0, 0, TimeSpan.FromHours(8))).OverviewAsync(finance, period.Id);
        var pending = Assert.Single(before.Pending, p => p.DocumentId == d.Id);
        Assert.Equal(("未开始", 5, false), (pending.State, pending.DaysLeft, pending.Overdue));

        var report = await NewService().StartAsync(filer, period.Id, d.Id);
        // 23:30 UTC on the 15th is already the 16th in Beijing: overdue by one day.
        var after = await NewService(new DateTimeOffset(2025, 8, 15, 23, 30, 0, TimeSpan.Zero)).OverviewAsync(finance, period.Id);
        pending = Assert.Single(after.Pending, p => p.DocumentId == d.Id);
        Assert.Equal(("填报中", -1, true), (pending.State, pending.DaysLeft, pending.Overdue));

        var saved = await NewService().SaveAsync(filer, report.Summary.Id, MonitoringFill.OnPlan(report), report.Summary.RowVersion);
        await NewService().TransitionAsync(filer, report.Summary.Id, MonitoringStep.Submit, null, saved.Summary.RowVersion);
        Assert.DoesNotContain((await NewService().OverviewAsync(finance, period.Id)).Pending, p => p.DocumentId == d.Id);
    }

    [Fact]
    public async Task The_136_template_round_trips_and_a_foreign_sheet_gets_per_row_Chinese_errors()
    {
        var (period, d, filer) = await OpenedAsync();
        var report = await NewService().StartAsync(filer, period.Id, d.Id);
        var filled = MonitoringFill.With(MonitoringFill.OnPlan(report), 0, p => p with { Causes = ["人员保障"], CauseNote = "缺编", Remedy = "借调" });
        var saved = await NewService().SaveAsync(filer, report.Summary.Id, filled, report.Summary.RowVersion);
        var template = await NewService().TemplateAsync(filer, report.Summary.Id);

        var preview = await NewService().PreviewImportAsync(filer, report.Summary.Id, "监控表.xlsx", template);
        Assert.True(preview.CanCommit, string.Join("；", preview.Errors.Concat(preview.Rows.SelectMany(r => r.Problems))));
        Assert.Equal(report.Projects.Count + report.Projects.Sum(p => p.Lines.Count), preview.Rows.Count);

        // Cleared, then the downloaded template brings every field back.
        var cleared = await NewService().SaveAsync(filer, report.Summary.Id, new MonitoringInputs([]), saved.Summary.RowVersion);
        var imported = await NewService().CommitImportAsync(filer, report.Summary.Id, "监控表.xlsx", template, cleared.Summary.RowVersion);
        Assert.Equal(Json(saved.Inputs), Json(imported.Inputs));
        Assert.Contains(await NewService().GetAuditAsync(filer, report.Summary.Id, PageRequest.Largest), a => a.Action == "监控导入");

        var p0 = report.Projects[0];
        var text = string.Join("\n",
            "项目支出绩效目标执行监控表",
            $"项目名称\t{p0.Name}",
            "项目资金（万元）\t年初预算数\t全年预算数\t1–7月执行数\t执行率\t经费保障\t制度保障\t人员保障\t硬件条件保障\t其他\t原因说明\t纠偏措施",
            "年度资金总额\t10\t10\t十二万\t\t是\t\t\t\t\t\t",
            "一级指标\t二级指标\t三级指标\t年度指标值\t1–7月执行情况\t全年预计完成情况\t完成目标可能性\t经费保障\t制度保障\t人员保障\t硬件条件保障\t其他\t原因说明\t纠偏措施",
            $"产出指标\t数量指标\t不存在的指标\t10次\t5次\t10次\t确定能",
            $"产出指标\t数量指标\t{p0.Lines[0].Name}\t\t5\t10\t大概能\t好",
            "项目名称\t别人的项目");
        var foreign = await NewService().PreviewImportAsync(filer, report.Summary.Id, "别人的表.txt", Encoding.UTF8.GetBytes(text));
        Assert.False(foreign.CanCommit);
        var problems = foreign.Rows.SelectMany(r => r.Problems).ToArray();
        Assert.Contains(problems, m => m.Contains($"项目“{p0.Name}”的执行数“十二万”不是数字", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.Contains("指标“不存在的指标”在项目", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.Contains("完成目标可能性“大概能”不是确定能／有可能／完全不可能之一", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.Contains("“经费保障”栏的“好”不是勾选标记", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.Contains("项目“别人的项目”在绩效目标中找不到", StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidInputException>(() =>
            NewService().CommitImportAsync(filer, report.Summary.Id, "别人的表.txt", Encoding.UTF8.GetBytes(text), imported.Summary.RowVersion));
    }

    private static string Json(MonitoringInputs inputs) => System.Text.Json.JsonSerializer.Serialize(inputs);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
