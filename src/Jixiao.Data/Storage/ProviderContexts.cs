using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>The SQLite database (default: a file beside the app, WAL mode); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteJixiaoDbContext(DbContextOptions<SqliteJixiaoDbContext> options) : JixiaoDbContext(options);

/// <summary>The PostgreSQL database (by connection string); migrations in Migrations/Postgres.</summary>
public sealed class PostgresJixiaoDbContext(DbContextOptions<PostgresJixiaoDbContext> options) : JixiaoDbContext(options);
