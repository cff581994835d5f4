using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Documents.Exchange;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// The findings array of FORMAT.md with located evidence added to each <c>where</c>: <c>page</c> (1-based),
/// <c>bbox</c> ([x0, y0, x1, y1] in PDF points, origin bottom-left; PDF only) and <c>quote</c> (the words concerned).
/// The finding itself is written by <see cref="FindingJsonWriter"/>, so the two outputs never drift apart.
/// </summary>
public static class LocatedFindingJsonWriter
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<LocatedFinding> located)
    {
        var findings = located.Select(l => l.Finding).ToList();
        var buffer = new MemoryStream();
        using (var inner = new Utf8JsonWriter(buffer))
        {
            inner.WriteStartObject();
            FindingJsonWriter.Write(inner, findings);
            inner.WriteEndObject();
        }
        var array = JsonNode.Parse(buffer.ToArray())!["findings"]!.AsArray();
        for (var i = 0; i < findings.Count; i++)
        {
            var evidence = located[i].Evidence;
            var where = array[i]!["where"]!.AsObject();
            if (evidence.Page is int page) where["page"] = page;
            if (evidence.Box is { } b)
                where["bbox"] = new JsonArray(Round(b.Left), Round(b.Bottom), Round(b.Right), Round(b.Top));
            if (evidence.Quote is not null && !where.ContainsKey("quote")) where["quote"] = evidence.Quote;
        }
        w.WritePropertyName("findings");
        array.WriteTo(w);
    }

    // Two decimals of a point (1/7200 inch) is finer than any viewer draws; more digits are noise from the font matrix.
    private static JsonNode Round(double v) => JsonValue.Create(Math.Round((decimal)v, 2));
}
