using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data;

/// <summary>Creating contexts for a provider and applying its migrations.</summary>
public static class JixiaoDatabase
{
    public const string DefaultSqliteConnection = "Data Source=jixiao.db";

    /// <summary>Applies the migrations of the configured provider (creates the database when missing).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        await LegacyKeyBackfill.RunAsync(db, Core.Model.Identity.KeyGenerator.Random, ct).ConfigureAwait(false);
    }

    /// <summary>A context for the provider and connection string, outside dependency injection (tests, benchmarks, tools).</summary>
    public static JixiaoDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresJixiaoDbContext(ConfigurePostgres(new DbContextOptionsBuilder<PostgresJixiaoDbContext>(), connectionString).Options),
        _ => new SqliteJixiaoDbContext(ConfigureSqlite(new DbContextOptionsBuilder<SqliteJixiaoDbContext>(), connectionString).Options),
    };

    internal static DbContextOptionsBuilder<T> ConfigureSqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString) where T : DbContext
    {
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(JixiaoDatabase).Assembly.GetName().Name))
            .AddInterceptors(SqlitePragmas.Instance);
        return builder;
    }

    internal static DbContextOptionsBuilder<T> ConfigurePostgres<T>(DbContextOptionsBuilder<T> builder, string connectionString) where T : DbContext
    {
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(JixiaoDatabase).Assembly.GetName().Name));
        return builder;
    }
}
