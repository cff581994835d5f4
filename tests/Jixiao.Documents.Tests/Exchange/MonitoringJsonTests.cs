using System.Text.Json;
using Jixiao.Core.Monitoring;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Exchange;

/// <summary>
/// <c>jixiao.monitoring/1</c> on seed 002's first project (秦皇岛市抚宁区 公共法律服务, 160000元, plan 3月 20 / 6月 40 / 10月 70):
/// on 31 July 2022 (day 212; 30 June is day 181, 31 October day 304) the plan stands at 40 + 30 × 31/123 = 47.56%.
/// </summary>
public class MonitoringJsonTests
{
    internal const string Progress = """
        { "format": "jixiao.monitoring/1", "fiscalYear": 2022, "asOf": "2022-07-31", "moneyUnit": "元",
          "projects": [
            { "code": "13030622P005567100047", "name": "公共法律服务",
              "execution": { "yearBudget": "160000.00", "executed": "60000" },
              "indicators": [
                { "level2": "数量指标", "name": "法律援助咨询数", "progress": "150件", "forecast": "420件", "likelihood": "确定能" },
                { "level2": "数量指标", "name": "法律援助案件受理数", "progress": "80件", "forecast": "300件", "likelihood": "有可能",
                  "causes": ["人员保障", "其他"], "remedy": "增派值班律师", "light": "green" },
                { "level2": "质量指标", "name": "提高法律援助工作质量", "likelihood": "确定能" },
                { "level2": "质量指标", "name": "法律援助覆盖面", "progress": "96%" }
              ],
              "plannedRate": "1", "light": "red", "findings": [] } ] }
        """;

    internal static Jixiao.Core.Model.TargetDocument Seed002() =>
        DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document;

    [Fact]
    public void Lit_and_written_as_FORMAT_md_says()
    {
        var result = new MonitoringCalculator().Compute(Seed002(), MonitoringJsonReader.Read(Progress));
        using var json = JsonDocument.Parse(MonitoringJsonWriter.ToJson(result));
        var root = json.RootElement;
        Assert.Equal("2022-07-31", root.GetProperty("asOf").GetString());
        var p = root.GetProperty("projects")[0];
        Assert.Equal(["key", "code", "name", "execution", "causes", "remedy", "indicators", "plannedRate", "executionRate", "light", "findings"],
            p.EnumerateObject().Select(x => x.Name));
        Assert.Equal("47.56", p.GetProperty("plannedRate").GetString());
        Assert.Equal("37.50", p.GetProperty("executionRate").GetString());
        Assert.Equal("yellow", p.GetProperty("light").GetString()); // 37.5 / 47.56 = 78.85
        var lines = p.GetProperty("indicators").EnumerateArray().ToArray();
        // 150 of 400 × 47.56% = 190.2 due: 78.85 yellow; 80 of 350 × 47.56% = 166.5 due: 48.06 red (explained);
        // qualitative by likelihood: green; a ratio line not prorated: 96 / 95: green. Lines not filled: red / none.
        Assert.Equal(["yellow", "red", "green", "green"], lines.Take(4).Select(l => l.GetProperty("light").GetString()));
        Assert.Equal(["人员保障", "其他"], lines[1].GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("420件", lines[0].GetProperty("forecast").GetString());
        // The five lines left out of the report: ≥ lines with no progress are red and block.
        var findings = p.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "MON-001" && f.GetProperty("where").GetProperty("indicator").GetInt32() == 5);
        Assert.DoesNotContain(findings, f => f.GetProperty("rule").GetString() == "MON-001" && f.GetProperty("where").GetProperty("indicator").GetInt32() == 2);
    }

    [Fact]
    public void Reading_what_was_written_and_lighting_again_gives_the_same_json()
    {
        var targets = Seed002();
        var once = MonitoringJsonWriter.ToJson(new MonitoringCalculator().Compute(targets, MonitoringJsonReader.Read(Progress)));
        var twice = MonitoringJsonWriter.ToJson(new MonitoringCalculator().Compute(targets, MonitoringJsonReader.Read(once)));
        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("{ \"format\": \"jixiao.monitoring/1\", \"asOf\": \"2022年7月31日\", \"projects\": [] }", "asOf“2022年7月31日”不是日期（应写作 2024-07-31）")]
    [InlineData("{ \"format\": \"jixiao.monitoring/1\", \"projects\": [ { \"name\": \"甲\", \"causes\": \"经费保障\" } ] }", "第1个项目“甲”的 causes 应为数组")]
    [InlineData("{ \"format\": \"jixiao.monitoring/1\", \"projects\": [ { \"name\": \"甲\", \"indicators\": [ { \"name\": \"乙\", \"causes\": [1] } ] } ] }", "第1项指标“乙”的 causes 第1项应为文字，实为数字 1")]
    [InlineData("{ \"format\": \"jixiao.monitoring/1\", \"fiscalYear\": \"二〇二二\", \"projects\": [] }", "fiscalYear 应为整数")]
    public void Bad_input_is_refused_saying_where_and_what(string json, string message)
    {
        var e = Assert.Throws<DocumentReadException>(() => MonitoringJsonReader.Read(json));
        Assert.Contains(message, e.Message);
    }
}
