using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Evaluation.Sheets;

namespace Jixiao.Core.Tests.Evaluation;

/// <summary>
/// Real projects of the seeds with actuals written by hand, scored by hand line by line (the arithmetic is in the
/// comments), then by the scorer.
/// </summary>
public class SeedWorkedExamplesTests
{
    [Fact]
    public void Seed004_12348_hotline_scores_92_06_优()
    {
        // 承德市司法局 2024, 12348 法律服务热线, 22.59万元; no weights: 产出 6 lines 8.34 8.34 8.33 8.33 8.33 8.33, 效益 15 15, 满意度 10.
        var targets = Build.Document(Seed004.Project(1));
        var sheet = Sheet(Project("12348 法律服务热线", "22.59", "20.5",
            Line("解答 12348 来电次数", "6300次", "来电量低于预期，将加强宣传"),       // 6300/7000 × 8.34 = 7.506 → 7.51
            Line("解答来访咨询人次", "520人"),                                    // full 8.34; 30% past the target: flagged
            Line("代写法律文书", "60份"),                                         // 8.33
            Line("律师到岗值班率", "98%"),                                        // 8.33
            Line("解答 12348 来电、来访、代写法律文书响应率。", "93%", "夜间时段响应不及时"), // 93/95 × 8.33 = 8.1546… → 8.15
            Line("总成本", "218000元"),                                           // 21.8万元 ≤ 22.59万元: 8.33
            Line("提升社会知晓程度", "知晓率明显提升", "问卷调查知晓率78%", "达成", "14"),   // judged, in [12, 15]
            Line("提供法律援助服务，持续维护社会和谐稳定发展。", "基本维护", "部分区县覆盖不足", "部分达成", "10"), // in [9, 12)
            Line("受援群众满意度", "96%")));                                       // 10
        var p = new SelfEvaluationScorer().Score(targets, sheet).Projects.Single();

        Assert.Equal([7.51m, 8.34m, 8.33m, 8.33m, 8.15m, 8.33m, 14m, 10m, 10m], p.Indicators.Select(l => l.Score!.Value));
        Assert.Equal("ge-ratio ge-ratio ge-ratio ge-ratio ge-ratio le-ratio judged judged ge-ratio",
            string.Join(' ', p.Indicators.Select(l => l.Method!.Value.ToFormat())));
        Assert.Equal(82.99m, p.IndicatorScore);
        Assert.Equal(90.75m, p.ExecutionRate);   // 20.5 / 22.59 = 90.748…%
        Assert.Equal(9.07m, p.ExecutionScore);   // 9.0748… → 9.07
        Assert.Equal(92.06m, p.Total);
        Assert.Equal("优", p.Grade);
        var flag = Assert.Single(p.Findings);
        Assert.Equal(EvaluationRules.FarPastTarget.Id, flag.RuleId);
        Assert.Contains("解答来访咨询人次", flag.Message);
        Assert.Equal("第1个项目第2项指标（实际完成值）", flag.Where.ToString());
    }

    [Fact]
    public void Seed001_legal_aid_with_weights_to_100_scores_80_72_良()
    {
        // 秀山县司法局 2023, 法律援助 (20万元), weights 20 20 20 20 10 10 → 18 18 18 18 9 9.
        var targets = Build.Document(Seed001.LegalAid) with { FiscalYear = 2023 };
        var sheet = Sheet(Project("法律援助", "20", "19.6",
            Line("法律援助办结案件数量", "760件", "部分案件结转下年"),    // 760/800 × 18 = 17.1
            Line("值班咨询人次", "0.12万人次"),                          // 1200 ≥ 1000: 18; exactly 20% past, not flagged
            Line("法律援助办案错误率", "0.5%", "1件案卷差错，已整改"),      // ≤0% missed: 0
            Line("律师值班咨询问题按时办结", "100%"),                     // = met: 18
            Line("挽回经济损失", "850万元"),                             // 800万 means 万元: 9
            Line("受援人满意度", "97%", "个别受援人不满意办理时长")));     // 97/99 × 9 = 8.818… → 8.82
        var p = new SelfEvaluationScorer().Score(targets, sheet).Projects.Single();

        Assert.Equal([17.1m, 18m, 0m, 18m, 9m, 8.82m], p.Indicators.Select(l => l.Score!.Value));
        Assert.Equal(70.92m, p.IndicatorScore);
        Assert.Equal(9.8m, p.ExecutionScore);    // 19.6 / 20 = 98%
        Assert.Equal(80.72m, p.Total);
        Assert.Equal("良", p.Grade);
        Assert.Empty(p.Findings);
    }

