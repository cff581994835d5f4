namespace Jixiao.Data.Security;

/// <summary>
/// The one role × action matrix (docs/roles.md is its table). Every <see cref="JixiaoStore"/> method that takes an
/// actor asks here before reading or writing, so no page or API call can forget it.
/// </summary>
public static class AccessPolicy
{
    public static bool Can(Actor? actor, DocumentAction action, DocumentScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // 公众: published documents only, and only to read.
        if (actor is null) return action == DocumentAction.View && scope.State == WorkflowState.Published;
        if (actor.JurisdictionId != scope.JurisdictionId) return false;

        var editable = Workflow.IsEditable(scope.State);
        return actor.Role switch
        {
            Role.UnitFiler => CanFile(actor.BudgetUnitId is int unit && scope.BudgetUnitId == unit
                                      && (actor.DepartmentId is null || actor.DepartmentId == scope.DepartmentId), action, scope.State),
            Role.DepartmentReviewer => CanReviewDepartment(actor, action, scope, editable),
            Role.FinanceReviewer => action switch
            {
                DocumentAction.View or DocumentAction.ViewAudit => true,
                DocumentAction.Return => scope.State is WorkflowState.Submitted or WorkflowState.Approved,
                DocumentAction.Approve => scope.State == WorkflowState.Submitted,
                DocumentAction.Publish => scope.State == WorkflowState.Approved,
                DocumentAction.AcceptFinding => scope.State != WorkflowState.Published,
                DocumentAction.WithdrawPublication => scope.State == WorkflowState.Published,
                _ => false,
            },
            Role.Administrator => action is DocumentAction.View or DocumentAction.ViewAudit or DocumentAction.ManageUsers,
            _ => false,
        };
    }

    /// <summary>True when the actor may at least read the document; otherwise the store answers “not found”.</summary>
    public static bool CanView(Actor? actor, DocumentScope scope) => Can(actor, DocumentAction.View, scope);

    private static bool CanFile(bool own, DocumentAction action, WorkflowState state) => own && action switch
    {
        DocumentAction.View or DocumentAction.Import => true,
        DocumentAction.Edit or DocumentAction.Submit => Workflow.IsEditable(state),
        // Whoever files a document may take back what only they have acted on (docs/daily-use.md).
        DocumentAction.DeleteDraft => state == WorkflowState.Draft,
        DocumentAction.WithdrawSubmission => state == WorkflowState.Submitted,
        _ => false,
    };

    private static bool CanReviewDepartment(Actor actor, DocumentAction action, DocumentScope scope, bool editable)
    {
        if (actor.DepartmentId is not int department || scope.DepartmentId != department) return false;
        // The department's own document (no budget unit) is filed by the department reviewer like a unit's by its filer.
        var departmentItself = scope.BudgetUnitId is null;
        return action switch
        {
            DocumentAction.View => true,
            DocumentAction.Import => departmentItself,
            DocumentAction.Edit or DocumentAction.Submit => departmentItself && editable,
            DocumentAction.DeleteDraft => departmentItself && scope.State == WorkflowState.Draft,
            // Withdrawing the department's own submission; a unit's submission is withdrawn by its filer.
            DocumentAction.WithdrawSubmission => departmentItself && scope.State == WorkflowState.Submitted,
            DocumentAction.Return or DocumentAction.Approve => scope.State == WorkflowState.Submitted,
            DocumentAction.AcceptFinding => scope.State != WorkflowState.Published,
            _ => false,
        };
    }
}
