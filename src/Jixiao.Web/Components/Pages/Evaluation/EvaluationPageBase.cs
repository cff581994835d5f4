using Jixiao.Data.Evaluation;
using Jixiao.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Jixiao.Web.Components.Pages.Evaluation;

/// <summary>
/// Base of the self-evaluation pages: <see cref="EvaluationsAsync{T}"/> runs one <see cref="EvaluationService"/> call on
/// a scope (and database context) of its own, for the same reason <see cref="JixiaoPage.StoreAsync{T}"/> does.
/// </summary>
public abstract class EvaluationPageBase : JixiaoPage
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected async Task<T> EvaluationsAsync<T>(Func<EvaluationService, Task<T>> call)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<EvaluationService>());
    }

    /// <summary>Asks the one policy (the service checks again on every write).</summary>
    protected bool Can(EvaluationAction action, EvaluationSummary e) => Actor is not null
        && EvaluationPolicy.Can(Actor, action, new EvaluationScope(Actor.JurisdictionId, e.DepartmentId, e.BudgetUnitId, e.State));

    protected static string Score(decimal? value) => value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    protected static string Signed(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + Score(value),
        _ => Score(value),
    };
}
