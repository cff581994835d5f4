using Jixiao.Core.Values;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests;

/// <summary>Every indicator value in the five seeds gets a kind, and none is left unparsed (docs/target-values.md).</summary>
public class TargetValueCoverageTests
{
    [Fact]
    public void No_seed_value_is_unparsed_and_every_written_value_has_a_target()
    {
        var importer = DocumentImporter.CreateDefault();
        var total = 0;
        foreach (var seed in Seeds.All)
        {
            var doc = importer.Import(seed, Seeds.Bytes(seed)).Document;
            var indicators = doc.Projects.SelectMany(p => p.Indicators).Concat(doc.Overall?.Indicators ?? []);
            foreach (var i in indicators)
            {
                total++;
                Assert.False(string.IsNullOrWhiteSpace(i.Value) && i.Target is not null, $"{seed} {i.Name}: 空值不应有目标");
                if (string.IsNullOrWhiteSpace(i.Value)) continue;
                Assert.NotNull(i.Target);
                Assert.True(i.Target!.Kind != TargetKind.Unparsed, $"{seed} {i.Name}: “{i.Value}”未能解析（{i.Target.Error}）");
            }
        }
        Assert.Equal(519, total); // 86 + 65 + 60 + 93 + 215, counted in docs/target-values.md
    }
}
