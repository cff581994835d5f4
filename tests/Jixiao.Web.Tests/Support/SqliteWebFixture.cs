using Microsoft.Data.Sqlite;

namespace Jixiao.Web.Tests.Support;

/// <summary>A temporary SQLite file, deleted afterwards.</summary>
public class SqliteWebFixture : WebFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-web-tests", Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(_folder, "jixiao.db");

    protected override Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>
        {
            ["Jixiao:Database:Provider"] = "sqlite",
            ["ConnectionStrings:Jixiao"] = $"Data Source={DatabaseFile}",
        };
        return Task.FromResult(settings);
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
