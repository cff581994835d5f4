using Jixiao.Data.Queues;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// The work queues per role (issue 20 item 4): a submission appears under the reviewer's 待审核, a return under the
/// filer's 被退回, an approval under the finance bureau's 待公开, and leaves each queue when acted on.
/// </summary>
public abstract class WorkQueueApiTests(WebFixture fixture)
{
    private static async Task<WorkQueue> QueueAsync(ApiClient client, string key) =>
        Assert.Single(await client.GetAsync<List<WorkQueue>>("/api/queues"), q => q.Key == key);

    private static async Task<bool> HoldsAsync(ApiClient client, string key, int documentId) =>
        (await QueueAsync(client, key)).Documents.Any(d => d.Id == documentId);

    [Fact]
    public async Task Each_role_sees_what_waits_for_it_and_the_counts_follow_the_workflow()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        Assert.Equal(["returned"], (await filer.GetAsync<List<WorkQueue>>("/api/queues")).Select(q => q.Key));
        Assert.Equal(["review", "publish"], (await finance.GetAsync<List<WorkQueue>>("/api/queues")).Select(q => q.Key));

        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        var reviewBefore = (await QueueAsync(reviewer, "review")).Count;
        await Scenario.StepOkAsync(filer, draft.Id, "submit");
        Assert.Equal(reviewBefore + 1, (await QueueAsync(reviewer, "review")).Count);
        Assert.True(await HoldsAsync(finance, "review", draft.Id));

        await Scenario.StepOkAsync(reviewer, draft.Id, "return", "请补充指标");
        Assert.False(await HoldsAsync(reviewer, "review", draft.Id));
        Assert.True(await HoldsAsync(filer, "returned", draft.Id));

        await Scenario.StepOkAsync(filer, draft.Id, "submit");
        await Scenario.StepOkAsync(reviewer, draft.Id, "approve");
        Assert.False(await HoldsAsync(filer, "returned", draft.Id));
        Assert.True(await HoldsAsync(finance, "publish", draft.Id));
        await Scenario.StepOkAsync(finance, draft.Id, "publish");
        Assert.False(await HoldsAsync(finance, "publish", draft.Id));
    }
}

public sealed class WorkQueueApiOnSqlite(SqliteWebFixture fixture) : WorkQueueApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class WorkQueueApiOnPostgres(PostgresWebFixture fixture) : WorkQueueApiTests(fixture), IClassFixture<PostgresWebFixture>;
