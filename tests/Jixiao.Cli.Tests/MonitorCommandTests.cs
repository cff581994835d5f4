using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Cli.Tests;

/// <summary><c>jixiao monitor</c> on real seeds: fill the pre-filled report, see the lights, explain the reds, submit.</summary>
public class MonitorCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-monitor-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private string Save(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// Seed 004 (承德市司法局 2024), first project 12348 法律服务热线 (22.59万元, plan 3月 20 / 6月 50 / 10月 90): on 31 July
    /// the plan stands at 60.08%. 10万元 spent (44.27%) is yellow; every line reported, 来电次数 lagging (red) with or
    /// without an explanation.
    /// </summary>
    internal static string FilledSeed004(string template, bool explained)
    {
        var root = JsonNode.Parse(template)!.AsObject();
        var projects = root["projects"]!.AsArray();
        var first = projects[0]!.AsObject();
        projects.Clear();
        projects.Add(first);
        first["execution"]!["executed"] = "10";
        var lines = first["indicators"]!.AsArray();
        string[] progress = ["2000次", "260人", "90份", "96%", "97%", "10万元", "有所提升", "持续维护", "96%"];
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i]!["progress"] = progress[i];
            lines[i]!["likelihood"] = "确定能";
        }
        if (explained)
        {
            lines[0]!["causes"] = new JsonArray("人员保障");
            lines[0]!["remedy"] = "增加接线坐席，下半年加强宣传";
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Fact]
    public void A_red_line_blocks_until_explained()
    {
        var seed = EvaluateCommandTests.Seed("004_118d383ccab95c06.txt");
        var template = Run("monitor", seed, "--template", "--json");
        Assert.True(template.Code == 0, template.Err);
        Assert.Contains("\"asOf\": \"2024-07-31\"", template.Out);

        var red = Run("monitor", seed, "--progress", Save("监控.json", FilledSeed004(template.Out, explained: false)));
        Assert.Equal(ExitCodes.FindingsWithErrors, red.Code);
        Assert.Contains("计划进度 60.08%，实际执行 44.27%，黄灯", red.Out);
        Assert.Contains("错误 MON-001 第1个项目第1项指标（纠偏措施）", red.Out);

        var explained = Save("监控2.json", FilledSeed004(template.Out, explained: true));
        var ok = Run("monitor", seed, "--progress", explained);
        Assert.True(ok.Code == 0, ok.Out + ok.Err);
        Assert.Contains("可以报送", ok.Out);

        var json = Run("monitor", seed, "--progress", explained, "--json");
        using var doc = JsonDocument.Parse(json.Out);
        var p = doc.RootElement.GetProperty("projects")[0];
        Assert.Equal("60.08", p.GetProperty("plannedRate").GetString());
        Assert.Equal("yellow", p.GetProperty("light").GetString());
        // 2000 of 7000 × 60.08% = 4205.7 due: 47.6 red; 260 of 400 × 60.08%: 108 green; 90 份 of 60 ≥ 120%: blue; ratios green;
        // ≤ cost and qualitative lines by likelihood (确定能): green.
        Assert.Equal(["red", "green", "blue", "green", "green", "green", "green", "green", "green"],
            p.GetProperty("indicators").EnumerateArray().Select(l => l.GetProperty("light").GetString()));
    }

    [Fact]
    public void As_of_moves_the_plan()
    {
        var seed = EvaluateCommandTests.Seed("004_118d383ccab95c06.txt");
        var template = Run("monitor", seed, "--template").Out;
        var filled = Save("监控.json", FilledSeed004(template, explained: true));
        var june = Run("monitor", seed, "--progress", filled, "--as-of", "2024-06-30", "--json");
        using var doc = JsonDocument.Parse(june.Out);
        Assert.Equal("2024-06-30", doc.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("50.00", doc.RootElement.GetProperty("projects")[0].GetProperty("plannedRate").GetString());
    }

    [Fact]
    public void Unreadable_progress_or_date_exits_2()
    {
        var seed = EvaluateCommandTests.Seed("004_118d383ccab95c06.txt");
        var date = Run("monitor", seed, "--template", "--as-of", "7月31日");
        Assert.Equal(2, date.Code);
        Assert.Contains("--as-of“7月31日”不是日期", date.Err);

        var bad = Run("monitor", seed, "--progress", Save("坏.json", """{ "format": "jixiao.monitoring/1", "projects": [ { "name": "甲", "indicators": [ { "name": "乙", "causes": "经费" } ] } ] }"""));
        Assert.Equal(2, bad.Code);
        Assert.Contains("第1个项目“甲”第1项指标“乙”的 causes 应为数组", bad.Err);

        var nothing = Run("monitor", seed);
        Assert.Equal(2, nothing.Code);
        Assert.Contains("--progress", nothing.Err);
    }
}
