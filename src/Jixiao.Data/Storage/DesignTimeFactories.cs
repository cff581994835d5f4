using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data;

/// <summary>For <c>dotnet ef migrations add … --context SqliteJixiaoDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJixiaoDbContext>
{
    public SqliteJixiaoDbContext CreateDbContext(string[] args) =>
        (SqliteJixiaoDbContext)JixiaoDatabase.CreateContext(DatabaseProvider.Sqlite, JixiaoDatabase.DefaultSqliteConnection);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresJixiaoDbContext</c>; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJixiaoDbContext>
{
    public PostgresJixiaoDbContext CreateDbContext(string[] args) =>
        (PostgresJixiaoDbContext)JixiaoDatabase.CreateContext(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=55432;Username=jixiao;Database=jixiao");
}
