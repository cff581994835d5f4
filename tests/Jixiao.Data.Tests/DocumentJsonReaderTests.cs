using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Data.Tests;

public class DocumentJsonReaderTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Golden_json_reads_back_and_writes_the_same_json(string seed)
    {
        var json = Goldens.Json(seed).TrimEnd('\n');
        var document = DocumentJsonReader.Read(json);
        Assert.Equal(json, DocumentJsonWriter.ToJson(document));
    }

    [Fact]
    public void Targets_come_back_with_their_kind_and_figures()
    {
        var document = DocumentJsonReader.Read(Goldens.Json(Seeds.S001));
        var targets = document.Projects.SelectMany(p => p.Indicators).Select(i => i.Target).OfType<Core.Values.TargetValue>().ToArray();
        Assert.NotEmpty(targets);
        Assert.Contains(targets, t => t.IsMeasurable && t.Number is not null);
    }

    [Fact]
    public void Keys_and_carried_from_read_back_and_write_the_same_json()
    {
        var golden = DocumentJsonReader.Read(Goldens.Json(Seeds.S001));
        var keyed = Core.Model.Identity.DocumentKeys.AssignMissing(golden, new Core.Model.Identity.SequentialKeyGenerator("x"));
        var carried = new Core.Model.Identity.CarriedFrom(2025, MoneyToUpdate: true);
        keyed = keyed with
        {
            Projects = keyed.Projects.Select((p, n) => n == 0
                ? p with { CarriedFrom = carried, Indicators = p.Indicators.Select(i => i with { CarriedFrom = new(2025) }).ToArray() }
                : p).ToArray(),
        };
        var json = DocumentJsonWriter.ToJson(keyed);
        Assert.Contains("\"key\": \"x1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"moneyToUpdate\": true", json, StringComparison.Ordinal);
        var back = DocumentJsonReader.Read(json);
        Assert.Equal(json, DocumentJsonWriter.ToJson(back));
        Assert.Equal("x1", back.Projects[0].Key);
        Assert.Equal(carried, back.Projects[0].CarriedFrom);
        Assert.All(back.Projects[0].Indicators, i => Assert.Equal(new Core.Model.Identity.CarriedFrom(2025), i.CarriedFrom));
        Assert.Null(back.Projects[1].CarriedFrom);
        Assert.Equal(keyed.Projects.SelectMany(p => p.Indicators).Select(i => i.Key), back.Projects.SelectMany(p => p.Indicators).Select(i => i.Key));
    }

    [Fact]
    public void Other_formats_are_refused_in_chinese()
    {
        var e = Assert.Throws<Jixiao.Documents.DocumentReadException>(() => DocumentJsonReader.Read("{\"format\":\"other/1\",\"source\":{}}"));
        Assert.Contains("jixiao.document/1", e.Message, StringComparison.Ordinal);
    }
}
