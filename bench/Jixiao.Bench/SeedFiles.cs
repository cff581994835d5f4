namespace Jixiao.Bench;

/// <summary>Locates ../shared/seeds from the working directory or JIXIAO_SHARED.</summary>
public static class SeedFiles
{
    public static string Path(string name)
    {
        var shared = Environment.GetEnvironmentVariable("JIXIAO_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared");
                if (Directory.Exists(System.IO.Path.Combine(candidate, "seeds"))) { shared = candidate; break; }
                candidate = System.IO.Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(System.IO.Path.Combine(candidate, "seeds"))) { shared = candidate; break; }
            }
        }
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(shared ?? throw new DirectoryNotFoundException("找不到 shared/seeds"), "seeds", name));
    }
}
