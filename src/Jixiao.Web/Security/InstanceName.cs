using System.Security.Cryptography;
using System.Text;
using Jixiao.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Web.Security;

/// <summary>
/// The Data Protection application name of this instance: <c>Jixiao:InstanceName</c> when set, else derived from where
/// its data lives (the SQLite file's full path, or the PostgreSQL host, port and database). Purposes derived from it
/// differ between instances, so even a key ring copied from another instance does not open this one's cookies.
/// </summary>
internal static class InstanceName
{
    public static string Of(IConfiguration config)
    {
        if (config["Jixiao:InstanceName"] is { Length: > 0 } configured) return "Jixiao/" + configured.Trim();
        var provider = DatabaseProviders.Parse(config["Jixiao:Database:Provider"]);
        var connection = config.GetConnectionString("Jixiao");
        string where;
        if (provider == DatabaseProvider.Postgres)
        {
            var pg = new NpgsqlConnectionStringBuilder(connection);
            where = $"postgres|{pg.Host}|{pg.Port}|{pg.Database}";
        }
        else
        {
            var file = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? JixiaoDatabase.DefaultSqliteConnection : connection).DataSource;
            where = "sqlite|" + (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal) ? file : Path.GetFullPath(file));
        }
        return "Jixiao/" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(where)))[..16].ToLowerInvariant();
    }
}
