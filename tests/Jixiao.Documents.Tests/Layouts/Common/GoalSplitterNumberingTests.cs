using Jixiao.Documents.Layouts.Common;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Common;

/// <summary>Punctuated numbering wins over a number followed by a space ("考试 2 次" is not item 2).</summary>
public class GoalSplitterNumberingTests
{
    [Fact]
    public void A_number_and_space_inside_a_punctuated_list_is_not_numbering() =>
        Assert.Equal(
            ["确保 2021 年底前每个乡镇有 2 名以上专职人民调解员", "保障综合调解工作机制顺利运行", "工资按时发放"],
            GoalSplitter.Split("1.确保 2021 年底前每个乡镇有 2 名以上专职人民调解员 2.保障综合调解工作机制顺利运行 3.工资按时发放"));

    [Fact]
    public void A_single_punctuated_item_with_numbers_in_it_stays_whole() =>
        Assert.Equal(["年度内组织考试 2 次，考试举办合规率 100%"], GoalSplitter.Split("1. 年度内组织考试 2 次，考试举办合规率 100%"));

    [Fact]
    public void Numbering_by_space_alone_still_splits_when_nothing_is_punctuated() =>
        Assert.Equal(["保障运转", "提升服务"], GoalSplitter.Split("1 保障运转 2 提升服务"));
}
