using Jixiao.Data.Monitoring;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data.Tests.Monitoring;

public sealed class SqliteMonitoringOverviewCacheTests : MonitoringOverviewCacheTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMonitoringOverviewCacheTests : MonitoringOverviewCacheTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// The monitoring overview from the container, as in the web (must-hold 10): read again, it is the same answer without
/// a query while nothing was written; a write of this process (a report submitted) is in the next overview at once;
/// another scope (a department reviewer) never gets the finance bureau's answer.
/// </summary>
public abstract class MonitoringOverviewCacheTests : StoreTestBase
{
    private ServiceProvider Services() => new ServiceCollection()
        .AddJixiaoData(new DictionaryConfiguration(new Dictionary<string, string?>
        {
            ["Jixiao:Database:Provider"] = Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
            ["ConnectionStrings:Jixiao"] = Db.ConnectionString,
        }))
        .BuildServiceProvider();

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<MonitoringService, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<MonitoringService>());
    }

    [Fact]
    public async Task The_overview_is_the_cached_answer_until_a_write_and_never_another_scope_s()
    {
        await using var services = Services();
        var finance = await SignIn(Finance);
        var filer = await SignIn(NotaryFiler);
        var reviewer = await SignIn(EducationReviewer);
        var period = await InScopeAsync(services, s => s.OpenPeriodAsync(finance, 2025, null, new DateOnly(2025, 8, 15)));
        await using var context = Db.NewContext();
        var d = await context.Documents.AsNoTracking().FirstAsync(x => x.BudgetUnitId == filer.BudgetUnitId && x.State == WorkflowState.Published);
        var report = await InScopeAsync(services, s => s.StartAsync(filer, period.Id, d.Id));
        var saved = await InScopeAsync(services, s => s.SaveAsync(filer, report.Summary.Id, MonitoringFill.OnPlan(report), report.Summary.RowVersion));

        var first = await InScopeAsync(services, s => s.OverviewAsync(finance, period.Id));
        Assert.Equal(0, first.Reported);
        Assert.Same(first, await InScopeAsync(services, s => s.OverviewAsync(finance, period.Id)));

        // Another scope: the education department's reviewer sees only their department, never finance's answer.
        var theirs = await InScopeAsync(services, s => s.OverviewAsync(reviewer, period.Id));
        Assert.NotSame(first, theirs);
        Assert.All(theirs.Departments, x => Assert.Equal(reviewer.DepartmentId, x.DepartmentId));

        // A write of this process: the submitted table is counted at once.
        await InScopeAsync(services, s => s.TransitionAsync(filer, report.Summary.Id, MonitoringStep.Submit, null, saved.Summary.RowVersion));
        var after = await InScopeAsync(services, s => s.OverviewAsync(finance, period.Id));
        Assert.NotSame(first, after);
        Assert.Equal(1, after.Reported);
        Assert.True(after.Total.Total > 0);
    }
}
