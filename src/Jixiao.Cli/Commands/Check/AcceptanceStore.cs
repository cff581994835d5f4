using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Core.Review;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// A JSON file of reviewers' acceptances ([{ "rule", "fingerprint", "reason", "by", "at" }]), kept beside the
/// document until the web system stores them with the finding. Written whole to a temporary file and then
/// moved over the old one, so a crash never leaves half a file.
/// </summary>
internal static class AcceptanceStore
{
    // Source-generated (no reflection), so that the natively compiled `jixiao` reads and writes the same file.
    private static readonly AcceptanceJsonContext Json = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static IReadOnlyList<Acceptance> Load(string path)
    {
        if (!File.Exists(path)) return [];
        List<AcceptanceEntry>? entries;
        try
        {
            entries = JsonSerializer.Deserialize(File.ReadAllText(path), Json.ListAcceptanceEntry);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"接受记录文件“{Path.GetFileName(path)}”格式有误（第 {ex.LineNumber + 1} 行）：{ex.Message}");
        }
        return (entries ?? []).Select(e => new Acceptance(e.Rule, e.Fingerprint, e.Reason, e.By, e.At)).ToList();
    }

    public static void Save(string path, IEnumerable<Acceptance> acceptances)
    {
        var entries = acceptances.Select(a => new AcceptanceEntry(a.RuleId, a.Fingerprint, a.Reason, a.AcceptedBy, a.AcceptedAt)).ToList();
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(entries, Json.ListAcceptanceEntry));
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>One line of the acceptance file.</summary>
internal sealed record AcceptanceEntry(string Rule, string Fingerprint, string Reason, string By, DateTimeOffset At);

[JsonSerializable(typeof(List<AcceptanceEntry>))]
internal sealed partial class AcceptanceJsonContext : JsonSerializerContext;
