using Jixiao.Documents.Publishing.Xlsx;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Xlsx;

public class SheetNamesTests
{
    [Fact]
    public void Forbidden_characters_are_replaced_and_spaces_collapsed()
    {
        var name = new SheetNames().Take("01 [办案]：费用/补贴*?\\:经费");
        Assert.True(SheetNames.IsValid(name));
        Assert.Equal("01 办案 ：费用 补贴 经费", name);
    }

    [Fact]
    public void Long_names_are_cut_to_31_characters()
    {
        var name = new SheetNames().Take("01 冀财政法【2021】62号河北省财政厅关于提前下达2022年中央政法纪检监察转移支付资金--政法装备");
        Assert.Equal(31, name.Length);
        Assert.StartsWith("01 冀财政法【2021】62号", name);
    }

    [Fact]
    public void Duplicates_get_a_numbered_suffix_case_insensitively_and_stay_within_the_limit()
    {
        var names = new SheetNames();
        var long1 = new string('项', 40);
        Assert.Equal("Abc", names.Take("Abc"));
        Assert.Equal("abc (2)", names.Take("abc"));
        Assert.Equal("ABC (3)", names.Take("ABC"));
        var first = names.Take(long1);
        var second = names.Take(long1);
        Assert.NotEqual(first, second);
        Assert.True(second.Length <= 31 && second.EndsWith(" (2)"));
    }

    [Theory]
    [InlineData("", "项目1", "项目1")]
    [InlineData("///", "项目2", "项目2")]
    [InlineData("'quoted'", "x", "quoted")]
    [InlineData("History", "表1", "表1")]
    public void Unusable_names_fall_back(string wanted, string fallback, string expected) =>
        Assert.Equal(expected, new SheetNames().Take(wanted, fallback));

    [Theory]
    [InlineData("整体目标", true)]
    [InlineData("a:b", false)]
    [InlineData("'a", false)]
    [InlineData("history", false)]
    [InlineData("", false)]
    [InlineData("12345678901234567890123456789012", false)]
    public void Validity_follows_excels_rules(string name, bool valid) => Assert.Equal(valid, SheetNames.IsValid(name));

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var name = new SheetNames().Take(new string('a', 30) + "𠀀𠀀");
        Assert.False(char.IsHighSurrogate(name[^1]));
        Assert.True(name.Length <= 31);
    }
}
