using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Exchange;

/// <summary>
/// Strict reading helpers for the filled sheets (<c>jixiao.evaluation/1</c>, <c>jixiao.monitoring/1</c>): every wrong
/// type becomes a <see cref="DocumentReadException"/> whose Chinese message says where (第几个项目“名称”第几项指标) and
/// what (which key, what was found). Decimals are kept exactly as written; a JSON number is taken as its own digits.
/// </summary>
internal static class SheetJson
{
    public static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DocumentReadException($"{what}不是有效的 JSON（第{(e.LineNumber ?? 0) + 1}行第{(e.BytePositionInLine ?? 0) + 1}个字节附近）。");
        }
    }

    public static void RequireFormat(JsonElement root, string format, string what)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new DocumentReadException($"{what}应为一个 JSON 对象，实为{Kind(root)}。");
        var actual = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (actual != format)
            throw new DocumentReadException($"{what}的 format 为“{actual ?? "（空）"}”，应为 {format}。");
    }

    public static string? Str(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => throw new DocumentReadException($"{where}的 {name} 应为文字，实为{Kind(v)}。"),
        };
    }

    public static string RequiredStr(JsonElement e, string name, string where) =>
        Str(e, name, where) is { Length: > 0 } s ? s : throw new DocumentReadException($"{where}缺少 {name}。");

    public static WrittenDecimal? Dec(JsonElement e, string name, string where)
    {
        if (Str(e, name, where) is not { } text) return null;
        return WrittenDecimal.TryParse(text) is { } d
            ? new WrittenDecimal(text, d.Value)
            : throw new DocumentReadException($"{where}的 {name}“{text}”不是数字（应为按原样书写的数字文字，如 \"13.72\"）。");
    }

    public static int? Int(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        if (v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out i)) return i;
        throw new DocumentReadException($"{where}的 {name} 应为整数，实为“{v.GetRawText()}”。");
    }

    public static MoneyUnit? Unit(JsonElement e, string where)
    {
        var text = Str(e, "moneyUnit", where);
        if (text is null) return null;
        return MoneyUnits.FromChinese(text) ?? throw new DocumentReadException($"{where}的 moneyUnit“{text}”应为“万元”或“元”。");
    }

    public static JsonElement? Obj(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.Object ? v : throw new DocumentReadException($"{where}的 {name} 应为对象，实为{Kind(v)}。");
    }

    public static IReadOnlyList<JsonElement> Array(JsonElement e, string name, string where, bool required = false)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? throw new DocumentReadException($"{where}缺少 {name} 数组。") : [];
        if (v.ValueKind != JsonValueKind.Array) throw new DocumentReadException($"{where}的 {name} 应为数组，实为{Kind(v)}。");
        var items = v.EnumerateArray().ToArray();
        for (var i = 0; i < items.Length; i++)
            if (items[i].ValueKind != JsonValueKind.Object && name is "projects" or "indicators")
                throw new DocumentReadException($"{where}的 {name} 第{i + 1}项应为对象，实为{Kind(items[i])}。");
        return items;
    }

    public static IReadOnlyList<string> Strings(JsonElement e, string name, string where) =>
        Array(e, name, where).Select((s, i) => s.ValueKind == JsonValueKind.String
            ? s.GetString()!
            : throw new DocumentReadException($"{where}的 {name} 第{i + 1}项应为文字，实为{Kind(s)}。")).ToArray();

    public static string ProjectWhere(int position, JsonElement p) =>
        $"第{position}个项目" + (p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? $"“{n.GetString()}”" : "");

    public static string IndicatorWhere(string project, int position, JsonElement i) =>
        $"{project}第{position}项指标" + (i.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? $"“{n.GetString()}”" : "");

    public static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    public static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => $"文字“{v.GetString()}”",
        JsonValueKind.Number => $"数字 {v.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"真假值 {v.GetRawText()}",
        _ => "null",
    };
}
