using Jixiao.Data;

namespace Jixiao.Web.Components.Shared;

/// <summary>
/// A render key for every finding of a list, unique even where the list holds the same finding more than once
/// (an import preview has no stored ids; a document can repeat a row word for word): fingerprint, id and the
/// number of times the pair came before.
/// </summary>
public static class FindingKeys
{
    public static IEnumerable<(FindingView Finding, string Key)> Of(IEnumerable<FindingView> findings)
    {
        var seen = new Dictionary<(string, int), int>();
        foreach (var finding in findings)
        {
            var pair = (finding.Fingerprint, finding.Id);
            seen[pair] = seen.TryGetValue(pair, out var n) ? n + 1 : 0;
            yield return (finding, $"{finding.Fingerprint}#{finding.Id}#{seen[pair]}");
        }
    }
}
