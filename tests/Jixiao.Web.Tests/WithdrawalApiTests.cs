using System.Net;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// 删除草稿, 撤回送审 and 撤回公开 through the API (issue 20 item 2): by the role that may, in the state that allows
/// it, audited; others get 403 and wrong states 409.
/// </summary>
public abstract class WithdrawalApiTests(WebFixture fixture)
{
    /// <summary>Audit lines straight from the database (a deleted draft's line has no document to list it under).</summary>
    private async Task<List<AuditLogEntity>> AuditAsync(System.Linq.Expressions.Expression<Func<AuditLogEntity, bool>> where)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.AuditLog.AsNoTracking().Where(where).ToListAsync();
    }

    [Fact]
    public async Task The_filer_deletes_a_draft_never_submitted_and_the_audit_keeps_a_line_naming_it()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.DeleteAsync($"/api/documents/{draft.Id}"), "财政删除");

        await ApiClient.ExpectAsync(HttpStatusCode.NoContent, await filer.DeleteAsync($"/api/documents/{draft.Id}"), "删除草稿");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await filer.GetAsync($"/api/documents/{draft.Id}"));
        var deleted = await AuditAsync(a => a.Action == "删除草稿" && a.Where!.Contains($"编号 {draft.Id}"));
        Assert.Equal(filer.Me!.UserName, Assert.Single(deleted).UserName);
    }

    [Fact]
    public async Task A_submitted_document_is_withdrawn_by_its_filer_before_review_and_cannot_then_be_deleted_once_returned()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, draft.Id, "submit");
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await filer.DeleteAsync($"/api/documents/{draft.Id}"), "删除已送审");
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await reviewer.PostAsync($"/api/documents/{draft.Id}/withdraw", new { }), "审核人撤回");

        var withdrawn = await ApiClient.ReadAsync<Api.WorkflowApi.TransitionResponse>(await filer.PostAsync($"/api/documents/{draft.Id}/withdraw", new { }));
        Assert.Equal((WorkflowState.Draft, "草稿", 1), (withdrawn.Document.State, withdrawn.StateName, withdrawn.Document.CurrentVersion));
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, draft.Id);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = "≥98%", rowVersion = indicator.RowVersion }), "撤回后可修改");

        // Submitted again and returned: a review history now exists, so it can be withdrawn no more, nor deleted.
        await Scenario.StepOkAsync(filer, draft.Id, "submit");
        await Scenario.StepOkAsync(reviewer, draft.Id, "return", "请补充满意度指标");
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await filer.PostAsync($"/api/documents/{draft.Id}/withdraw", new { }), "撤回被退回");
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await filer.DeleteAsync($"/api/documents/{draft.Id}"), "删除被退回");
        Assert.Single(await AuditAsync(a => a.DocumentId == draft.Id && a.Action == "撤回送审"));
    }

    [Fact]
    public async Task Finance_withdraws_a_publication_with_a_reason_and_the_public_no_longer_gets_it()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var anonymous = fixture.Anonymous();
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, draft.Id, "submit");
        await Scenario.StepOkAsync(reviewer, draft.Id, "approve");
        await Scenario.StepOkAsync(finance, draft.Id, "publish");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await anonymous.GetAsync($"/api/public/documents/{draft.Id}/export/html"));

        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await filer.PostAsync($"/api/documents/{draft.Id}/unpublish", new { note = "x" }));
        var noReason = await finance.PostAsync($"/api/documents/{draft.Id}/unpublish", new { note = " " });
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, noReason);
        Assert.Contains("必须填写原因", (await ApiClient.ProblemAsync(noReason)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var done = await ApiClient.ReadAsync<Api.WorkflowApi.TransitionResponse>(
            await finance.PostAsync($"/api/documents/{draft.Id}/unpublish", new { note = "预算调整，待重新公开" }));
        Assert.Equal(WorkflowState.Approved, done.Document.State);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await anonymous.GetAsync($"/api/public/documents/{draft.Id}/export/html"));
        Assert.Contains(await AuditAsync(a => a.DocumentId == draft.Id && a.Action == "撤回公开"), a => a.NewValue == "预算调整，待重新公开");
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await finance.PostAsync($"/api/documents/{draft.Id}/unpublish", new { note = "再次" }));
    }
}

public sealed class WithdrawalApiOnSqlite(SqliteWebFixture fixture) : WithdrawalApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class WithdrawalApiOnPostgres(PostgresWebFixture fixture) : WithdrawalApiTests(fixture), IClassFixture<PostgresWebFixture>;
