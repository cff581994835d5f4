namespace Jixiao.Web.E2E.Support;

/// <summary>The published seed documents in ../shared/seeds beside the checkout (or $JIXIAO_SHARED).</summary>
public static class SharedSeeds
{
    /// <summary>Seed 002: a project target table read from PDF text.</summary>
    public const string S002 = "002_0e0ca6b7649d2b1c.txt";

    public static string PathOf(string seed) => Path.Combine(SharedDirectory, "seeds", seed);

    private static int _year = 2039;

    /// <summary>
    /// Seed 002 with its title's year changed to one no test of this run has used (2041, 2043 …), written to a temporary
    /// file: a unit has one document per year, so each test that files a fresh draft needs a year of its own (issue 20).
    /// </summary>
    public static string Seed002ForNewYear()
    {
        var year = Interlocked.Add(ref _year, 2);
        var text = File.ReadAllText(PathOf(S002));
        const string title = "2022 年部门预算绩效文本";
        if (!text.Contains(title, StringComparison.Ordinal)) throw new InvalidOperationException("种子 002 的标题中找不到年度。");
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-e2e-seeds");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{year}年项目绩效目标表.txt");
        File.WriteAllText(path, text.Replace(title, $"{year} 年部门预算绩效文本", StringComparison.Ordinal));
        return path;
    }

    /// <summary>A real PDF of another province in ../shared/realdocs.</summary>
    public static string PathOfRealDocument(string fileName) => Path.Combine(SharedDirectory, "realdocs", fileName);

    /// <summary>The development corpus of published disclosures in ../shared/corpus (one folder, files named 城市_散列.pdf).</summary>
    public static string PathOfCorpus() => Path.Combine(SharedDirectory, "corpus");

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
