namespace Jixiao.Data;

/// <summary>Which database holds the data: a SQLite file (default) or PostgreSQL.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    /// <summary>Reads <c>Jixiao:Database:Provider</c>: "sqlite" (default, also when empty) or "postgres"/"postgresql".</summary>
    public static DatabaseProvider Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        var other => throw new JixiaoException($"配置项 Jixiao:Database:Provider 的值“{other}”无法识别：应为 sqlite 或 postgres。"),
    };
}
