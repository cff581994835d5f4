using Jixiao.Data.DepartmentEvaluation;
using Jixiao.Data.Evaluation;
using Jixiao.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Jixiao.Web.Components.Pages.Evaluation;

/// <summary>
/// Base of the 部门整体自评 page and list section: each <see cref="DepartmentEvaluationService"/> call on a scope of its
/// own (as <see cref="EvaluationPageBase"/>); who may do what is asked of the one <see cref="EvaluationPolicy"/>.
/// </summary>
public abstract class DepartmentEvaluationPageBase : JixiaoPage
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected async Task<T> DepartmentAsync<T>(Func<DepartmentEvaluationService, Task<T>> call)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<DepartmentEvaluationService>());
    }

    protected bool Can(EvaluationAction action, DepartmentEvaluationSummary e) => Actor is not null
        && EvaluationPolicy.Can(Actor, action, new EvaluationScope(Actor.JurisdictionId, e.DepartmentId, e.BudgetUnitId, e.State));

    protected static string Score(decimal? value) => value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    protected static string Signed(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + Score(value),
        _ => Score(value),
    };
}
