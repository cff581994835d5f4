using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_006_Tests
{
    [Fact]
    public void Does_not_fire_on_seed_004_three_costs()
    {
        // 14.55 = 0 + 11.40 + 3.15; 11.40 = 0 + 11.40.
        Assert.Empty(Build.Review(Build.WithTables(Seed004.Table("三公"))).Of(RuleIds.ThreeCostsSum));
    }

    [Fact]
    public void Fires_when_the_total_is_not_the_sum_of_the_three()
    {
        var t = Seed004.Table("三公");
        var rows = t.Rows.Select(r => r[1] == "合计" ? (IReadOnlyList<string?>)["1", "合计", "15.55", "15.55"] : r).ToArray();
        var findings = Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.ThreeCostsSum);
        Assert.Equal(2, findings.Count(f => f.Severity == Severity.Error));
        Assert.All(findings, f => Assert.Equal("14.55", f.Expected));
    }

    [Fact]
    public void With_meetings_and_training_beside_them_the_three_items_sum_to_the_three_costs_subtotal()
    {
        // Shaped like a 陕西 “三公”经费及会议费、培训费 table: 合计 also holds 会议费 and 培训费.
        var t = Build.Table("部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表",
            ["单位编码", "单位名称", "合计", "“三公”经费-小计", "“三公”经费-因公出国（境）费用", "“三公”经费-公务接待费", "“三公”经费-公务用车购置及运行维护费-小计", "“三公”经费-公务用车购置及运行维护费-公务用车购置费", "“三公”经费-公务用车购置及运行维护费-公务用车运行维护费", "会议费", "培训费"], """
            116001	某某局	640,800.00	230,000.00		80,000.00	150,000.00		150,000.00	360,800.00	50,000.00
            """) with { Unit = MoneyUnit.Yuan };
        Assert.Empty(Build.Review(Build.WithTables(t)).Of(RuleIds.ThreeCostsSum));
        var wrong = t with { Rows = [["116001", "某某局", "640,800.00", "240,000.00", null, "80,000.00", "150,000.00", null, "150,000.00", "360,800.00", "50,000.00"]] };
        Assert.Equal("230000.00", Assert.Single(Build.Review(Build.WithTables(wrong)).Of(RuleIds.ThreeCostsSum)).Expected);
    }

    [Fact]
    public void Numbered_items_under_qizhong_are_the_items_and_administrative_costs_are_not_in_the_three_costs_total()
    {
        // Shaped like a 广东 行政经费及“三公”经费预算表: 其中：（一）因公出国（境）支出 opens the list of the three items.
        var t = Build.Table("财政拨款安排的行政经费及“三公”经费预算表", ["项目", "合计", "一般公共预算"], """
            行政经费	10,884.55	10,884.55
            “三公”经费	19.84	19.84
            其中：（一）因公出国（境）支出	13.20	13.20
            （二）公务用车购置及运行维护支出	0.00	0.00
            （三）公务接待费	6.64	6.64
            """);
        Assert.Empty(Build.Review(Build.WithTables(t)).Of(RuleIds.ThreeCostsSum));
        var wrong = t with { Rows = [.. t.Rows.Take(4), ["（三）公务接待费", "5.64", "5.64"]] };
        Assert.Equal(2, Build.Review(Build.WithTables(wrong)).Of(RuleIds.ThreeCostsSum).Count(f => f.Severity == Severity.Error));
    }
}
