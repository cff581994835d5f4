using System.Text;

namespace Jixiao.Cli.Tests;

/// <summary>The import verb run in-process, as a user runs it.</summary>
public class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = JixiaoCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Missing_file_exits_2_with_a_chinese_message()
    {
        var (code, _, err) = Run("import", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("找不到文件", err);
    }

    [Fact]
    public void Empty_file_exits_2_without_a_stack_trace()
    {
        var (code, _, err) = Run("import", Write("empty.txt", []));
        Assert.Equal(2, code);
        Assert.Contains("是空的", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Binary_file_exits_2()
    {
        var bytes = new byte[2048];
        new Random(1).NextBytes(bytes);
        var (code, _, err) = Run("import", Write("x.bin", bytes));
        Assert.Equal(2, code);
        Assert.Contains("不是文本文件", err);
    }

    [Fact]
    public void Unrelated_text_exits_2()
    {
        var (code, _, err) = Run("import", Write("notes.txt", Encoding.UTF8.GetBytes("会议纪要\n今天讨论了食堂菜单。\n")));
        Assert.Equal(2, code);
        Assert.Contains("不像部门预算或绩效目标文档", err);
    }

    [Fact]
    public void Summary_and_json_of_a_seed()
    {
        var seed = Path.Combine(SharedDir(), "seeds", "004_118d383ccab95c06.txt");
        var (code, summary, err) = Run("import", seed);
        Assert.True(code == 0, err);
        Assert.Contains("承德市司法局", summary);
        Assert.Contains("预算年度：2024", summary);
        Assert.Contains("项目数：28", summary);
        Assert.Contains("未能归位的行：无", summary);

        var (jsonCode, json, _) = Run("import", seed, "--json");
        Assert.Equal(0, jsonCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("jixiao.document/1", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(28, doc.RootElement.GetProperty("projects").GetArrayLength());
    }

    internal static string SharedDir()
    {
        var env = Environment.GetEnvironmentVariable("JIXIAO_SHARED");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds"))) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("找不到 ../shared");
    }
}

public class UsageErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("import")]
    [InlineData("import x.txt --jsn")]
    [InlineData("chek x.txt")]
    public void A_mistyped_command_line_exits_2_with_chinese_messages(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = JixiaoCommand.Run(args, output, error);
        Assert.Equal(ExitCodes.UnreadableInput, code);
        var text = error.ToString();
        Assert.StartsWith("错误：", text);
        Assert.Contains("jixiao --help", text);
        Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", text.Replace("jixiao --help", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_is_in_chinese()
    {
        var output = new StringWriter();
        var code = JixiaoCommand.Run(["import", "--help"], output, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("显示帮助和用法", output.ToString());
        Assert.DoesNotContain("Show help", output.ToString());
    }
}
