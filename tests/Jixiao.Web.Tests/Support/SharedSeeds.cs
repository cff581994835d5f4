namespace Jixiao.Web.Tests.Support;

/// <summary>The published seed documents in ../shared/seeds beside the checkout (or $JIXIAO_SHARED).</summary>
public static class SharedSeeds
{
    /// <summary>Seed 002: a project target table read from PDF text.</summary>
    public const string S002 = "002_0e0ca6b7649d2b1c.txt";

    public static byte[] Bytes(string seed) => File.ReadAllBytes(Path.Combine(SharedDirectory, "seeds", seed));

    /// <summary>The year seed 002's title states (“2022 年部门预算绩效文本”).</summary>
    public const int Seed002Year = 2022;

    /// <summary>
    /// Seed 002 with its title's year changed, so that each test files its own document: a unit has one document per
    /// year, and importing the seed again for the same year would meet the existing one (issue 20).
    /// </summary>
    public static byte[] Seed002ForYear(int year)
    {
        var text = System.Text.Encoding.UTF8.GetString(Bytes(S002));
        const string title = "2022 年部门预算绩效文本";
        if (!text.Contains(title, StringComparison.Ordinal)) throw new InvalidOperationException("种子 002 的标题中找不到年度。");
        return System.Text.Encoding.UTF8.GetBytes(text.Replace(title, $"{year} 年部门预算绩效文本", StringComparison.Ordinal));
    }

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
