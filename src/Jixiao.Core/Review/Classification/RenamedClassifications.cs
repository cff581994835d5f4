using System.Text.Json;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Classification;

/// <summary>一个已更名的科目：编码、旧名称、现行名称、启用新名称的年度与出处。</summary>
public sealed record RenamedClassification(string Code, string OldName, string CurrentName, int Since, string Source);

/// <summary>
/// 政府收支分类科目的更名表（renamed-classifications.json，内嵌资源，作为数据审阅）。R-NUM-002 用它识别说明文字沿用的
/// 旧科目名称（210类 医疗卫生与计划生育支出，2019年起为卫生健康支出）。Why data: the classification is renamed by the
/// Ministry of Finance from year to year; each rename is a reviewed data change with its source, not code.
/// </summary>
public static class RenamedClassifications
{
    private const string ResourceName = "Jixiao.Core.Review.Classification.renamed-classifications.json";

    private static readonly Lazy<IReadOnlyList<RenamedClassification>> Loaded = new(() =>
    {
        using var stream = typeof(RenamedClassifications).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少内嵌资源 {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>Every rename shipped.</summary>
    public static IReadOnlyList<RenamedClassification> All => Loaded.Value;

    /// <summary>
    /// The rename whose old name this is, where the document's year already uses the current name; null when the name is
    /// not an old one, or the year is unknown or earlier (a 2018 document rightly prints the old name).
    /// </summary>
    public static RenamedClassification? OldNameIn(string name, int? fiscalYear)
    {
        if (fiscalYear is not { } year) return null;
        var key = ClassificationRow.Key(name);
        return All.FirstOrDefault(r => year >= r.Since && ClassificationRow.Key(r.OldName) == key);
    }

    public static IReadOnlyList<RenamedClassification> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("renamed").EnumerateArray().Select((e, i) => new RenamedClassification(
            Required(e, "code", i), Required(e, "old", i), Required(e, "current", i),
            e.TryGetProperty("since", out var s) && s.TryGetInt32(out var since) ? since : throw new InvalidOperationException($"科目更名表第{i + 1}项缺少 since"),
            Required(e, "source", i))).ToArray();
    }

    private static string Required(JsonElement e, string name, int index) =>
        e.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } text ? text : throw new InvalidOperationException($"科目更名表第{index + 1}项缺少 {name}");
}
