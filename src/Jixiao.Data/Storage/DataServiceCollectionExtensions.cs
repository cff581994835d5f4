using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jixiao.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (<c>Jixiao:Database:Provider</c> = sqlite | postgres, <c>ConnectionStrings:Jixiao</c>),
    /// <see cref="JixiaoStore"/> (scoped) and <see cref="DemoData"/> (transient). Contexts are pooled: every web
    /// request and circuit call needs one, and building a fresh context (its services, its connection object) per
    /// request was a measurable part of the CPU per read (issue 5 point 9). The context holds no state of its own, so
    /// a reset pooled instance is the same as a new one.
    /// </summary>
    public static IServiceCollection AddJixiaoData(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(config);
        var provider = DatabaseProviders.Parse(config["Jixiao:Database:Provider"]);
        var connection = config.GetConnectionString("Jixiao");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new JixiaoException("已选择 PostgreSQL（Jixiao:Database:Provider = postgres），但未配置连接字符串 ConnectionStrings:Jixiao。");
            services.AddDbContextPool<JixiaoDbContext, PostgresJixiaoDbContext>((sp, o) =>
                JixiaoDatabase.ConfigurePostgres((DbContextOptionsBuilder<PostgresJixiaoDbContext>)o, connection)
                    .AddInterceptors(sp.GetRequiredService<Caching.WriteTracker>()));
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connection) ? JixiaoDatabase.DefaultSqliteConnection : connection;
            services.AddDbContextPool<JixiaoDbContext, SqliteJixiaoDbContext>((sp, o) =>
                JixiaoDatabase.ConfigureSqlite((DbContextOptionsBuilder<SqliteJixiaoDbContext>)o, sqlite)
                    .AddInterceptors(sp.GetRequiredService<Caching.WriteTracker>()));
        }
        // Read caches (docs/caching.md): every write through these contexts raises the data version they check.
        services.AddSingleton(Caching.ReadCacheSettings.From(config));
        services.AddSingleton<Caching.DataVersion>();
        services.AddSingleton<Caching.WriteTracker>();
        services.AddSingleton<Caching.ReadCaches>();
        services.AddSingleton(new DemoDataOptions(config["Jixiao:Demo:Password"]));
        // Input limits (Jixiao:Limits, docs/limits.md); read now so that a bad value stops the start.
        services.AddSingleton(new Limits.InputGuard(Limits.InputLimits.From(config)));
        services.AddScoped<JixiaoStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Security.UserSessions>();
        services.AddScoped<Security.SessionDirectory>();
        services.AddScoped<Security.AdministratorSetup>();
        services.AddScoped<Drafting.NewDocumentService>();
        services.AddScoped<Drafting.DocumentEditService>();
        services.AddScoped<Drafting.DepartmentWideService>();
        services.AddScoped<Evaluation.EvaluationService>();
        services.AddScoped<DepartmentEvaluation.DepartmentEvaluationService>();
        services.AddScoped<Monitoring.MonitoringService>();
        services.AddScoped<Settings.PerformanceSettingsService>();
        services.AddSingleton<Monitoring.MonitoringOverviewCache>();
        services.AddTransient<DemoData>();
        services.AddJixiaoOffice();
        return services;
    }
}
