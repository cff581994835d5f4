using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_DEP_002_Tests
{
    [Fact]
    public void Fires_on_seed_000_empty_headings()
    {
        // 怀来县司法局: "二、分项绩效目标" and "三、工作保障措施" printed with nothing under them.
        var doc = Build.WithTables() with
        {
            Overall = new OverallTarget
            {
                Goals = ["2023年我局在县委县政府领导下，围绕年初制定的目标任务，着力发挥法律宣传、法律保障、法律服务职能"],
                HasSubGoalHeading = true,
                HasMeasuresHeading = true,
            },
        };
        Assert.Equal(2, Build.Review(doc).Of(RuleIds.OverallHeadingEmpty).Count);
    }

    [Fact]
    public void Each_finding_sits_on_its_empty_heading_line()
    {
        // Seed 000's text: line 6 "二、分项绩效目标", line 8 "三、工作保障措施".
        var doc = Build.WithTables() with
        {
            Overall = new OverallTarget
            {
                Goals = ["2023年我局在县委县政府领导下，围绕年初制定的目标任务，着力发挥法律宣传、法律保障、法律服务职能"],
                HasSubGoalHeading = true,
                HasMeasuresHeading = true,
                GoalsHeadingLine = 4,
                SubGoalHeadingLine = 6,
                MeasuresHeadingLine = 8,
            },
        };
        var findings = Build.Review(doc).Of(RuleIds.OverallHeadingEmpty);
        Assert.Equal(6, Assert.Single(findings, f => f.Where.Field == "subGoals").Where.SourceLine);
        Assert.Equal(8, Assert.Single(findings, f => f.Where.Field == "measures").Where.SourceLine);
        Assert.Equal("部门整体绩效目标（工作保障措施）", Assert.Single(findings, f => f.Where.Field == "measures").Where.ToString());
    }

    [Fact]
    public void Does_not_fire_when_headings_have_content() => Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.OverallHeadingEmpty));
}
