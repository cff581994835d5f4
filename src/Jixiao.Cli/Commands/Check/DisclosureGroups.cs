using Jixiao.Core.Model;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// The files of a folder that are one disclosure: the same department (the name each file prints, spaces ignored) and
/// the same year. A file without a department name stands alone: two files are never joined on a guess.
/// </summary>
internal sealed class DisclosureGroups
{
    private readonly Dictionary<string, List<(string File, TargetDocument Document)>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyOf = new(StringComparer.Ordinal);

    public static DisclosureGroups Of(IReadOnlyList<(string File, TargetDocument Document)> documents)
    {
        var groups = new DisclosureGroups();
        foreach (var (file, doc) in documents)
        {
            if (doc.Department?.Name is not { Length: > 0 } name) continue;
            var key = string.Concat(name.Where(c => !char.IsWhiteSpace(c))) + "|" + doc.FiscalYear;
            if (!groups._byKey.TryGetValue(key, out var list)) groups._byKey[key] = list = [];
            list.Add((file, doc));
            groups._keyOf[file] = key;
        }
        return groups;
    }

    /// <summary>The other documents of the file's disclosure (none when it stands alone).</summary>
    public IReadOnlyList<TargetDocument> CompanionsOf(string file) =>
        _keyOf.TryGetValue(file, out var key) ? _byKey[key].Where(x => x.File != file).Select(x => x.Document).ToArray() : [];

    /// <summary>Each file reviewed with others, and the others' names (for the progress output).</summary>
    public IEnumerable<(string File, IReadOnlyList<string> Together)> Joined =>
        _byKey.Values.Where(g => g.Count > 1).SelectMany(g => g.Select(x => (x.File, (IReadOnlyList<string>)g.Where(o => o.File != x.File).Select(o => o.File).ToArray())));
}
