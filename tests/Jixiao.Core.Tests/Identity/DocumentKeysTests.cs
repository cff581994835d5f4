using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;

namespace Jixiao.Core.Tests.Identity;

public class DocumentKeysTests
{
    private static readonly TargetDocument Document = new()
    {
        Source = new DocumentSource("t.txt", "test"),
        Projects =
        [
            new Project { Name = "甲", Indicators = [new Indicator { Name = "一" }, new Indicator { Name = "二", Key = "kept-i" }] },
            new Project { Name = "乙", Key = "kept-p", Indicators = [new Indicator { Name = "三" }] },
        ],
        Overall = new OverallTarget { Indicators = [new Indicator { Name = "整体" }] },
    };

    [Fact]
    public void Missing_keys_are_given_in_order_and_present_ones_are_kept()
    {
        var keyed = DocumentKeys.AssignMissing(Document, new SequentialKeyGenerator());
        Assert.Equal(["k1", "kept-p"], keyed.Projects.Select(p => p.Key));
        Assert.Equal(["k2", "kept-i", "k3"], keyed.Projects.SelectMany(p => p.Indicators).Select(i => i.Key));
        Assert.Equal("k4", keyed.Overall!.Indicators[0].Key);
        // Giving keys again changes nothing: a key, once given, stays.
        Assert.Equal(keyed.Projects.Select(p => p.Key), DocumentKeys.AssignMissing(keyed, new SequentialKeyGenerator("z")).Projects.Select(p => p.Key));
    }

    [Fact]
    public void Random_keys_are_short_lower_case_base32_and_distinct()
    {
        var keys = Enumerable.Range(0, 10_000).Select(_ => KeyGenerator.Random.NewKey()).ToArray();
        Assert.All(keys, k => Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{16}$", k));
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
