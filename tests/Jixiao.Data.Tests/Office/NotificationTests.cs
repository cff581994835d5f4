using Jixiao.Data.Administration;
using Jixiao.Data.Notifications;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;

namespace Jixiao.Data.Tests.Office;

public sealed class SqliteNotificationTests : NotificationTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresNotificationTests : NotificationTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// In-app notifications (issue 20 item 4): the unit's filer is told of a 退回 with its note, of 审核通过 and of 公开;
/// the department's reviewer of what the finance bureau did; nobody of their own step; read marks count down.
/// </summary>
public abstract class NotificationTests : StoreTestBase
{
    private NotificationService Service() => new(Db.NewContext(), new PersonDirectory(Db.NewContext()), TimeProvider.System);

    [Fact]
    public async Task The_filer_is_told_of_the_return_with_its_note_then_of_approval_and_publication()
    {
        var (doc, filer) = await ImportSeed002Async();
        var reviewer = await SignIn(JusticeReviewer);
        var finance = await SignIn(Finance);
        await Service().MarkAllReadAsync(filer);
        await Service().MarkAllReadAsync(reviewer);
        Assert.Equal(0, await Service().UnreadCountAsync(filer));

        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        Assert.Equal(0, await Service().UnreadCountAsync(filer));
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "绩效目标与预算不匹配，请修改");

        Assert.Equal(1, await Service().UnreadCountAsync(filer));
        var returned = Assert.Single(await Service().ListAsync(filer, unreadOnly: true));
        Assert.Equal(("退回", doc.Id, "绩效目标与预算不匹配，请修改", false), (returned.Kind, returned.DocumentId, returned.Note, returned.Read));
        Assert.Equal("某某市司法局审核人（reviewer.301）", returned.By);
        Assert.Contains("被退回（某某市司法局审核人（reviewer.301））", returned.Message, StringComparison.Ordinal);
        Assert.Contains("退回意见：绩效目标与预算不匹配，请修改", returned.Message, StringComparison.Ordinal);
        // The reviewer took the step himself: nothing for him.
        Assert.Equal(0, await Service().UnreadCountAsync(reviewer));

        await Service().MarkReadAsync(filer, returned.Id);
        Assert.Equal(0, await Service().UnreadCountAsync(filer));
        Assert.True(Assert.Single(await Service().ListAsync(filer), n => n.Id == returned.Id).Read);

        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Approve, null);
        await Db.NewStore().TransitionAsync(finance, doc.Id, WorkflowAction.Publish, null);

        var latest = await Service().ListAsync(filer, unreadOnly: true);
        Assert.Equal(["公开", "审核通过"], latest.Select(n => n.Kind));
        Assert.All(latest, n => Assert.Null(n.Note));
        // The department's reviewer hears of the finance bureau's steps on a document of his department.
        Assert.Equal(["公开", "审核通过"], (await Service().ListAsync(reviewer, unreadOnly: true)).Select(n => n.Kind));
        Assert.Equal(2, await Service().MarkAllReadAsync(filer));
        Assert.Equal(0, await Service().UnreadCountAsync(filer));
    }

    [Fact]
    public async Task Others_are_not_told_and_cannot_mark_what_is_not_theirs()
    {
        var (doc, filer) = await ImportSeed002Async();
        var reviewer = await SignIn(JusticeReviewer);
        var detoxFiler = await SignIn(DetoxFiler);
        var education = await SignIn(EducationReviewer);
        var finance = await SignIn(Finance);
        var before = (await Service().UnreadCountAsync(detoxFiler), await Service().UnreadCountAsync(education));
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "请补充");

        Assert.Equal(before, (await Service().UnreadCountAsync(detoxFiler), await Service().UnreadCountAsync(education)));
        Assert.Equal(0, await Service().UnreadCountAsync(finance));
        var id = (await Service().ListAsync(filer, unreadOnly: true))[0].Id;
        await Assert.ThrowsAsync<NotFoundException>(() => Service().MarkReadAsync(detoxFiler, id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().UnreadCountAsync(null));
    }

    [Fact]
    public async Task A_user_created_later_starts_with_no_old_notifications()
    {
        var admin = await SignIn(Admin);
        var filer = await SignIn(NotaryFiler);
        // The demo's returns and publications of the notary office are the existing filer's notifications…
        Assert.True(await Service().UnreadCountAsync(filer) > 0);
        var created = await new UserAdministration(Db.NewContext(), TimeProvider.System)
            .CreateAsync(admin, new UserInput("filer.301002b", "钱七", Role.UnitFiler, null, filer.BudgetUnitId));
        var newcomer = await Db.NewStore().SignInAsync("filer.301002b", created.Password);
        // …but not the newcomer's.
        Assert.Equal(0, await Service().UnreadCountAsync(newcomer));
        Assert.Empty(await Service().ListAsync(newcomer));
    }

    [Fact]
    public async Task A_work_queue_names_who_took_the_last_step_and_only_within_the_jurisdiction()
    {
        var (doc, filer) = await ImportSeed002Async();
        var reviewer = await SignIn(JusticeReviewer);
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        var persons = new PersonDirectory(Db.NewContext());
        Assert.Equal(new LastStep("送审", "某某市公证处填报人（filer.301002）", default),
            (await persons.LastStepsAsync(filer, [doc.Id]))[doc.Id] with { At = default });
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "请补充");
        Assert.Equal(("退回", "某某市司法局审核人（reviewer.301）"),
            (await new PersonDirectory(Db.NewContext()).LastStepsAsync(filer, [doc.Id]))[doc.Id] is var s ? (s.Action, s.Person) : default);
        Assert.Empty(await new PersonDirectory(Db.NewContext()).LastStepsAsync(null, [doc.Id]));
    }
}
