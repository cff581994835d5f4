using System.Text.Json.Nodes;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Publishing.Html;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Html;

/// <summary>Publish as HTML → import gives the same jixiao.document/1 JSON as importing the seed itself (the source block aside).</summary>
public sealed class HtmlRoundTripTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Html_import_equals_text_import(string seed)
    {
        var importer = DocumentImporter.CreateDefault();
        var original = importer.Import(seed, Seeds.Bytes(seed)).Document;
        using var html = new MemoryStream();
        HtmlPublisher.Write(original, html);
        var reread = importer.Import(Path.ChangeExtension(seed, ".html"), html.ToArray());

        Assert.Equal("html", reread.EncodingName);
        Assert.Empty(reread.Unplaced);
        var expected = WithoutSource(DocumentJsonWriter.ToJson(original), unitFallback: true);
        var actual = WithoutSource(DocumentJsonWriter.ToJson(reread.Document));
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// The JSON without its source block. With <paramref name="unitFallback"/>, a project without a 预算单位 gets the
    /// department as its unit: the published layout (as the Word writer decided) prints the department on the unit
    /// line of such a project, so that is what a reader of the published file sees (docs/publishing-html.md).
    /// </summary>
    internal static string WithoutSource(string json, bool unitFallback = false)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("source");
        if (unitFallback && node["department"] is JsonObject department)
            foreach (var project in node["projects"]!.AsArray())
                if (project!["unit"] is null) project.AsObject()["unit"] = department.DeepClone();
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
