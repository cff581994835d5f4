namespace Jixiao.Web.E2E.Support;

/// <summary>The published seed documents in ../shared/seeds beside the checkout (or $JIXIAO_SHARED).</summary>
public static class SharedSeeds
{
    /// <summary>Seed 002: a project target table read from PDF text.</summary>
    public const string S002 = "002_0e0ca6b7649d2b1c.txt";

    public static string PathOf(string seed) => Path.Combine(SharedDirectory, "seeds", seed);

    /// <summary>A real PDF of another province in ../shared/realdocs.</summary>
    public static string PathOfRealDocument(string fileName) => Path.Combine(SharedDirectory, "realdocs", fileName);

    private static string SharedDirectory
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("JIXIAO_SHARED");
            if (!string.IsNullOrEmpty(env)) return env;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared");
                if (Directory.Exists(Path.Combine(candidate, "seeds"))) return Path.GetFullPath(candidate);
            }
            throw new DirectoryNotFoundException("找不到 ../shared/seeds：请把 shared 目录放在检出目录旁边，或设置 JIXIAO_SHARED。");
        }
    }
}
