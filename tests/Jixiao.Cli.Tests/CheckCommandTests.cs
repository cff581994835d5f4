using System.Text.Json;

namespace Jixiao.Cli.Tests;

/// <summary>The check and accept verbs end to end, in-process.</summary>
public class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static string Seed(string name) => Path.Combine(ImportCommandTests.SharedDir(), "seeds", name);

    [Fact]
    public void Check_prints_findings_by_project_and_exits_1_on_errors()
    {
        var (code, text, _) = Run("check", Seed("002_0e0ca6b7649d2b1c.txt"));
        Assert.Equal(ExitCodes.FindingsWithErrors, code);
        Assert.Contains("【项目 5】行政复议行政诉讼", text);
        Assert.Contains("R-VAL-005", text);
        Assert.Contains("成本预算控制数", text);
        Assert.Contains("依据：", text);
        Assert.Matches(@"审核完成：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条。", text.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Check_json_adds_findings_to_the_document()
    {
        var (_, json, _) = Run("check", Seed("000_1b90dd015f35285f.txt"), "--json");
        using var doc = JsonDocument.Parse(json);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var ratio = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "R-VAL-006");
        Assert.Equal("error", ratio.GetProperty("severity").GetString());
        Assert.Equal(9, ratio.GetProperty("where").GetProperty("project").GetInt32());
        Assert.Equal(1, ratio.GetProperty("where").GetProperty("indicator").GetInt32());
    }

    [Fact]
    public void Accepted_finding_is_not_raised_again_and_exit_becomes_0()
    {
        var seed = Seed("000_1b90dd015f35285f.txt");
        var (_, json, _) = Run("check", seed, "--json");
        using var doc = JsonDocument.Parse(json);
        var errors = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("fingerprint").GetString()!).ToList();
        Assert.NotEmpty(errors);
        var store = Path.Combine(_dir, "accepted.json");
        foreach (var fp in errors)
        {
            var (acceptCode, said, err) = Run("accept", seed, "--fingerprint", fp, "--reason", "经核实，该项目按业务量考核，财政局同意", "--by", "张审核", "--store", store);
            Assert.True(acceptCode == 0, err);
            Assert.Contains("已接受", said);
        }
        var (code, text, _) = Run("check", seed, "--accepted", store);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("［已接受］", text);
        Assert.Contains("接受理由：经核实", text);
    }

    [Fact]
    public void Accept_refuses_an_unknown_fingerprint_and_an_empty_reason()
    {
        var seed = Seed("000_1b90dd015f35285f.txt");
        var store = Path.Combine(_dir, "a.json");
        var (code, _, err) = Run("accept", seed, "--fingerprint", "0000000000000000", "--reason", "x", "--by", "李", "--store", store);
        Assert.Equal(2, code);
        Assert.Contains("没有指纹为", err);
        Assert.False(File.Exists(store));
        (code, _, err) = Run("accept", seed, "--fingerprint", "0000000000000000", "--reason", "  ", "--by", "李", "--store", store);
        Assert.Equal(2, code);
        Assert.Contains("必须写明理由", err);
    }

    [Fact]
    public void Profile_switching_a_rule_off_removes_its_findings()
    {
        var seed = Seed("000_1b90dd015f35285f.txt");
        var profile = Path.Combine(_dir, "profile.json");
        File.WriteAllText(profile, ProfileJson);
        var (code, text, err) = Run("check", seed, "--profile", profile);
        Assert.True(code == 0, err + text);
        Assert.DoesNotContain("R-VAL-006", text);
    }

    [Fact]
    public void Bad_profile_exits_2_with_a_chinese_message()
    {
        var profile = Path.Combine(_dir, "bad.json");
        File.WriteAllText(profile, "{ not json");
        var (code, _, err) = Run("check", Seed("000_1b90dd015f35285f.txt"), "--profile", profile);
        Assert.Equal(2, code);
        Assert.StartsWith("错误：", err);
    }

    private static string ProfileJson => ProfileSample.Json;
}

internal static class ProfileSample
{
    public const string Json = """
        { "name": "示例县财政局",
          "overrides": [ { "rule": "R-VAL-006", "enabled": false, "reason": "示例：本县暂不检查单位与含义" } ] }
        """;
}
