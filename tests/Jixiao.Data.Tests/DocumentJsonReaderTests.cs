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
    public void Other_formats_are_refused_in_chinese()
    {
        var e = Assert.Throws<Jixiao.Documents.DocumentReadException>(() => DocumentJsonReader.Read("{\"format\":\"other/1\",\"source\":{}}"));
        Assert.Contains("jixiao.document/1", e.Message, StringComparison.Ordinal);
    }
}
