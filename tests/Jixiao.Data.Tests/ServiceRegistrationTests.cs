using Jixiao.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data.Tests;

public class ServiceRegistrationTests
{
    [Fact]
    public async Task AddJixiaoData_with_defaults_opens_sqlite_in_wal_mode_migrates_and_seeds()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jixiao-di-{Guid.NewGuid():N}.db");
        try
        {
            var config = new DictionaryConfiguration(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Jixiao"] = $"Data Source={file}",
                ["Jixiao:Demo:Password"] = "fixed-for-test",
            });
            var services = new ServiceCollection().AddJixiaoData(config).BuildServiceProvider();
            await using (services)
            {
                await JixiaoDatabase.MigrateAsync(services);
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
                Assert.IsType<SqliteJixiaoDbContext>(db);
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync();
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = "PRAGMA journal_mode;";
                    Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
                }
                await connection.CloseAsync();
                var seeded = await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureSeededAsync();
                Assert.All(seeded.Users, u => Assert.Equal("fixed-for-test", u.Password));
                var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
                Assert.NotNull(await store.SignInAsync("finance", "fixed-for-test"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused_in_chinese()
    {
        var config = new DictionaryConfiguration(new Dictionary<string, string?> { ["Jixiao:Database:Provider"] = "postgres" });
        var e = Assert.Throws<JixiaoException>(() => new ServiceCollection().AddJixiaoData(config));
        Assert.Contains("ConnectionStrings:Jixiao", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_demo_passwords_differ_and_verify_only_themselves()
    {
        var a = Security.PasswordHashing.NewPassword();
        var b = Security.PasswordHashing.NewPassword();
        Assert.NotEqual(a, b);
        var hash = Security.PasswordHashing.Hash(a);
        Assert.True(Security.PasswordHashing.Verify(a, hash));
        Assert.False(Security.PasswordHashing.Verify(b, hash));
        Assert.NotEqual(hash, Security.PasswordHashing.Hash(a));
    }
}
