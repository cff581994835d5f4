using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Cli.Tests.Corpus;

/// <summary>
/// Compares a regenerated corpus report with the committed one and says, per corpus file, which lines changed: a table
/// row names its file in the first cell, a detail line belongs to the <c>### file</c> heading above it.
/// </summary>
internal static partial class ReportDiff
{
    public const string Regenerate =
        "重新生成：bash bench/corpus-report.sh（或 jixiao corpus ../shared/corpus --out docs/corpus-report.md），核对差异是否是想要的改进，再把 docs/corpus-report.md 与读取代码的改动一起提交。";

    /// <summary>Null when equal; otherwise the changed lines grouped by the file they are about.</summary>
    public static string? Describe(string committed, string regenerated)
    {
        var before = ByFile(committed);
        var after = ByFile(regenerated);
        var message = new StringBuilder();
        foreach (var file in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(file) ?? [];
            var now = after.GetValueOrDefault(file) ?? [];
            if (old.SequenceEqual(now, StringComparer.Ordinal)) continue;
            message.Append(file.Length == 0 ? "（报告头或合计）" : file).Append('：').Append('\n');
            foreach (var line in old.Except(now, StringComparer.Ordinal)) message.Append("  - ").Append(line).Append('\n');
            foreach (var line in now.Except(old, StringComparer.Ordinal)) message.Append("  + ").Append(line).Append('\n');
            if (old.Except(now).Any() is false && now.Except(old).Any() is false) message.Append("  （行的顺序变了）\n");
        }
        return message.Length == 0 ? null : $"语料报告与提交的 docs/corpus-report.md 不同：\n{message}{Regenerate}";
    }

    private static Dictionary<string, List<string>> ByFile(string report)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = "";
        foreach (var raw in report.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            string file;
            if (HeadingFile().Match(line) is { Success: true } h) current = file = h.Groups["file"].Value;
            else if (RowFile().Match(line) is { Success: true } r) file = r.Groups["file"].Value;
            else if (line.StartsWith("## ", StringComparison.Ordinal)) current = file = "";
            else file = line.StartsWith("- ", StringComparison.Ordinal) ? current : "";
            if (line.Length == 0) continue;
            if (!result.TryGetValue(file, out var lines)) result[file] = lines = [];
            lines.Add(line);
        }
        return result;
    }

    [GeneratedRegex(@"^### (?<file>\S+)$")]
    private static partial Regex HeadingFile();

    [GeneratedRegex(@"^\| (?<file>[^|\s]+\.\w+) \|")]
    private static partial Regex RowFile();
}
