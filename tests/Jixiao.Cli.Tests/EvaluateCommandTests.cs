using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Cli.Tests;

/// <summary>
/// <c>jixiao evaluate</c> on real seeds, as a finance officer uses it: print the pre-filled sheet, fill it, score it, be
/// stopped by a missing reason, add it, and score again.
/// </summary>
public class EvaluateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string Seed(string name) => Path.Combine(ImportCommandTests.SharedDir(), "seeds", name);

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
    /// Seed 003 (天津市滨海新区司法局 2024, amounts in 元), first project 多种用工人员经费 (432000.00元), filled from the template:
    /// 6 lines, 产出 4 × 12.5, 效益 30, 满意度 10.
    /// </summary>
    internal static string FilledSeed003(string template, string? wageReason)
    {
        var root = JsonNode.Parse(template)!.AsObject();
        var projects = root["projects"]!.AsArray();
        var first = projects[0]!.AsObject();
        projects.Clear();
        projects.Add(first);
        first["execution"]!["executed"] = "410400.00";                    // 95%: 9.50
        var lines = first["indicators"]!.AsArray();
        lines[0]!["actual"] = "6人";                                       // ≥6人: 12.50
        lines[1]!["actual"] = "100%";                                      // ≥90%: 12.50 (11% past: not flagged)
        lines[2]!["actual"] = "95%";                                       // ≥95%: 12.50
        lines[3]!["actual"] = "75600元/年";                                // ≤7.2万元/年, 7.56万: 7.2/7.56 × 12.5 = 11.904… → 11.90
        lines[3]!["reason"] = wageReason;
        lines[4]!["actual"] = "各项工作顺利开展"; lines[4]!["grade"] = "达成"; lines[4]!["score"] = "28"; lines[4]!["reason"] = "全年工作有序推进，个别任务延后";
        lines[5]!["actual"] = "92%";                                       // ≥80%: 10
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Fact]
    public void A_filled_template_is_stopped_by_a_missing_reason_then_scores_and_can_be_submitted()
    {
        var seed = Seed("003_33e3c13fb73fd403.txt");
        var template = Run("evaluate", seed, "--template", "--json");
        Assert.True(template.Code == 0, template.Err);
        Assert.Contains("\"format\": \"jixiao.evaluation/1\"", template.Out);
        Assert.Contains("\"actual\": null", template.Out);

        var missing = Run("evaluate", seed, "--actuals", Save("缺原因.json", FilledSeed003(template.Out, wageReason: null)));
        Assert.Equal(ExitCodes.FindingsWithErrors, missing.Code);
        Assert.Contains("错误 EVA-002 第1个项目第4项指标（偏差原因分析及改进措施）", missing.Out);
        Assert.Contains("人均工资标准", missing.Out);
        Assert.Contains("有错误，改正后才能提交", missing.Out);

        var filled = Save("自评.json", FilledSeed003(template.Out, wageReason: "社保基数上调，下年按新标准测算"));
        var done = Run("evaluate", seed, "--actuals", filled);
        Assert.True(done.Code == 0, done.Out + done.Err);
        Assert.Contains("执行率 95.00%，得分 9.50", done.Out);
        Assert.Contains("指标得分 87.40，总分 96.90，等级 优", done.Out);   // 12.5 × 3 + 11.90 + 28 + 10 = 87.40
        Assert.Contains("绩效目标中另有 13 个项目不在本自评表中", done.Out);
        Assert.Contains("可以提交", done.Out);

        var json = Run("evaluate", seed, "--actuals", filled, "--json");
        Assert.Equal(0, json.Code);
        using var doc = JsonDocument.Parse(json.Out);
        var p = doc.RootElement.GetProperty("projects")[0];
        Assert.Equal("元", doc.RootElement.GetProperty("moneyUnit").GetString());
        Assert.Equal("96.90", p.GetProperty("total").GetString());
        Assert.Equal("优", p.GetProperty("grade").GetString());
        Assert.Equal("11.90", p.GetProperty("indicators")[3].GetProperty("score").GetString());
        Assert.Equal("410400.00", p.GetProperty("execution").GetProperty("executed").GetString());
    }

    [Fact]
    public void The_template_of_every_seed_reads_back_and_blocks_until_filled()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(ImportCommandTests.SharedDir(), "seeds"), "*.txt").Order())
        {
            var template = Run("evaluate", seed, "--template");
            Assert.True(template.Code == 0, template.Err);
            var path = Save(Path.GetFileNameWithoutExtension(seed) + ".json", template.Out);
            var scored = Run("evaluate", seed, "--actuals", path, "--json");
            Assert.Equal(ExitCodes.FindingsWithErrors, scored.Code);
            using var doc = JsonDocument.Parse(scored.Out);
            Assert.All(doc.RootElement.GetProperty("projects").EnumerateArray(), p => Assert.Equal("0.00", p.GetProperty("total").GetString()));
        }
    }

    [Fact]
    public void Unreadable_actuals_exit_2_saying_where_and_what()
    {
        var seed = Seed("003_33e3c13fb73fd403.txt");
        var bad = Run("evaluate", seed, "--actuals", Save("坏.json", """{ "format": "jixiao.evaluation/1", "projects": [ { "name": "甲", "execution": { "executed": "四十万" } } ] }"""));
        Assert.Equal(ExitCodes.UnreadableInput, bad.Code);
        Assert.Contains("第1个项目“甲”的 execution的 executed“四十万”不是数字", bad.Err);
        Assert.DoesNotContain("   at ", bad.Err);

        var notSheet = Run("evaluate", seed, "--actuals", Save("自评表.txt", "会议纪要\n今天讨论了食堂菜单。\n"));
        Assert.Equal(2, notSheet.Code);
        Assert.Contains("不像项目支出绩效自评表", notSheet.Err);

        var missing = Run("evaluate", seed, "--actuals", Path.Combine(_dir, "无.json"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("找不到自评表文件", missing.Err);

        var nothing = Run("evaluate", seed);
        Assert.Equal(2, nothing.Code);
        Assert.Contains("--actuals", nothing.Err);

        var badTargets = Run("evaluate", Save("空.txt", ""), "--template");
        Assert.Equal(2, badTargets.Code);
    }

    [Fact]
    public void The_excel_template_is_written_in_the_10号_layout_and_read_back_as_actuals()
    {
        var seed = Seed("004_118d383ccab95c06.txt");
        var xlsx = Path.Combine(_dir, "自评表模板.xlsx");
        var written = Run("evaluate", seed, "--template", xlsx);
        Assert.True(written.Code == 0, written.Err);
        Assert.Contains("28 个项目，215 项指标", written.Err);

        var scored = Run("evaluate", seed, "--actuals", xlsx, "--json");
        Assert.Equal(ExitCodes.FindingsWithErrors, scored.Code);
        using var doc = JsonDocument.Parse(scored.Out);
        var projects = doc.RootElement.GetProperty("projects");
        Assert.Equal(28, projects.GetArrayLength());
        Assert.Equal("22.59", projects[0].GetProperty("execution").GetProperty("yearBudget").GetString());
        Assert.All(projects.EnumerateArray(), p => Assert.Contains(p.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "EVA-001"));

        var wrong = Run("evaluate", seed, "--template", Path.Combine(_dir, "模板.docx"));
        Assert.Equal(2, wrong.Code);
        Assert.Contains("只能写成 .xlsx", wrong.Err);
    }

    [Fact]
    public void A_project_the_targets_do_not_have_exits_1()
    {
        var result = Run("evaluate", Seed("003_33e3c13fb73fd403.txt"), "--actuals",
            Save("别的.json", """{ "format": "jixiao.evaluation/1", "projects": [ { "name": "并无此项目", "execution": { "yearBudget": "1", "executed": "1" } } ] }"""));
        Assert.Equal(1, result.Code);
        Assert.Contains("绩效目标中找不到，未评分", result.Out);
        Assert.Contains("EVA-008", result.Out);
    }
}
