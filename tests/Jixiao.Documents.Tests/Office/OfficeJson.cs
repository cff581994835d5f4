using System.Text.Json.Nodes;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Office;

/// <summary>
/// The exchange JSON of an import with its <c>source</c> block (file name and layout, which say where the model
/// came from, not what it is) removed, so the same content read from different formats compares equal.
/// </summary>
internal static class OfficeJson
{
    public static string OfText(string seed) => Normalized(DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)));

    public static string OfFile(string path) => Normalized(DocumentImporter.CreateDefault().Import(Path.GetFileName(path), File.ReadAllBytes(path)));

    public static string Normalized(ImportResult result) => Print(Parse(result));

    public static JsonObject Parse(ImportResult result)
    {
        var node = JsonNode.Parse(DocumentJsonWriter.ToJson(result.Document))!.AsObject();
        node.Remove("source");
        return node;
    }

    /// <summary>
    /// What our published layout is documented to change (docs/office-formats.md): the Word publisher — and the PDF
    /// publisher and LibreOffice's PDF of our .docx, which print the same layout — prints the department's code and
    /// name on the unit line of a project that has no unit of its own, so that project reads back with the department
    /// as its unit. Nothing else is changed.
    /// </summary>
    public static string AsPublishedInWord(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        if (node["department"] is JsonObject department && node["projects"] is JsonArray projects)
            foreach (var project in projects.OfType<JsonObject>())
                if (project["unit"] is null) project["unit"] = department.DeepClone();
        return Print(node);
    }

    private static string Print(JsonObject node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).ReplaceLineEndings("\n");

    /// <summary>Fails with the first differing line of each side when the two JSON texts differ.</summary>
    public static void AssertSame(string expected, string actual, string context)
    {
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        var from = Math.Max(0, i - 3);
        Assert.Fail($"{context}: JSON 第 {i + 1} 行不同\n期望：\n{string.Join('\n', e.Skip(from).Take(8))}\n实际：\n{string.Join('\n', a.Skip(from).Take(8))}");
    }
}
