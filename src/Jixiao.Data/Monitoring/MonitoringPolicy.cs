using Jixiao.Data.Security;

namespace Jixiao.Data.Monitoring;

/// <summary>What an actor wants to do with monitoring.</summary>
public enum MonitoringAction
{
    View,
    /// <summary>Start a report for a document, save inputs, import a filled 监控表.</summary>
    Fill,
    Submit,
    Confirm,
    Return,
    /// <summary>整改要求 and 整改结果 on an item: the finance bureau, once the report is submitted.</summary>
    FollowUp,
}

/// <summary>Whose a report is and its state.</summary>
public sealed record MonitoringScope(int JurisdictionId, int DepartmentId, int? BudgetUnitId, MonitoringState State);

/// <summary>
/// The role × action matrix of monitoring (docs/monitoring.md "In the web system"): the filer fills and submits their own
/// unit's reports; the department reviewer sees the department's, confirms or returns them (and fills the department's
/// own); the finance bureau sees the jurisdiction, opens periods and adds 整改要求/整改结果. The public sees nothing.
/// </summary>
public static class MonitoringPolicy
{
    public static bool Can(Actor? actor, MonitoringAction action, MonitoringScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (actor is null || actor.JurisdictionId != scope.JurisdictionId) return false;
        var editable = MonitoringStates.IsEditable(scope.State);
        switch (actor.Role)
        {
            case Role.UnitFiler:
                var own = actor.BudgetUnitId is int unit && scope.BudgetUnitId == unit
                          && (actor.DepartmentId is null || actor.DepartmentId == scope.DepartmentId);
                return own && action switch
                {
                    MonitoringAction.View => true,
                    MonitoringAction.Fill or MonitoringAction.Submit => editable,
                    _ => false,
                };
            case Role.DepartmentReviewer:
                if (actor.DepartmentId is not int department || scope.DepartmentId != department) return false;
                return action switch
                {
                    MonitoringAction.View => true,
                    MonitoringAction.Fill or MonitoringAction.Submit => scope.BudgetUnitId is null && editable,
                    MonitoringAction.Confirm or MonitoringAction.Return => scope.State == MonitoringState.Submitted,
                    _ => false,
                };
            case Role.FinanceReviewer:
                return action switch
                {
                    MonitoringAction.View => true,
                    MonitoringAction.FollowUp => MonitoringStates.IsReported(scope.State),
                    _ => false,
                };
            case Role.Administrator:
                return action == MonitoringAction.View;
            default:
                return false;
        }
    }

    /// <summary>Who may start a document's report: who may fill its unit's (a new report is 填报中).</summary>
    public static bool CanStart(Actor? actor, int jurisdictionId, int departmentId, int? budgetUnitId) =>
        Can(actor, MonitoringAction.Fill, new MonitoringScope(jurisdictionId, departmentId, budgetUnitId, MonitoringState.Draft));

    /// <summary>Opening a monitoring period is the finance bureau's.</summary>
    public static bool CanOpenPeriod(Actor? actor, int jurisdictionId) =>
        actor is { Role: Role.FinanceReviewer } && actor.JurisdictionId == jurisdictionId;
}
