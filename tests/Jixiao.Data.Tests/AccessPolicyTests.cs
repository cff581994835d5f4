using Jixiao.Data.Security;

namespace Jixiao.Data.Tests;

/// <summary>
/// The role × action × scope × state matrix, written out independently of <see cref="AccessPolicy"/> (and as in
/// docs/roles.md). Every combination is checked, so a change to the policy shows up here as a failing row.
/// </summary>
public class AccessPolicyTests
{
    private const int Jurisdiction = 1;
    private const int OwnDepartment = 10;
    private const int OwnUnit = 100;

    /// <summary>Where the document is, seen from the actor.</summary>
    public enum Place { OwnUnit, OtherUnitOfOwnDepartment, OwnDepartmentItself, OtherDepartment, OtherJurisdiction }

    private static readonly WorkflowState[] All = Enum.GetValues<WorkflowState>();
    private static readonly WorkflowState[] Editable = [WorkflowState.Draft, WorkflowState.Returned];
    private static readonly WorkflowState[] NotPublished = [WorkflowState.Draft, WorkflowState.Submitted, WorkflowState.Returned, WorkflowState.Approved];

    /// <summary>The expected matrix: (role, place, action) → the states in which it is allowed; missing = never.</summary>
    private static readonly Dictionary<(Role?, Place, DocumentAction), WorkflowState[]> Allowed = Build();

    private static Dictionary<(Role?, Place, DocumentAction), WorkflowState[]> Build()
    {
        var m = new Dictionary<(Role?, Place, DocumentAction), WorkflowState[]>();
        void Allow(Role? role, Place[] places, DocumentAction action, WorkflowState[] states)
        {
            foreach (var p in places) m[(role, p, action)] = states;
        }
        Place[] everywhere = Enum.GetValues<Place>();
        Place[] jurisdiction = [Place.OwnUnit, Place.OtherUnitOfOwnDepartment, Place.OwnDepartmentItself, Place.OtherDepartment];
        Place[] department = [Place.OwnUnit, Place.OtherUnitOfOwnDepartment, Place.OwnDepartmentItself];

        // 公众
        Allow(null, everywhere, DocumentAction.View, [WorkflowState.Published]);
        // 单位填报人
        Allow(Role.UnitFiler, [Place.OwnUnit], DocumentAction.View, All);
        Allow(Role.UnitFiler, [Place.OwnUnit], DocumentAction.Import, All);
        Allow(Role.UnitFiler, [Place.OwnUnit], DocumentAction.Edit, Editable);
        Allow(Role.UnitFiler, [Place.OwnUnit], DocumentAction.Submit, Editable);
        Allow(Role.UnitFiler, [Place.OwnUnit], DocumentAction.DeleteDraft, [WorkflowState.Draft]);
        Allow(Role.UnitFiler, [Place.OwnUnit], DocumentAction.WithdrawSubmission, [WorkflowState.Submitted]);
        // 部门审核人
        Allow(Role.DepartmentReviewer, department, DocumentAction.View, All);
        Allow(Role.DepartmentReviewer, [Place.OwnDepartmentItself], DocumentAction.Import, All);
        Allow(Role.DepartmentReviewer, [Place.OwnDepartmentItself], DocumentAction.Edit, Editable);
        Allow(Role.DepartmentReviewer, [Place.OwnDepartmentItself], DocumentAction.Submit, Editable);
        Allow(Role.DepartmentReviewer, [Place.OwnDepartmentItself], DocumentAction.DeleteDraft, [WorkflowState.Draft]);
        Allow(Role.DepartmentReviewer, [Place.OwnDepartmentItself], DocumentAction.WithdrawSubmission, [WorkflowState.Submitted]);
        Allow(Role.DepartmentReviewer, department, DocumentAction.Return, [WorkflowState.Submitted]);
        Allow(Role.DepartmentReviewer, department, DocumentAction.Approve, [WorkflowState.Submitted]);
        Allow(Role.DepartmentReviewer, department, DocumentAction.AcceptFinding, NotPublished);
        // 财政审核人
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.View, All);
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.ViewAudit, All);
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.Return, [WorkflowState.Submitted, WorkflowState.Approved]);
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.Approve, [WorkflowState.Submitted]);
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.Publish, [WorkflowState.Approved]);
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.AcceptFinding, NotPublished);
        Allow(Role.FinanceReviewer, jurisdiction, DocumentAction.WithdrawPublication, [WorkflowState.Published]);
        // 系统管理员
        Allow(Role.Administrator, jurisdiction, DocumentAction.View, All);
        Allow(Role.Administrator, jurisdiction, DocumentAction.ViewAudit, All);
        Allow(Role.Administrator, jurisdiction, DocumentAction.ManageUsers, All);
        return m;
    }

    public static TheoryData<Role?, Place, DocumentAction, WorkflowState> Combinations()
    {
        var data = new TheoryData<Role?, Place, DocumentAction, WorkflowState>();
        foreach (var role in Enum.GetValues<Role>().Cast<Role?>().Append(null))
            foreach (var place in Enum.GetValues<Place>())
                foreach (var action in Enum.GetValues<DocumentAction>())
                    foreach (var state in All)
                        data.Add(role, place, action, state);
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Matrix(Role? role, Place place, DocumentAction action, WorkflowState state)
    {
        var expected = Allowed.TryGetValue((role, place, action), out var states) && states.Contains(state);
        Assert.Equal(expected, AccessPolicy.Can(ActorFor(role), action, ScopeOf(place, state)));
    }

    [Fact]
    public void A_filer_without_a_unit_and_a_reviewer_without_a_department_may_do_nothing()
    {
        var filer = new Actor(1, "f", "f", Role.UnitFiler, Jurisdiction, OwnDepartment, null);
        var reviewer = new Actor(2, "r", "r", Role.DepartmentReviewer, Jurisdiction, null, null);
        foreach (var action in Enum.GetValues<DocumentAction>())
            foreach (var state in All)
            {
                Assert.False(AccessPolicy.Can(filer, action, new DocumentScope(Jurisdiction, OwnDepartment, null, state)));
                Assert.False(AccessPolicy.Can(reviewer, action, new DocumentScope(Jurisdiction, OwnDepartment, null, state)));
            }
    }

    private static Actor? ActorFor(Role? role) => role switch
    {
        null => null,
        Role.UnitFiler => new Actor(1, "filer", "填报人", Role.UnitFiler, Jurisdiction, OwnDepartment, OwnUnit),
        Role.DepartmentReviewer => new Actor(2, "reviewer", "部门审核人", Role.DepartmentReviewer, Jurisdiction, OwnDepartment, null),
        Role.FinanceReviewer => new Actor(3, "finance", "财政审核人", Role.FinanceReviewer, Jurisdiction, null, null),
        _ => new Actor(4, "admin", "管理员", Role.Administrator, Jurisdiction, null, null),
    };

    private static DocumentScope ScopeOf(Place place, WorkflowState state) => place switch
    {
        Place.OwnUnit => new(Jurisdiction, OwnDepartment, OwnUnit, state),
        Place.OtherUnitOfOwnDepartment => new(Jurisdiction, OwnDepartment, OwnUnit + 1, state),
        Place.OwnDepartmentItself => new(Jurisdiction, OwnDepartment, null, state),
        Place.OtherDepartment => new(Jurisdiction, OwnDepartment + 1, OwnUnit + 50, state),
        _ => new(Jurisdiction + 1, OwnDepartment, OwnUnit, state),
    };
}
