using Jixiao.Data.Caching;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data.Tests;

public sealed class SqliteReadCacheTests : ReadCacheTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresReadCacheTests : ReadCacheTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// The read caches (docs/caching.md): a cached session check or document list is answered again only while this
/// process has written nothing since, and for <c>Jixiao:Cache:Seconds</c> at most; what another process writes is
/// seen once that time has passed. The store and sessions come from the container, as in the web; "another process"
/// is a context built by hand (<see cref="TestDatabase.NewContext"/>), which this process's write tracking never sees.
/// </summary>
public abstract class ReadCacheTests : StoreTestBase
{
    private readonly Clock _clock = new(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));

    private ServiceProvider Services(int cacheSeconds = 5) => new ServiceCollection()
        .AddSingleton<TimeProvider>(_clock)
        .AddJixiaoData(new DictionaryConfiguration(new Dictionary<string, string?>
        {
            ["Jixiao:Database:Provider"] = Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
            ["ConnectionStrings:Jixiao"] = Db.ConnectionString,
            ["Jixiao:Cache:Seconds"] = cacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }))
        .BuildServiceProvider();

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    private static Task<Paged<DocumentSummary>> ListAsync(ServiceProvider services, Actor actor) =>
        InScopeAsync(services, s => s.GetRequiredService<JixiaoStore>().ListDocumentsAsync(actor, new DocumentListFilter()));

    [Fact]
    public async Task A_write_of_this_process_is_seen_by_the_next_list_at_once_and_another_process_write_within_the_cache_time()
    {
        await using var services = Services();
        var finance = await SignIn(Finance);
        var (draft, filer) = await ImportSeed002Async();
        var first = await ListAsync(services, finance);
        Assert.Contains(first, d => d.Id == draft.Id && d.State == WorkflowState.Draft);

        // Another process renames the document: within the cache time this one still answers what it read.
        await using (var other = Db.NewContext())
            await other.Documents.Where(d => d.Id == draft.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "别处改过的标题"));
        Assert.Same(first, await ListAsync(services, finance));

        // This process submits it: the next list, of any scope, shows it submitted and renamed.
        await InScopeAsync(services, s => s.GetRequiredService<JixiaoStore>().TransitionAsync(filer, draft.Id, WorkflowAction.Submit, null));
        var afterSubmit = (await ListAsync(services, finance)).Single(d => d.Id == draft.Id);
        Assert.Equal(WorkflowState.Submitted, afterSubmit.State);
        Assert.Equal("别处改过的标题", afterSubmit.Title);

        // Another process renames it again: seen once the cache time has passed, not before.
        await using (var other = Db.NewContext())
            await other.Documents.Where(d => d.Id == draft.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "再次改过的标题"));
        Assert.Equal("别处改过的标题", (await ListAsync(services, finance)).Single(d => d.Id == draft.Id).Title);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("再次改过的标题", (await ListAsync(services, finance)).Single(d => d.Id == draft.Id).Title);
    }

    [Fact]
    public async Task Users_of_other_scopes_never_get_each_others_cached_list()
    {
        await using var services = Services();
        var finance = await SignIn(Finance);
        var notary = await SignIn(NotaryFiler);
        var detox = await SignIn(DetoxFiler);
        await ImportSeed002Async();

        var all = await ListAsync(services, finance);
        var notaryList = await ListAsync(services, notary);
        var detoxList = await ListAsync(services, detox);

        Assert.All(notaryList, d => Assert.Equal(notary.BudgetUnitId, d.BudgetUnitId));
        Assert.All(detoxList, d => Assert.Equal(detox.BudgetUnitId, d.BudgetUnitId));
        Assert.NotEmpty(notaryList);
        Assert.True(all.Total > notaryList.Total, "财政审核人看到的文档应多于一个单位的");
        Assert.Equal(notaryList.Select(d => d.Id), (await ListAsync(services, notary)).Select(d => d.Id));
    }

    [Fact]
    public async Task A_session_ended_here_is_refused_at_once_one_ended_elsewhere_within_the_cache_time_and_none_past_its_end()
    {
        await using var services = Services(cacheSeconds: 3600);
        var filer = await SignIn(NotaryFiler);
        var token = await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().StartAsync(filer.UserId, TimeSpan.FromHours(10)));
        Task<Actor?> CheckAsync() => InScopeAsync(services, s => s.GetRequiredService<UserSessions>().GetActorAsync(token));
        Assert.Equal(filer.UserId, (await CheckAsync())?.UserId);

        // Ended here (退出登录): the very next check refuses it, although the cache would keep it for an hour.
        await InScopeAsync(services, async s => { await s.GetRequiredService<UserSessions>().EndAsync(token); return 0; });
        Assert.Null(await CheckAsync());

        // Ended by another server on the same database: refused once the cache time has passed.
        var second = await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().StartAsync(filer.UserId, TimeSpan.FromHours(10)));
        Assert.NotNull(await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().GetActorAsync(second)));
        await using (var other = Db.NewContext())
            await other.UserSessions.Where(x => x.UserId == filer.UserId).ExecuteDeleteAsync();
        Assert.NotNull(await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().GetActorAsync(second)));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().GetActorAsync(second)));

        // A session past its absolute end is refused whatever the cache time.
        var shortLived = await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().StartAsync(filer.UserId, TimeSpan.FromMinutes(1)));
        Assert.NotNull(await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().GetActorAsync(shortLived)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await InScopeAsync(services, s => s.GetRequiredService<UserSessions>().GetActorAsync(shortLived)));
    }

    [Fact]
    public async Task Reads_leave_the_data_version_alone_and_every_kind_of_write_raises_it()
    {
        await using var services = Services();
        var version = services.GetRequiredService<DataVersion>();
        var filer = await SignIn(NotaryFiler);

        var before = version.Current;
        await ListAsync(services, filer);
        await InScopeAsync(services, s => s.GetRequiredService<JixiaoDbContext>().Users.CountAsync());
        Assert.Equal(before, version.Current);

        async Task RaisesAsync(Func<JixiaoDbContext, Task> write, string what)
        {
            var at = version.Current;
            await InScopeAsync(services, async s => { await write(s.GetRequiredService<JixiaoDbContext>()); return 0; });
            Assert.True(version.Current > at, what);
        }

        await RaisesAsync(db => db.Users.Where(u => u.Id == filer.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "改名")), "ExecuteUpdate");
        await RaisesAsync(db => db.UserSessions.Where(s => s.UserId == -1).ExecuteDeleteAsync(), "ExecuteDelete");
        await RaisesAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == filer.UserId);
            user.DisplayName = "再改名";
            await db.SaveChangesAsync();
        }, "SaveChanges");
        await RaisesAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Users.Where(u => u.Id == filer.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "事务中"));
            var inside = version.Current;
            await transaction.CommitAsync();
            Assert.True(version.Current > inside, "提交之后应再次提升数据版本");
        }, "transaction");
    }

    [Theory]
    [InlineData("SELECT 1", true)]
    [InlineData("\n  select \"d\".\"Id\" FROM documents", true)]
    [InlineData("INSERT INTO documents VALUES (1) RETURNING id", false)]
    [InlineData("UPDATE users SET x = 1", false)]
    [InlineData("-- tagged\nSELECT 1", false)]
    [InlineData("", false)]
    public void Only_a_plain_select_counts_as_a_read(string sql, bool read) => Assert.Equal(read, WriteTracker.IsPlainSelect(sql));

    private sealed class Clock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
