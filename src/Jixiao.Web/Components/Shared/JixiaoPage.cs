using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Jixiao.Web.Components.Shared;

/// <summary>
/// Base of every page that reads the store (<see cref="StoreAsync"/>): resolves the signed-in actor (null = the public) on each
/// parameter change, runs <see cref="LoadAsync"/> and turns store refusals into a <see cref="PageProblem"/>
/// (shown by &lt;ProblemPanel&gt;) instead of an error page with a stack trace.
/// </summary>
public abstract class JixiaoPage : ComponentBase
{
    [Inject] private IServiceScopeFactory ScopeFactory { get; set; } = default!;
    [Inject] protected CurrentActor CurrentActor { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>The signed-in user; null for the public.</summary>
    protected Actor? Actor { get; private set; }

    /// <summary>Set when the store refused the page's main read.</summary>
    protected PageProblem? Problem { get; set; }

    /// <summary>True while the main read runs.</summary>
    protected bool Loading { get; private set; } = true;

    protected override async Task OnParametersSetAsync()
    {
        Loading = true;
        Problem = null;
        try
        {
            Actor = await CurrentActor.GetAsync();
            await LoadAsync();
        }
        catch (JixiaoException e)
        {
            Problem = PageProblem.From(e);
        }
        finally
        {
            Loading = false;
        }
    }

    /// <summary>
    /// Runs one store call on a store (and database context) of its own. A circuit lives as long as the tab, and
    /// a context kept that long would answer from entities it tracked minutes ago — another user's save would
    /// not show, and the conflict check would compare against a stale row version — and two quick clicks would
    /// use one context concurrently. A fresh scope per call gives every read the database as it is now.
    /// </summary>
    protected async Task<T> StoreAsync<T>(Func<JixiaoStore, Task<T>> call)
    {
        await using var scope = ScopeFactory.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<JixiaoStore>());
    }

    /// <summary>Reads what the page shows; store exceptions become <see cref="Problem"/>.</summary>
    protected abstract Task LoadAsync();

    /// <summary>
    /// Runs a user action (save, transition, accept); a store refusal is shown as a Chinese snackbar and the
    /// page stays as it was. Returns false when refused.
    /// </summary>
    protected async Task<bool> RunActionAsync(Func<Task> action, string? success = null)
    {
        try
        {
            await action();
            if (success is not null) Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (JixiaoException e)
        {
            Snackbar.Add(e.Message, Severity.Error);
            return false;
        }
    }

    /// <summary>The scope for <see cref="AccessPolicy"/> of a document the actor can see (always in the actor's jurisdiction).</summary>
    protected DocumentScope? ScopeOf(DocumentSummary document) =>
        Actor is null ? null : new DocumentScope(Actor.JurisdictionId, document.DepartmentId, document.BudgetUnitId, document.State);

    /// <summary>Asks the one access policy (the store checks again on every write).</summary>
    protected bool Can(DocumentAction action, DocumentSummary document) =>
        ScopeOf(document) is { } scope && AccessPolicy.Can(Actor, action, scope);
}
