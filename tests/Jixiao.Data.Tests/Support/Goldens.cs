namespace Jixiao.Data.Tests.Support;

/// <summary>The reviewed golden documents of the Documents tests (copied beside the test assembly).</summary>
public static class Goldens
{
    public static string PathOf(string seed) => Path.Combine(AppContext.BaseDirectory, "Golden", Path.ChangeExtension(seed, ".json"));

    public static string Json(string seed) => File.ReadAllText(PathOf(seed)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
