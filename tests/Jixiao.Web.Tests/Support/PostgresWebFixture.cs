using Npgsql;

namespace Jixiao.Web.Tests.Support;

/// <summary>
/// A new database on the PostgreSQL server named by JIXIAO_TEST_POSTGRES (scripts/test.sh starts one and sets it),
/// dropped afterwards. Without the variable the tests fail with this message rather than skip: a green run must
/// mean both databases were tested.
/// </summary>
public sealed class PostgresWebFixture : WebFixture
{
    public const string Variable = "JIXIAO_TEST_POSTGRES";

    private readonly string _database = "jixiao_web_" + Guid.NewGuid().ToString("N")[..12];
    private string? _server;

    protected override Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
            throw new InvalidOperationException(
                $"未设置环境变量 {Variable}（PostgreSQL 服务器的连接字符串，例如 Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres）。" +
                "请用 scripts/test.sh 运行测试，它会启动 PostgreSQL 并设置此变量。");
        var connection = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>
        {
            ["Jixiao:Database:Provider"] = "postgres",
            ["ConnectionStrings:Jixiao"] = connection, // the migration creates the database
        };
        return Task.FromResult(settings);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_server)) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
