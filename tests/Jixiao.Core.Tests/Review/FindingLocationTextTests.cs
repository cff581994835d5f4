using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>Issue 20 item 7: the place a reviewer reads is Chinese; no FORMAT.md key (value, goals…) reaches the page.</summary>
public sealed class FindingLocationTextTests
{
    [Theory]
    [InlineData(3, 2, "value", "第3个项目第2项指标（指标值）")]
    [InlineData(3, 2, "name", "第3个项目第2项指标（指标名称）")]
    [InlineData(3, null, "name", "第3个项目（项目名称）")]
    [InlineData(3, null, "goals", "第3个项目（年度绩效目标）")]
    [InlineData(3, null, "spendingPlan", "第3个项目（用款计划）")]
    [InlineData(0, null, "goals", "部门整体绩效目标（总体绩效目标）")]
    [InlineData(3, null, "some-new-field", "第3个项目")]
    public void The_place_is_written_in_chinese(int project, int? indicator, string field, string expected)
    {
        var where = indicator is { } i ? FindingLocation.ForIndicator(project, i, field) : FindingLocation.ForProject(project, field);
        Assert.Equal(expected, where.ToString());
    }

    [Fact]
    public void Every_field_the_rules_use_has_a_chinese_name()
    {
        foreach (var field in new[] { "value", "name", "description", "basis", "weight", "goals", "subGoals", "measures", "funds",
                     "indicators", "budget", "spendingPlan", "code", "tables", "text", "explanation", "hidden", "page" })
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", FindingFieldNames.ToChinese(field));
    }
}
