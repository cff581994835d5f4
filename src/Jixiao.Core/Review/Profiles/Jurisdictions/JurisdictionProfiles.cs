using System.Text.Json;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Profiles.Jurisdictions;

/// <summary>
/// The jurisdiction profiles shipped as data (jurisdiction-profiles.json, an embedded resource reviewed as data, not code),
/// read once. <see cref="Find"/> by id; <see cref="JurisdictionDetector"/> recognises one from a document's own text.
/// </summary>
public static class JurisdictionProfiles
{
    private const string ResourceName = "Jixiao.Core.Review.Profiles.Jurisdictions.jurisdiction-profiles.json";

    private static readonly Lazy<IReadOnlyList<JurisdictionProfile>> Loaded = new(Load);

    /// <summary>Every shipped profile, in file order.</summary>
    public static IReadOnlyList<JurisdictionProfile> All => Loaded.Value;

    /// <summary>The profile with this id (shaanxi) or name (陕西省), or null.</summary>
    public static JurisdictionProfile? Find(string? idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName)) return null;
        var key = idOrName.Trim();
        return All.FirstOrDefault(p => string.Equals(p.Id, key, StringComparison.OrdinalIgnoreCase) || p.Name == key);
    }

    private static IReadOnlyList<JurisdictionProfile> Load()
    {
        using var stream = typeof(JurisdictionProfiles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少内嵌资源 {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the profiles file; a malformed entry throws <see cref="ReviewProfileException"/> naming it.</summary>
    public static IReadOnlyList<JurisdictionProfile> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var list = new List<JurisdictionProfile>();
        foreach (var p in doc.RootElement.GetProperty("profiles").EnumerateArray())
        {
            var id = Text(p, "id") ?? throw new ReviewProfileException($"地区口径第{list.Count + 1}项缺少 id");
            var name = Text(p, "name") ?? throw new ReviewProfileException($"地区口径“{id}”缺少 name");
            var places = Strings(p, "places");
            if (places.Count == 0) throw new ReviewProfileException($"地区口径“{id}”缺少地名（places）");
            List<ExpectedTable>? tables = null;
            if (p.TryGetProperty("tables", out var t) && t.ValueKind == JsonValueKind.Array)
            {
                tables = [];
                foreach (var e in t.EnumerateArray())
                {
                    var tableName = Text(e, "name") ?? throw new ReviewProfileException($"地区口径“{id}”的第{tables.Count + 1}张表缺少 name");
                    BudgetTableKind? kind = null;
                    if (Text(e, "kind") is { } k)
                        kind = Enum.TryParse<BudgetTableKind>(k, out var parsed) ? parsed : throw new ReviewProfileException($"地区口径“{id}”的表“{tableName}”：未知的结构种类“{k}”");
                    var synonyms = Strings(e, "synonyms");
                    tables.Add(new ExpectedTable(tableName, kind, synonyms.Count > 0 ? synonyms : [tableName]));
                }
            }
            bool? overall = p.TryGetProperty("overallTarget", out var o) && o.ValueKind is JsonValueKind.True or JsonValueKind.False ? o.GetBoolean() : null;
            decimal? execution = Text(p, "weightFrame") switch
            {
                null or "100" => null,
                "90+10" => 10m,
                var other => throw new ReviewProfileException($"地区口径“{id}”：权重框架“{other}”应为 100 或 90+10"),
            };
            if (list.Any(x => x.Id == id)) throw new ReviewProfileException($"地区口径“{id}”重复");
            list.Add(new JurisdictionProfile
            {
                Id = id, Name = name, Places = places, Tables = tables, OverallTarget = overall,
                ExecutionRatePoints = execution, ReadFrom = Text(p, "readFrom") ?? "",
                TablesFrom = p.TryGetProperty("tablesFrom", out var from) && from.ValueKind == JsonValueKind.Number && from.TryGetInt32(out var year) ? year : null,
            });
        }
        return list;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
