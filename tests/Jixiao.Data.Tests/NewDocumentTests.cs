using Jixiao.Core.Model.Identity;
using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;

namespace Jixiao.Data.Tests;

public sealed class SqliteNewDocumentTests : NewDocumentTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresNewDocumentTests : NewDocumentTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>新建文档: empty, carried from last year, and refused where one exists or the actor may not.</summary>
public abstract class NewDocumentTests : StoreTestBase
{
    private NewDocumentService NewService() => new(Db.NewStore());

    private static NewDocumentRequest For(Actor actor, int year, NewDocumentStart start) =>
        new(actor.DepartmentId!.Value, actor.BudgetUnitId, year, start);

    [Fact]
    public async Task Filer_creates_an_empty_draft_for_a_new_year_and_the_audit_says_so()
    {
        var filer = await SignIn(NotaryFiler);
        var created = await NewService().CreateAsync(filer, For(filer, 2031, NewDocumentStart.Empty));

        Assert.Equal((WorkflowState.Draft, 1, 0, 2031), (created.State, created.CurrentVersion, created.ProjectCount, created.FiscalYear));
        Assert.Equal(filer.BudgetUnitId, created.BudgetUnitId);
        var detail = await Db.NewStore().GetDocumentAsync(filer, created.Id);
        Assert.Empty(detail.Model.Projects);
        Assert.Equal(2031, detail.Model.FiscalYear);
        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), created.Id);
        Assert.Contains(audit, a => a.Action == "新建" && a.User == NotaryFiler && a.New!.Contains("空白", StringComparison.Ordinal));
        Assert.Equal(created.Id, (await NewService().ExistingAsync(filer, filer.DepartmentId!.Value, filer.BudgetUnitId, 2031))?.Id);
    }

    [Fact]
    public async Task A_second_document_for_the_same_unit_and_year_is_refused_naming_the_first()
    {
        var (first, filer) = await ImportSeed002Async();
        var before = await CountAsync(c => c.Documents);
        foreach (var start in new[] { NewDocumentStart.Empty, NewDocumentStart.FromLastYear })
        {
            var e = await Assert.ThrowsAsync<DocumentExistsException>(() => NewService().CreateAsync(filer, For(filer, 2022, start)));
            Assert.Equal(first.Id, e.ExistingDocumentId);
            Assert.Contains($"“{first.Title}”（编号 {first.Id}，草稿", e.Message, StringComparison.Ordinal);
            Assert.Contains("2022年度已有文档", e.Message, StringComparison.Ordinal);
        }
        Assert.Equal(before, await CountAsync(c => c.Documents));
    }

    [Fact]
    public async Task Carrying_from_last_year_copies_every_project_goal_and_indicator_with_its_key_and_a_link()
    {
        var (last, filer) = await ImportSeed002Async();
        await Db.NewStore().TransitionAsync(filer, last.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(await SignIn(JusticeReviewer), last.Id, WorkflowAction.Approve, null);
        var source = (await Db.NewStore().GetDocumentAsync(filer, last.Id)).Model;

        var created = await NewService().CreateAsync(filer, For(filer, 2023, NewDocumentStart.FromLastYear));

        Assert.Equal((WorkflowState.Draft, 1, source.Projects.Count), (created.State, created.CurrentVersion, created.ProjectCount));
        var model = (await Db.NewStore().GetDocumentAsync(filer, created.Id)).Model;
        Assert.Equal(2023, model.FiscalYear);
        Assert.Equal(source.Projects.Select(p => p.Key), model.Projects.Select(p => p.Key));
        Assert.Equal(source.Projects.Select(p => (p.Name, p.Code, p.Budget, string.Join("|", p.Goals), p.Purpose)),
            model.Projects.Select(p => (p.Name, p.Code, p.Budget, string.Join("|", p.Goals), p.Purpose)));
        Assert.All(model.Projects, p => Assert.Equal(new CarriedFrom(2022, MoneyToUpdate: true), p.CarriedFrom));
        var sourceIndicators = source.Projects.SelectMany(p => p.Indicators).ToArray();
        var indicators = model.Projects.SelectMany(p => p.Indicators).ToArray();
        Assert.Equal(sourceIndicators.Select(i => (i.Key, i.Level1, i.Level2, i.Name, i.Value)), indicators.Select(i => (i.Key, i.Level1, i.Level2, i.Name, i.Value)));
        Assert.All(indicators, i => Assert.Equal(new CarriedFrom(2022), i.CarriedFrom));

        // The new document is found by the same keys; last year's is untouched and still approved.
        var project = await Db.NewStore().GetProjectAsync(filer, (await Db.NewStore().GetDocumentAsync(filer, created.Id)).Projects[0].Id);
        Assert.Equal(source.Projects[0].Key, project.Model.Key);
        Assert.True(project.CanEdit);
        Assert.Equal(WorkflowState.Approved, (await Db.NewStore().GetDocumentAsync(filer, last.Id)).Summary.State);
        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), created.Id);
        Assert.Contains(audit, a => a.Action == "新建" && a.New!.Contains($"从2022年度“{last.Title}”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Carrying_needs_an_approved_or_published_document_last_year()
    {
        var filer = await SignIn(NotaryFiler);
        var none = await Assert.ThrowsAsync<JixiaoException>(() => NewService().CreateAsync(filer, For(filer, 2023, NewDocumentStart.FromLastYear)));
        Assert.Contains("没有2022年度的文档", none.Message, StringComparison.Ordinal);

        var (last, _) = await ImportSeed002Async();
        var draft = await Assert.ThrowsAsync<JixiaoException>(() => NewService().CreateAsync(filer, For(filer, 2023, NewDocumentStart.FromLastYear)));
        Assert.Contains($"“{last.Title}”当前为“草稿”", draft.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_unit_filer_or_for_the_department_itself_its_reviewer_may_create()
    {
        var notary = await SignIn(NotaryFiler);
        var detox = await SignIn(DetoxFiler);
        var reviewer = await SignIn(JusticeReviewer);
        var finance = await SignIn(Finance);
        var education = await SignIn(EducationReviewer);
        var unitRequest = For(notary, 2031, NewDocumentStart.Empty);

        await Assert.ThrowsAsync<NotFoundException>(() => NewService().CreateAsync(detox, unitRequest));
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().CreateAsync(reviewer, unitRequest));
        await Assert.ThrowsAsync<AccessDeniedException>(() => NewService().CreateAsync(finance, unitRequest));
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().CreateAsync(null, unitRequest));
        await Assert.ThrowsAsync<NotFoundException>(() => NewService().CreateAsync(education,
            new NewDocumentRequest(reviewer.DepartmentId!.Value, null, 2031, NewDocumentStart.Empty)));

        var own = await NewService().CreateAsync(reviewer, new NewDocumentRequest(reviewer.DepartmentId!.Value, null, 2031, NewDocumentStart.Empty));
        Assert.Null(own.BudgetUnitId);
        Assert.Equal(WorkflowState.Draft, own.State);
    }
}
