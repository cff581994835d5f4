using System.Text.Json;
using Jixiao.Core.Evaluation;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Exchange;

/// <summary>
/// <c>jixiao.evaluation/1</c> read and written on seed 000's first project (FORMAT.md's own example: 13.72万元, 12.5 spent),
/// with actuals written by hand.
/// </summary>
public class EvaluationJsonTests
{
    internal const string Actuals = """
        { "format": "jixiao.evaluation/1", "fiscalYear": 2023, "moneyUnit": "万元",
          "projects": [
            { "key": null, "code": "13073022P00836110007Y", "name": "政法装备",
              "execution": { "initialBudget": "13.72", "yearBudget": "13.72", "executed": "12.5" },
              "indicators": [
                { "level2": "数量指标", "name": "信息系统购置", "actual": "2套" },
                { "level2": "质量指标", "name": "产品合格率", "actual": "100%", "points": "99", "method": "judged" },
                { "level2": "时效指标", "name": "付款时效", "actual": "12个工作日", "reason": "财政支付流程调整，下年提前申请" },
                { "level2": "成本指标", "name": "成本控制", "actual": "125000元", "score": "0" },
                { "level2": "社会效益指标", "name": "保障工作正常运转", "actual": "系统运行稳定", "grade": "达成", "score": "27.0", "reason": "全年无故障，但推广不足" },
                { "level2": "服务对象满意度指标", "name": "受益人员满意度", "actual": "96%" }
              ],
              "executionRate": "1", "total": "100", "grade": "差", "findings": [ { "rule": "X" } ] } ] }
        """;

    internal static Jixiao.Core.Model.TargetDocument Seed000() =>
        DocumentImporter.CreateDefault().Import(Seeds.S000, Seeds.Bytes(Seeds.S000)).Document;

    [Fact]
    public void Scored_and_written_as_FORMAT_md_says()
    {
        var sheet = EvaluationJsonReader.Read(Actuals);
        var result = new SelfEvaluationScorer().Score(Seed000(), sheet);
        using var json = JsonDocument.Parse(EvaluationJsonWriter.ToJson(result));
        var root = json.RootElement;
        Assert.Equal("jixiao.evaluation/1", root.GetProperty("format").GetString());
        Assert.Equal(2023, root.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("万元", root.GetProperty("moneyUnit").GetString());
        var p = root.GetProperty("projects")[0];
        Assert.Equal(["key", "code", "name", "execution", "indicators", "executionRate", "executionScore", "indicatorScore", "total", "grade", "findings"],
            p.EnumerateObject().Select(x => x.Name));
        Assert.Equal("12.5", p.GetProperty("execution").GetProperty("executed").GetString());
        var lines = p.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(["key", "level2", "name", "actual", "grade", "score", "reason", "points", "method"], lines[0].EnumerateObject().Select(x => x.Name));
        // 产出 four lines 12.5 each, 效益 30, 满意度 10.
        Assert.Equal(["12.5", "12.5", "12.5", "12.5", "30", "10"], lines.Select(l => l.GetProperty("points").GetString()));
        Assert.Equal(["le-ratio", "equal", "le-ratio", "le-ratio", "judged", "ge-ratio"], lines.Select(l => l.GetProperty("method").GetString()));
        // 10/12 × 12.5 = 10.4166… → 10.42; the judged score as the evaluator wrote it ("27.0"); a formula line's "score" input is ignored.
        Assert.Equal(["12.50", "12.50", "10.42", "12.50", "27.0", "10.00"], lines.Select(l => l.GetProperty("score").GetString()));
        Assert.Equal("91.11", p.GetProperty("executionRate").GetString());
        Assert.Equal("9.11", p.GetProperty("executionScore").GetString());
        Assert.Equal("84.92", p.GetProperty("indicatorScore").GetString());
        Assert.Equal("94.03", p.GetProperty("total").GetString());
        Assert.Equal("优", p.GetProperty("grade").GetString());
        Assert.Equal(0, p.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Reading_what_was_written_and_scoring_again_gives_the_same_json()
    {
        var targets = Seed000();
        var once = EvaluationJsonWriter.ToJson(new SelfEvaluationScorer().Score(targets, EvaluationJsonReader.Read(Actuals)));
        var twice = EvaluationJsonWriter.ToJson(new SelfEvaluationScorer().Score(targets, EvaluationJsonReader.Read(once)));
        Assert.Equal(once, twice);
    }

    [Fact]
    public void The_template_lists_every_project_and_line_and_reads_back()
    {
        var targets = Seed000();
        var json = EvaluationJsonWriter.WriteTemplate(SelfEvaluationScorer.Template(targets));
        var sheet = EvaluationJsonReader.Read(json);
        Assert.Equal(targets.Projects.Count, sheet.Projects.Count);
        Assert.Equal(targets.Projects.Sum(p => p.Indicators.Count), sheet.Projects.Sum(p => p.Indicators.Count));
        Assert.All(sheet.Projects.SelectMany(p => p.Indicators), l => Assert.Null(l.Actual));
        Assert.Equal("13.72", sheet.Projects[0].Execution.YearBudget?.Text);
        Assert.Equal("13073022P00836110007Y", sheet.Projects[0].Code);
        Assert.DoesNotContain("\"points\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", ", "不是有效的 JSON")]
    [InlineData("[]", "应为一个 JSON 对象")]
    [InlineData("{ \"format\": \"jixiao.document/1\", \"projects\": [] }", "format 为“jixiao.document/1”，应为 jixiao.evaluation/1")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\" }", "缺少 projects 数组")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", \"moneyUnit\": \"千元\", \"projects\": [] }", "moneyUnit“千元”应为“万元”或“元”")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", \"projects\": [ { \"code\": \"X\" } ] }", "第1个项目（项目名称）缺少 name")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", \"projects\": [ { \"name\": \"甲\", \"execution\": { \"executed\": \"十二万\" } } ] }", "第1个项目“甲”的 execution的 executed“十二万”不是数字")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", \"projects\": [ { \"name\": \"甲\", \"indicators\": [ { \"name\": \"乙\", \"score\": \"八分\" } ] } ] }", "第1个项目“甲”第1项指标“乙”的 score“八分”不是数字")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", \"projects\": [ { \"name\": \"甲\", \"indicators\": [ { \"name\": \"乙\", \"actual\": [1] } ] } ] }", "第1项指标“乙”的 actual 应为文字，实为数组")]
    [InlineData("{ \"format\": \"jixiao.evaluation/1\", \"projects\": [ { \"name\": \"甲\", \"indicators\": [ \"乙\" ] } ] }", "indicators 第1项应为对象")]
    public void Bad_input_is_refused_saying_where_and_what(string json, string message)
    {
        var e = Assert.Throws<DocumentReadException>(() => EvaluationJsonReader.Read(json));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Numbers_written_as_json_numbers_keep_their_digits()
    {
        var sheet = EvaluationJsonReader.Read("""{ "format": "jixiao.evaluation/1", "projects": [ { "name": "甲", "execution": { "executed": 12.50 }, "indicators": [ { "name": "乙", "actual": 2, "score": 8.5 } ] } ] }""");
        Assert.Equal("12.50", sheet.Projects[0].Execution.Executed?.Text);
        Assert.Equal("2", sheet.Projects[0].Indicators[0].Actual);
        Assert.Equal(8.5m, sheet.Projects[0].Indicators[0].Score?.Value);
    }
}
