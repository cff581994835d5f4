using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;

namespace Jixiao.Data.Tests;

/// <summary>Issue 20 item 7: a stored finding's place names project and indicator and says the field in Chinese.</summary>
public sealed class FindingPlaceTests
{
    private static readonly ProjectEntity Project = new() { Position = 4, Name = "法律援助经费", UnitName = "某某市司法局机关" };

    [Fact]
    public void An_indicator_field_is_named_in_chinese()
    {
        var indicator = new IndicatorEntity { Position = 2, Name = "法律援助案件数" };
        Assert.Equal("第4个项目“法律援助经费” › 第2项指标“法律援助案件数”（指标值）",
            FindingRows.Describe(FindingLocation.ForIndicator(4, 2, "value"), Project, indicator));
    }

    [Theory]
    [InlineData("goals", "第4个项目“法律援助经费”（年度绩效目标）")]
    [InlineData("spendingPlan", "第4个项目“法律援助经费”（用款计划）")]
    [InlineData("name", "第4个项目“法律援助经费”（项目名称）")]
    public void A_project_field_is_named_in_chinese(string field, string expected) =>
        Assert.Equal(expected, FindingRows.Describe(FindingLocation.ForProject(4, field), Project, null));
}
