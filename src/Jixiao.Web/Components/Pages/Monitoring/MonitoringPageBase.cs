using Jixiao.Data.Monitoring;
using Jixiao.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Jixiao.Web.Components.Pages.Monitoring;

/// <summary>
/// Base of the monitoring pages: <see cref="MonitoringAsync{T}"/> runs one <see cref="MonitoringService"/> call on a scope
/// (and database context) of its own, for the same reason <see cref="JixiaoPage.StoreAsync{T}"/> does.
/// </summary>
public abstract class MonitoringPageBase : JixiaoPage
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected async Task<T> MonitoringAsync<T>(Func<MonitoringService, Task<T>> call)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<MonitoringService>());
    }

    /// <summary>Asks the one policy (the service checks again on every write).</summary>
    protected bool Can(MonitoringAction action, MonitoringReportSummary r) => Actor is not null
        && MonitoringPolicy.Can(Actor, action, new MonitoringScope(Actor.JurisdictionId, r.DepartmentId, r.BudgetUnitId, r.State));

    /// <summary>The colour of a light (format name): distinct, and named beside it, so colour is never the only cue.</summary>
    protected static string LightColor(string light) => light switch
    {
        "red" => "#c62828",
        "yellow" => "#f9a825",
        "green" => "#2e7d32",
        "blue" => "#1565c0",
        _ => "#9e9e9e",
    };

    protected static string Percent(decimal? value) =>
        value is { } v ? v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