    [Fact]
    public void Seed004_projects_are_matched_by_code_before_name()
    {
        // The sheet names the project differently but carries its 项目编码: the code wins.
        var targets = Build.Document(Seed004.Project(1), Seed004.Project(2));
        var p2 = Seed004.Project(2);
        var sheet = Sheet(Project("法律顾问经费（自评）", "20.00", "20", Line("总成本", "19.5万元")) with { Code = p2.Code });
        var result = new SelfEvaluationScorer().Score(targets, sheet).Projects.Single();
        Assert.True(result.Matched);
        Assert.Equal(EvaluationLines.Of(p2).Count, result.Indicators.Count);
        Assert.Equal("总成本", result.Indicators.Single(l => l.Actual is not null).Name);
        // Lines the sheet left out are there, without an actual, and block.
        Assert.Contains(result.Findings, f => f.RuleId == EvaluationRules.ActualMissing.Id && f.Message.Contains("法律顾问出具法律意见书及出庭数量"));
    }

    [Fact]
    public void Keys_win_over_codes_and_names_when_both_sides_have_one()
    {
        var targets = Build.Document(Seed004.Project(1), Seed004.Project(2));
        var keys = new TargetKeys(p => p.Name == "法律顾问经费" ? "K-2" : "K-1", l => l.Name == "总成本" ? "I-COST" : null);
        var sheet = Sheet(Project("随便写的名称", "20.00", "20", Line("成本", "19.5万元") with { Key = "I-COST" }) with { Key = "K-2", Code = Seed004.Project(1).Code });
        var result = new SelfEvaluationScorer(EvaluationSettings.Default, keys).Score(targets, sheet).Projects.Single();
        Assert.True(result.Matched);
        Assert.Equal("K-2", result.Key);
        Assert.Equal("19.5万元", result.Indicators.Single(l => l.Name == "总成本").Actual);
    }

    [Fact]
    public void An_unknown_project_or_line_is_echoed_with_a_blocking_finding()
    {
        var targets = Build.Document(Seed004.Project(1));
        var sheet = Sheet(
            Project("不存在的项目", "1", "1", Line("甲", "1件")),
            Project("12348 法律服务热线", "22.59", "22.59", Line("并无此指标", "1件")));
        var result = new SelfEvaluationScorer().Score(targets, sheet);
        Assert.False(result.Projects[0].Matched);
        Assert.Null(result.Projects[0].Total);
        Assert.Contains("自评表第1个项目“不存在的项目”在绩效目标中找不到", result.Projects[0].Findings.Single().Message);
        var line = result.Projects[1].Indicators[^1];
        Assert.Equal("并无此指标", line.Name);
        Assert.Null(line.Points);
        Assert.Contains(result.Projects[1].Findings, f => f.RuleId == EvaluationRules.Unmatched.Id && f.Where.Indicator == result.Projects[1].Indicators.Count);
        Assert.True(result.BlocksSubmission);
    }

    [Fact]
    public void Matching_by_level2_and_name_tells_same_named_lines_apart()
    {
        var lines = Build.Indicators("""
            产出指标	数量指标	服务人次		≥100人次
            满意度指标	服务对象满意度指标	服务人次		≥95%
            """);
        var targets = Build.Document(Build.Project("甲", "10", MoneyUnit.TenThousandYuan, lines));
        var sheet = Sheet(Project("甲", "10", "10",
            Line("服务人次", "96%", level2: "服务对象满意度指标"),
            Line("服务人次", "100人次", level2: "数量指标")));
        var p = new SelfEvaluationScorer().Score(targets, sheet).Projects.Single();
        Assert.Equal(["100人次", "96%"], p.Indicators.Select(l => l.Actual));
        Assert.Equal(100m, p.Total);
    }

    [Fact]
    public void The_template_has_every_project_and_line_of_the_targets_and_no_actual()
    {
        var sheet = SelfEvaluationScorer.Template(Seed004.Document);
        Assert.Equal(28, sheet.Projects.Count);
        Assert.Equal(Seed004.Document.Projects.Sum(p => EvaluationLines.Of(p).Count), sheet.Projects.Sum(p => p.Indicators.Count));
        Assert.All(sheet.Projects.SelectMany(p => p.Indicators), l => Assert.Null(l.Actual));
        Assert.Equal("22.59", sheet.Projects[0].Execution.YearBudget?.Text);
        // Scored as it is, every line blocks: nothing is filled yet.
        var result = new SelfEvaluationScorer().Score(Seed004.Document, sheet);
        Assert.True(result.BlocksSubmission);
        Assert.All(result.Projects, p => Assert.Equal(0m, p.Total));
    }
}
