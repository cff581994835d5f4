using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSeparationOfDutiesTests : SeparationOfDutiesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSeparationOfDutiesTests : SeparationOfDutiesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>职责分离: who submitted a version may not approve it, unless the jurisdiction turns the rule off.</summary>
public abstract class SeparationOfDutiesTests : StoreTestBase
{
    /// <summary>The justice department's own document (no budget unit), imported and submitted by its reviewer.</summary>
    private async Task<(DocumentSummary Document, Actor Reviewer)> SubmittedByDepartmentReviewerAsync()
    {
        var reviewer = await SignIn(JusticeReviewer);
        var doc = await Db.NewStore().CommitImportAsync(reviewer, Seeds.S002, Seeds.Bytes(Seeds.S002), reviewer.DepartmentId!.Value, null, 2022,
            new Importing.ImportChoice(NameConfirmed: true));
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Submit, null);
        return (doc, reviewer);
    }

    [Fact]
    public async Task A_department_reviewer_cannot_approve_what_he_submitted_but_another_reviewer_can()
    {
        var (doc, reviewer) = await SubmittedByDepartmentReviewerAsync();

        var e = await Assert.ThrowsAsync<AccessDeniedException>(() => Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null));

        Assert.Contains("送审了文档", e.Message, StringComparison.Ordinal);
        Assert.Contains("第 1 版", e.Message, StringComparison.Ordinal);
        Assert.Contains("职责分离", e.Message, StringComparison.Ordinal);
        var finance = await SignIn(Finance);
        Assert.Equal(WorkflowState.Submitted, (await Db.NewStore().GetDocumentAsync(finance, doc.Id)).Summary.State);
        Assert.DoesNotContain(await Db.NewStore().GetAuditAsync(finance, doc.Id), a => a.Action == "审核通过");

        Assert.Equal(WorkflowState.Approved, (await Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Approve, null)).State);
    }

    [Fact]
    public async Task The_submitter_is_kept_per_version_so_a_resubmission_by_someone_else_can_be_approved_by_the_first()
    {
        var (doc, filer) = await ImportSeed002Async();
        var reviewer = await SignIn(JusticeReviewer);
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "请补充依据");
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);

        // The filer submitted version 2; the reviewer did not, so the reviewer may approve it.
        Assert.Equal(WorkflowState.Approved, (await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null)).State);
        await using var context = Db.NewContext();
        Assert.Equal(filer.UserName, (await context.DocumentVersions.SingleAsync(v => v.DocumentId == doc.Id && v.Number == 2)).SubmittedBy);
    }

    [Fact]
    public async Task A_jurisdiction_that_turns_the_rule_off_lets_the_submitter_approve()
    {
        var (doc, reviewer) = await SubmittedByDepartmentReviewerAsync();
        await using (var context = Db.NewContext())
        {
            var jurisdiction = await context.Jurisdictions.SingleAsync(j => j.Id == reviewer.JurisdictionId);
            Assert.True(jurisdiction.SeparateSubmitAndApprove); // on by default
            jurisdiction.SeparateSubmitAndApprove = false;
            await context.SaveChangesAsync();
        }
        await using (var context = Db.NewContext())
            Assert.False((await context.Jurisdictions.SingleAsync(j => j.Id == reviewer.JurisdictionId)).SeparateSubmitAndApprove);

        Assert.Equal(WorkflowState.Approved, (await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null)).State);
    }
}
