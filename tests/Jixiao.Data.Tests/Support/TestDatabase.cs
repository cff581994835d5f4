using Jixiao.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Data.Tests.Support;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a newly created PostgreSQL database on the
/// server named by JIXIAO_TEST_POSTGRES (scripts/test.sh starts one). Dropped again on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JIXIAO_TEST_POSTGRES";
    public const string DemoPassword = "Demo-Pass-2026";

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
    }

    private readonly string? _sqliteFile;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
                throw new InvalidOperationException(
                    $"未设置环境变量 {PostgresVariable}：PostgreSQL 测试需要一个测试服务器。请用 scripts/test.sh 运行测试，" +
                    $"或先运行 scripts/postgres.sh start 并 export {PostgresVariable}=\"<它打印的连接字符串>\"。");
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"jixiao_test_{Guid.NewGuid():N}" };
            db = new TestDatabase(provider, builder.ConnectionString, null);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(provider, $"Data Source={file}", file);
        }
        await using var context = db.NewContext();
        await context.Database.MigrateAsync();
        return db;
    }

    public JixiaoDbContext NewContext() => JixiaoDatabase.CreateContext(Provider, ConnectionString);

    public JixiaoStore NewStore() => new(NewContext());

    /// <summary>A store that gives keys from <paramref name="keys"/> (predictable keys for tests that compare them).</summary>
    public JixiaoStore NewStore(Core.Model.Identity.KeyGenerator keys) => new(NewContext()) { Keys = keys };

    public async Task<DemoSeedResult> SeedDemoAsync()
    {
        await using var context = NewContext();
        return await new DemoData(context, new DemoDataOptions(DemoPassword)).EnsureSeededAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var context = NewContext();
            await context.Database.EnsureDeletedAsync();
        }
    }
}
