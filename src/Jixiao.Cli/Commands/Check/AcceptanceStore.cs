using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Review;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// A JSON file of reviewers' acceptances ([{ "rule", "fingerprint", "reason", "by", "at" }]), kept beside the
/// document until the web system stores them with the finding. Written whole to a temporary file and then
/// moved over the old one, so a crash never leaves half a file.
/// </summary>
internal static class AcceptanceStore
{
    private sealed record Entry(string Rule, string Fingerprint, string Reason, string By, DateTimeOffset At);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<Acceptance> Load(string path)
    {
        if (!File.Exists(path)) return [];
        List<Entry>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"接受记录文件“{Path.GetFileName(path)}”格式有误（第 {ex.LineNumber + 1} 行）：{ex.Message}");
        }
        return (entries ?? []).Select(e => new Acceptance(e.Rule, e.Fingerprint, e.Reason, e.By, e.At)).ToList();
    }

    public static void Save(string path, IEnumerable<Acceptance> acceptances)
    {
        var entries = acceptances.Select(a => new Entry(a.RuleId, a.Fingerprint, a.Reason, a.AcceptedBy, a.AcceptedAt)).ToList();
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(entries, Json));
        File.Move(temp, path, overwrite: true);
    }
}
