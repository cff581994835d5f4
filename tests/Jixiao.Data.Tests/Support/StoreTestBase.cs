using Jixiao.Data.Security;
using Jixiao.Documents.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.Support;

/// <summary>
/// A test with its own freshly migrated and demo-seeded database of <see cref="Provider"/>; the same test classes
/// run once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    public const string NotaryFiler = "filer.301002";
    public const string DetoxFiler = "filer.301003";
    public const string JusticeReviewer = "reviewer.301";
    public const string EducationReviewer = "reviewer.302";
    public const string Finance = "finance";
    public const string Admin = "admin";

    protected abstract DatabaseProvider Provider { get; }

    protected TestDatabase Db { get; private set; } = null!;
    protected DemoSeedResult Seeded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(Provider);
        Seeded = await Db.SeedDemoAsync();
    }

    public async Task DisposeAsync()
    {
        if (Db is not null) await Db.DisposeAsync();
    }

    protected async Task<Actor> SignIn(string userName)
    {
        var actor = await Db.NewStore().SignInAsync(userName, TestDatabase.DemoPassword);
        Assert.NotNull(actor);
        return actor;
    }

    /// <summary>Seed 002 (a 2022 document) imported by the notary office's filer as a new draft.</summary>
    protected async Task<(DocumentSummary Document, Actor Filer)> ImportSeed002Async()
    {
        var filer = await SignIn(NotaryFiler);
        var summary = await Db.NewStore().CommitImportAsync(filer, Seeds.S002, Seeds.Bytes(Seeds.S002), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022,
            new Importing.ImportChoice(NameConfirmed: true)); // seed 002 is 秦皇岛市抚宁区司法局's, filed under 某某市公证处
        return (summary, filer);
    }

    /// <summary>The first indicator row of the document's first project with a value.</summary>
    protected async Task<(ProjectDetail Project, IndicatorRow Row)> FirstIndicatorAsync(Actor actor, int documentId, int skip = 0)
    {
        var store = Db.NewStore();
        var detail = await store.GetDocumentAsync(actor, documentId);
        foreach (var p in detail.Projects)
        {
            var project = await store.GetProjectAsync(actor, p.Id);
            var rows = project.Indicators.Where(i => i.Value is not null).Skip(skip).ToArray();
            if (rows.Length > 0) return (project, rows[0]);
        }
        throw new InvalidOperationException("文档中没有带指标值的指标。");
    }

    protected async Task<int> CountAsync<T>(Func<JixiaoDbContext, IQueryable<T>> query)
    {
        await using var context = Db.NewContext();
        return await query(context).CountAsync();
    }
}
