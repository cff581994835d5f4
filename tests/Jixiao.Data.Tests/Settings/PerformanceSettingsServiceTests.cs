using System.Globalization;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Security;
using Jixiao.Data.Settings;
using Jixiao.Data.Tests.Evaluation;
using Jixiao.Data.Tests.Monitoring;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.Settings;

public sealed class SqlitePerformanceSettingsServiceTests : PerformanceSettingsServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPerformanceSettingsServiceTests : PerformanceSettingsServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// 绩效设置 per jurisdiction (docs/performance-settings.md): FORMAT.md's defaults until the finance bureau changes them;
/// a changed threshold changes a light, changed grades change a grade, quarters change the periods that may be opened;
/// only finance and the administrator may change them, a stale or invalid save is refused, every change is audited.
/// </summary>
public abstract class PerformanceSettingsServiceTests : StoreTestBase
{
    private PerformanceSettingsService Settings() => new(Db.NewStore());

    private async Task<PerformanceSettingsView> ChangeAsync(Actor actor, Func<MonitoringSettingsData, MonitoringSettingsData>? monitoring = null,
        Func<EvaluationSettingsData, EvaluationSettingsData>? evaluation = null)
    {
        var view = await Settings().GetAsync(actor);
        return await Settings().SaveAsync(actor, new PerformanceSettingsInput((monitoring ?? (m => m))(view.Monitoring),
            (evaluation ?? (e => e))(view.Evaluation), view.RowVersion));
    }

    [Fact]
    public async Task A_changed_red_line_turns_a_yellow_project_red_on_the_next_read()
    {
        var finance = await SignIn(Finance);
        var period = await new MonitoringService(Db.NewStore()).OpenPeriodAsync(finance, 2025, null, new DateOnly(2025, 8, 15));
        var filer = await SignIn(NotaryFiler);
        await using var context = Db.NewContext();
        var d = await context.Documents.AsNoTracking().FirstAsync(x => x.BudgetUnitId == filer.BudgetUnitId && x.State == WorkflowState.Published);
        var report = await new MonitoringService(Db.NewStore()).StartAsync(filer, period.Id, d.Id);
        var lagging = MonitoringFill.Lagging(report);
        var project = report.Projects[lagging];
        // Spent 70% of what the plan expects by 31 July: v = 70, yellow by FORMAT.md (60 ≤ v < 80).
        var budget = decimal.Parse(project.YearBudget!, CultureInfo.InvariantCulture);
        var executed = decimal.Round(budget * project.PlannedRate!.Value / 100m * 0.7m, 4);
        var inputs = MonitoringFill.With(MonitoringFill.OnPlan(report), lagging, p => p with
        {
            Executed = MonitoringFill.Number(executed), Causes = ["经费保障"], CauseNote = "资金晚到", Remedy = "8月集中支付",
        });
        var saved = await new MonitoringService(Db.NewStore()).SaveAsync(filer, report.Summary.Id, inputs, report.Summary.RowVersion);
        Assert.Equal("yellow", saved.Projects[lagging].Light);

        var view = await ChangeAsync(finance, m => m with { RedBelow = 75m, YellowBelow = 90m });
        Assert.False(view.IsDefault);
        Assert.Equal((75m, 90m), (view.Monitoring.RedBelow, view.Monitoring.YellowBelow));

        var read = await new MonitoringService(Db.NewStore()).GetAsync(filer, report.Summary.Id);
        Assert.Equal("red", read.Projects[lagging].Light);
        // Another jurisdiction's settings are not these: the demo has one, so the defaults come back for an unknown one.
        Assert.Equal(60m, (await Settings().MonitoringAsync(finance.JurisdictionId + 1000)).RedBelow);
    }

    [Fact]
    public async Task Changed_grade_bands_change_the_grade_of_the_same_total()
    {
        var filer = await SignIn(NotaryFiler);
        await using var context = Db.NewContext();
        var d = await context.Documents.AsNoTracking().FirstAsync(x => x.BudgetUnitId == filer.BudgetUnitId && x.State == WorkflowState.Published);
        var list = await new EvaluationService(Db.NewStore()).ListForDocumentAsync(filer, d.Id);
        var detail = await new EvaluationService(Db.NewStore()).StartAsync(filer, d.Id, list.Projects[0].ProjectKey);
        var floor = EvaluationFill.FloorLine(detail);
        Assert.True(floor >= 0, "演示项目应有一条“≥”指标");
        var target = Jixiao.Core.Values.TargetValue.Parse(detail.Lines[floor].Target!);
        // 90% of one ≥ target: the line loses a tenth of its points (at most 9 of 90), so the total is 优 but not 100.
        var short90 = MonitoringFill.Number(target.NumericValue!.Value * 0.9m) + target.Unit;
        var inputs = EvaluationFill.With(EvaluationFill.AllMet(detail), floor, l => l with { Actual = short90, Reason = EvaluationFill.Reason });
        var scored = await new EvaluationService(Db.NewStore()).SaveAsync(filer, detail.Summary.Id, inputs, detail.Summary.RowVersion);
        var total = scored.Summary.Total!.Value;
        Assert.InRange(total, 90m, 99.99m);
        Assert.Equal("优", scored.Summary.Grade);

        // 优 now starts just above this total: the same inputs are 良.
        var finance = await SignIn(Finance);
        await ChangeAsync(finance, evaluation: e => e with
        {
            Grades = [new("优", total + 0.01m), new("良", 80m), new("中", 60m), new("差", 0m)],
        });
        var read = await new EvaluationService(Db.NewStore()).GetAsync(filer, detail.Summary.Id);
        Assert.Equal((total, "良"), (read.Summary.Total!.Value, read.Summary.Grade));
    }

