namespace Jixiao.Core.Model.Identity;

/// <summary>Giving a document's projects and indicators their keys, and checking that the keys it has are usable.</summary>
public static class DocumentKeys
{
    /// <summary>Longest key stored (ours are 16 characters; the column leaves room for keys from other systems).</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// The document with a fresh key on every project and indicator (of the projects and of the department-wide part)
    /// that has none; keys already present are kept (a key, once given, never changes).
    /// </summary>
    public static TargetDocument AssignMissing(TargetDocument document, KeyGenerator keys)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(keys);
        var projects = document.Projects.Select(p => p with
        {
            Key = p.Key ?? keys.NewKey(),
            Indicators = Assign(p.Indicators, keys),
        }).ToArray();
        var overall = document.Overall is { } o ? o with { Indicators = Assign(o.Indicators, keys) } : null;
        return document with { Projects = projects, Overall = overall };
    }

    private static Indicator[] Assign(IReadOnlyList<Indicator> indicators, KeyGenerator keys) =>
        indicators.Select(i => i.Key is null ? i with { Key = keys.NewKey() } : i).ToArray();
}
