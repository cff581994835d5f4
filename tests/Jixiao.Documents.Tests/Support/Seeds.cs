using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Support;

/// <summary>Finds the seed documents in ../shared/seeds beside the checkout (or $JIXIAO_SHARED).</summary>
public static class Seeds
{
    public const string S000 = "000_1b90dd015f35285f.txt";
    public const string S001 = "001_ec4e56c4f21351cb.txt";
    public const string S002 = "002_0e0ca6b7649d2b1c.txt";
    public const string S003 = "003_33e3c13fb73fd403.txt";
    public const string S004 = "004_118d383ccab95c06.txt";

    public static readonly string[] All = [S000, S001, S002, S003, S004];

    public static string SharedDirectory
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("JIXIAO_SHARED");
            if (!string.IsNullOrEmpty(env)) return env;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "seeds"))) return candidate;
                candidate = Path.Combine(dir.FullName, "..", "shared");
                if (Directory.Exists(Path.Combine(candidate, "seeds"))) return Path.GetFullPath(candidate);
                dir = dir.Parent;
            }
            throw new DirectoryNotFoundException("找不到 ../shared/seeds：请把 shared 目录放在检出目录旁边，或设置 JIXIAO_SHARED。");
        }
    }

    public static string PathOf(string seed) => Path.Combine(SharedDirectory, "seeds", seed);

    public static byte[] Bytes(string seed) => File.ReadAllBytes(PathOf(seed));

    public static SourceText Text(string seed) => SourceText.FromBytes(seed, Bytes(seed));
}
