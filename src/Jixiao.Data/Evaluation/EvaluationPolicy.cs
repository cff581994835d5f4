using Jixiao.Data.Security;

namespace Jixiao.Data.Evaluation;

/// <summary>What an actor wants to do with a self-evaluation.</summary>
public enum EvaluationAction
{
    View,
    /// <summary>Start one from an approved document, save inputs, import a filled template.</summary>
    Fill,
    Submit,
    Confirm,
    Return,
    /// <summary>复核: the finance bureau's own checked score.</summary>
    Review,
    Publish,
}

/// <summary>Whose a self-evaluation is and its state.</summary>
public sealed record EvaluationScope(int JurisdictionId, int DepartmentId, int? BudgetUnitId, EvaluationState State);

/// <summary>
/// The role × action matrix of self-evaluations (docs/evaluation.md "Roles"): the filer fills their own unit's, the
/// department reviewer confirms or returns their department's (and fills the department's own), the finance bureau
/// sees the jurisdiction, records 复核, returns and publishes; the public sees published results only.
/// </summary>
public static class EvaluationPolicy
{
    public static bool Can(Actor? actor, EvaluationAction action, EvaluationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (actor is null) return action == EvaluationAction.View && scope.State == EvaluationState.Published;
        if (actor.JurisdictionId != scope.JurisdictionId) return false;
        var editable = EvaluationStates.IsEditable(scope.State);
        switch (actor.Role)
        {
            case Role.UnitFiler:
                var own = actor.BudgetUnitId is int unit && scope.BudgetUnitId == unit
                          && (actor.DepartmentId is null || actor.DepartmentId == scope.DepartmentId);
                return own && action switch
                {
                    EvaluationAction.View => true,
                    EvaluationAction.Fill or EvaluationAction.Submit => editable,
                    _ => false,
                };
            case Role.DepartmentReviewer:
                if (actor.DepartmentId is not int department || scope.DepartmentId != department) return false;
                var departmentItself = scope.BudgetUnitId is null;
                return action switch
                {
                    EvaluationAction.View => true,
                    EvaluationAction.Fill or EvaluationAction.Submit => departmentItself && editable,
                    EvaluationAction.Confirm => scope.State == EvaluationState.Submitted,
                    EvaluationAction.Return => scope.State == EvaluationState.Submitted,
                    _ => false,
                };
            case Role.FinanceReviewer:
                return action switch
                {
                    EvaluationAction.View => true,
                    EvaluationAction.Review => scope.State is EvaluationState.Confirmed or EvaluationState.Published,
                    EvaluationAction.Return => scope.State == EvaluationState.Confirmed,
                    EvaluationAction.Publish => scope.State == EvaluationState.Confirmed,
                    _ => false,
                };
            case Role.Administrator:
                return action == EvaluationAction.View;
            default:
                return false;
        }
    }

    /// <summary>Who may start a self-evaluation of a document: who may fill its unit's (the state of a new one is 填报中).</summary>
    public static bool CanStart(Actor? actor, int jurisdictionId, int departmentId, int? budgetUnitId) =>
        Can(actor, EvaluationAction.Fill, new EvaluationScope(jurisdictionId, departmentId, budgetUnitId, EvaluationState.Draft));
}
