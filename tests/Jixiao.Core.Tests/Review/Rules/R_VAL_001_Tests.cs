using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_001_Tests
{
    [Fact]
    public void Fires_on_an_indicator_with_a_name_and_no_value()
    {
        // Seed 004 item 9 rows, 指标值 of the first row left blank.
        var p = Build.Project("普法宣传经费", "10.00", MoneyUnit.TenThousandYuan, Build.Indicators("""
            产出指标	数量指标	组织普法活动场次	组织普法活动场次		年度工作计划
            	质量指标	法律考试及格率	法律考试及格率	100%	年度工作计划
            """), ["年度内组织普法活动 16 场次以上"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.ValueEmpty));
        Assert.Equal((1, 1, "value"), (f.Where.Project, f.Where.Indicator, f.Where.Field));
    }

    [Fact]
    public void Does_not_fire_on_filled_values_or_empty_template_rows()
    {
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(9))).Of(RuleIds.ValueEmpty));
        Assert.Empty(Build.Review(Build.Document(Seed001.PeopleMediation)).Of(RuleIds.ValueEmpty));
    }

    [Fact]
    public void A_row_of_figures_read_into_the_indicator_table_is_not_judged()
    {
        // xian_243800f.pdf p.147: 决算 expenditure rows (2100102 一般行政管理事务 691.83) read into an indicator table.
        var p = Build.Project("公立医院运行补助", "10.00", MoneyUnit.TenThousandYuan, Build.Indicators("""
            产出指标	数量指标	805,251.56	1,110,972.11		
            	数量指标	……	……		
            	数量指标	门诊服务人次		
            """), ["保障公立医院运行"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.ValueEmpty));
        Assert.Equal(3, f.Where.Indicator);
    }
}