    [Fact]
    public async Task Quarters_make_the_quarter_ends_the_periods_that_may_be_opened()
    {
        var finance = await SignIn(Finance);
        var monitoring = new MonitoringService(Db.NewStore());
        Assert.Equal([7], await monitoring.CheckpointMonthsAsync(finance));
        await ChangeAsync(finance, m => m with { CheckpointMonths = [12, 3, 9, 6] });

        Assert.Equal([3, 6, 9, 12], await new MonitoringService(Db.NewStore()).CheckpointMonthsAsync(finance));
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            new MonitoringService(Db.NewStore()).OpenPeriodAsync(finance, 2025, 7, new DateOnly(2025, 8, 15)));
        Assert.Contains("监控期截至7月不在本辖区设置的监控月份（3月、6月、9月、12月）内", refused.Message, StringComparison.Ordinal);
        var q2 = await new MonitoringService(Db.NewStore()).OpenPeriodAsync(finance, 2025, 6, new DateOnly(2025, 7, 15));
        Assert.Equal(("2025年1–6月", new DateOnly(2025, 6, 30)), (q2.Name, q2.AsOf));
    }

    [Fact]
    public async Task Everyone_of_the_jurisdiction_reads_only_finance_and_the_administrator_change_stale_and_invalid_saves_are_refused_each_change_audited()
    {
        var filer = await SignIn(NotaryFiler);
        var reviewer = await SignIn(JusticeReviewer);
        var finance = await SignIn(Finance);
        var admin = await SignIn(Admin);

        var seen = await Settings().GetAsync(filer);
        Assert.True(seen.IsDefault);
        Assert.False(seen.CanEdit);
        Assert.Equal([7], seen.Monitoring.CheckpointMonths);
        Assert.Equal(["优", "良", "中", "差"], seen.Evaluation.Grades.Select(g => g.Label));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Settings().GetAsync(null));
        foreach (var actor in new[] { filer, reviewer })
            await Assert.ThrowsAsync<AccessDeniedException>(() => ChangeAsync(actor, m => m with { RedBelow = 50m }));

        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => ChangeAsync(finance, m => m with { YellowBelow = 55m }));
        Assert.Contains("黄灯线", invalid.Message, StringComparison.Ordinal);
        var points = await Assert.ThrowsAsync<InvalidInputException>(() => ChangeAsync(finance, evaluation: e => e with { ExecutionPoints = 20m }));
        Assert.Contains("应为 100 分", points.Message, StringComparison.Ordinal);
        var bands = await Assert.ThrowsAsync<InvalidInputException>(() => ChangeAsync(finance, evaluation: e => e with
        {
            JudgedBands = [new("达成", 0.8m, 1m), new("部分达成", 0.5m, 0.7m), new("未达成", 0m, 0.5m)],
        }));
        Assert.Contains("“部分达成”止于 0.7，应接上“达成”的起点 0.8", bands.Message, StringComparison.Ordinal);

        var stale = await Settings().GetAsync(admin);
        var saved = await ChangeAsync(finance, m => m with { RedBelow = 50m, Causes = ["经费保障", "制度保障", "其他"] });
        Assert.Equal((1L, "finance"), (saved.RowVersion, saved.UpdatedBy));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Settings().SaveAsync(admin, new PerformanceSettingsInput(
            stale.Monitoring, stale.Evaluation, stale.RowVersion)));
        var byAdmin = await ChangeAsync(admin, evaluation: e => e with { CeilingFormula = "Deviation" });
        Assert.Equal((2L, "Deviation"), (byAdmin.RowVersion, byAdmin.Evaluation.CeilingFormula));

        await using var context = Db.NewContext();
        var audit = await context.AuditLog.AsNoTracking().Where(a => a.Action == "修改绩效设置").OrderBy(a => a.Id)
            .Select(a => new { a.UserName, a.Where, a.Field, a.OldValue, a.NewValue }).ToListAsync();
        Assert.Equal(
        [
            ("finance", "运行监控设置", "红灯线", "60", "50"),
            ("finance", "运行监控设置", "偏差原因", "经费保障、制度保障、人员保障、硬件条件保障、其他", "经费保障、制度保障、其他"),
            ("admin", "绩效自评设置", "反向指标算法", "Ratio", "Deviation"),
        ], audit.Select(a => (a.UserName, a.Where, a.Field, a.OldValue!, a.NewValue!)));
    }
}
