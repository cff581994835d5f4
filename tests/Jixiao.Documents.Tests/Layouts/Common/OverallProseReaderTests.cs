using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Common;

public sealed class OverallProseReaderTests
{
    private static OverallTarget? Read(string seed, ReadContext? context = null) =>
        OverallProseReader.Read(Seeds.Text(seed).Lines, context ?? new ReadContext());

    private static OverallTarget ReadText(string text) =>
        OverallProseReader.Read(SourceText.FromString("t.txt", text).Lines, new ReadContext())
        ?? throw new Xunit.Sdk.XunitException("no overall target read");

    [Fact]
    public void Seed000_WordText_GoalParagraph_EmptySubGoalAndMeasureHeadings()
    {
        var context = new ReadContext();
        var overall = Read(Seeds.S000, context)!;
        Assert.NotNull(overall);
        var goal = Assert.Single(overall.Goals);
        Assert.StartsWith("2023年我局在县委县政府领导下", goal, StringComparison.Ordinal);
        Assert.EndsWith("做出了积极的努力。", goal, StringComparison.Ordinal);
        Assert.DoesNotContain("bookmark", goal, StringComparison.Ordinal);
        Assert.True(overall.HasSubGoalHeading);
        Assert.True(overall.HasMeasuresHeading);
        Assert.Empty(overall.SubGoals);
        Assert.Empty(overall.Measures);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void Seed002_GoalsAreSubHeadingWithParagraph()
    {
        var overall = Read(Seeds.S002)!;
        Assert.Equal(4, overall.Goals.Count);
        Assert.Equal(
            "以法治政府示范创建为引领，提升法治抚宁建设水平：一是聚焦示范创建，在实现法治政府上提标提质。二是聚焦诉源治理，在化解行政争议上提标提质。三是聚焦基层治理，在推动基层法治上提标提质。",
            overall.Goals[0]);
        Assert.StartsWith("以教育整顿为契机，提升司法铁军队伍能力水平：一是坚持政治引领", overall.Goals[3], StringComparison.Ordinal);
        // The 目录 entries (一、总体绩效目标.....	1) are not read as the part.
        Assert.DoesNotContain(overall.Goals, g => g.Contains(".....", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed002_SubGoals_TitleFromHeading_IndicatorText_PageGapRejoined()
    {
        var overall = Read(Seeds.S002)!;
        Assert.Equal(9, overall.SubGoals.Count);
        var first = overall.SubGoals[0];
        Assert.Equal("普法宣传工作", first.Title);
        Assert.Equal("普法宣传工作", first.Target);
        // "…重点任务分解" / blank / "表》，征求…" is one paragraph broken by a page.
        Assert.Equal(
            "扎实推进“八五”普法工作。按照《抚宁区“八五”普法规划》认真开展好全区“八五”普法工作，研究制定《“八五”普法规划重点任务分解表》，征求全区各单位意见后印发，按照时间节点完成分解表上的各项目标任务，推动全区普法工作有序开展",
            first.IndicatorText);
        Assert.Equal("人民调解工作", overall.SubGoals[1].Title); // its heading is "## 2、…": Markdown level does not matter
        Assert.Equal("公共法律服务（法律援助）工作", overall.SubGoals[2].Title);
        Assert.Contains("做好行政执法监督和复议工作，继续做好复议案件协调", overall.SubGoals[4].IndicatorText, StringComparison.Ordinal);
        Assert.Equal("运转类项目", overall.SubGoals[8].Title);
        Assert.StartsWith("确保水电暖等费用及时支付", overall.SubGoals[8].IndicatorText, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_Measures_NumberingRemoved_PageGapRejoined()
    {
        var overall = Read(Seeds.S002)!;
        Assert.True(overall.HasSubGoalHeading);
        Assert.True(overall.HasMeasuresHeading);
        Assert.Equal(7, overall.Measures.Count);
        Assert.StartsWith("完善制度建设。对财务制度以及相关配套制度进行更新和完善", overall.Measures[0], StringComparison.Ordinal);
        Assert.Contains("优化支出结构、编细编实预算、加快履行政府采购手续", overall.Measures[1], StringComparison.Ordinal);
        Assert.EndsWith("确保支出进度达标。", overall.Measures[1], StringComparison.Ordinal);
        Assert.Equal(
            "加强宣传培训调研等。加强人员培训，提高本部门职工业务素质；加强调研，提出优化财政资金配置、提高资金使用效益的意见意见；加大宣传力度，强化预算绩效管理意识，促进预算绩效管理水平进一步提升。",
            overall.Measures[6]);
        // The project part (第二部分 / 预算项目绩效目标) is not swallowed.
        Assert.DoesNotContain(overall.Measures, m => m.Contains("公共法律服务绩效目标表", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed004_InsideTheExplanation_UpToSection六()
    {
        var context = new ReadContext();
        var overall = Read(Seeds.S004, context)!;
        var goal = Assert.Single(overall.Goals);
        Assert.StartsWith("2024年，坚持以习近平新时代中国特色社会主义思想为统领", goal, StringComparison.Ordinal);
        Assert.EndsWith("强制戒毒等工作年度目标任务。", goal, StringComparison.Ordinal);

        Assert.Equal(5, overall.SubGoals.Count);
        Assert.Equal(new SubGoal(
            "政府法治制度建设工作",
            "积极发挥市委依法治市办公室统筹作用，充分发挥合法性审查职责，推动全面依法治市各项工作落地落实。",
            "法律顾问在规定期限内出具法律意见书率达100%，为重大决策提供建议和咨询。"), overall.SubGoals[0]);
        // Three blank lines between 绩效目标 and 绩效指标 do not join them.
        Assert.EndsWith("有效发挥行政复议化解行政争议主渠道作用。", overall.SubGoals[1].Target, StringComparison.Ordinal);
        Assert.StartsWith("年度内组织培训 1 期", overall.SubGoals[1].IndicatorText, StringComparison.Ordinal);
        Assert.Equal("司法行政管理工作的", overall.SubGoals[2].Title); // "### 3、" among "#### " headings
        Assert.Equal("戒毒管理工作", overall.SubGoals[4].Title);

        Assert.True(overall.HasSubGoalHeading);
        Assert.True(overall.HasMeasuresHeading);
        Assert.Equal(7, overall.Measures.Count);
        Assert.Equal("完善制度建设：按照部门内部控制的总体要求，制定完善预算绩效管理制度、财务管理规定、现金管理办法等相关工作保障制度，为全年预算绩效目标的实现奠定制度基础。", overall.Measures[0]);
        Assert.StartsWith("加强宣传培训调研等：加强人员培训", overall.Measures[6], StringComparison.Ordinal);
        Assert.DoesNotContain(overall.Measures, m => m.Contains("部门主管专项资金", StringComparison.Ordinal));
        Assert.Empty(context.Unplaced);
    }

    [Theory]
    [InlineData(Seeds.S001)] // the 整体支出绩效目标申报表 form is a table, not prose
    [InlineData(Seeds.S003)] // project tables only
    public void DocumentsWithoutProse_ReturnNull(string seed) => Assert.Null(Read(seed));

    [Fact]
    public void OtherWordings_整体绩效目标_保障措施_AndEndAtNextSection()
    {
        var overall = ReadText("""
            一、整体绩效目标
            1.完成年度立法计划。2.普法覆盖率达到95%。
            二、分项目标
            1、法律援助
            目标：办理法律援助案件300件。
            指标：案件办结率不低于90%。
            三、保障措施
            （一）加强组织领导。成立工作专班。
            四、其他事项
            不属于整体绩效目标的文字。
            """);
        Assert.Equal(["完成年度立法计划。", "普法覆盖率达到95%。"], overall.Goals);
        var sub = Assert.Single(overall.SubGoals);
        Assert.Equal(new SubGoal("法律援助", "办理法律援助案件300件。", "案件办结率不低于90%。"), sub);
        Assert.Equal(["加强组织领导。成立工作专班。"], overall.Measures);
    }

    [Fact]
    public void NoSubGoalOrMeasureHeadings_FlagsFalse()
    {
        var overall = ReadText("""
            ## 部门整体绩效目标
            全面完成年度各项工作任务。
            ## 第二部分 预算项目绩效目标
            """);
        Assert.Equal(["全面完成年度各项工作任务。"], overall.Goals);
        Assert.False(overall.HasSubGoalHeading);
        Assert.False(overall.HasMeasuresHeading);
    }

    [Fact]
    public void UnnumberedParagraphUnderSubGoals_IsReportedNotDropped()
    {
        var context = new ReadContext();
        var text = SourceText.FromString("t.txt", """
            一、总体绩效目标
            完成任务。
            二、分项绩效目标
            说明：以下为分项目标。
            1、调解工作
            绩效目标：调解成功率95%。
            """);
        var overall = OverallProseReader.Read(text.Lines, context)!;
        Assert.Single(overall.SubGoals);
        var unplaced = Assert.Single(context.Unplaced);
        Assert.Equal(4, unplaced.Line);
    }
}
