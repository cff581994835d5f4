using Jixiao.Core.Model;

namespace Jixiao.Core.Review.Profiles.Jurisdictions;

/// <summary>
/// Recognises which jurisdiction a document belongs to from its own words, never its file name: the disclosure's title
/// and the department's name first (a place named there decides), else the place names counted over the text (the
/// paragraphs, the project names), where one jurisdiction must be named at least twice and more than twice as often as
/// any other. Anything less certain is no match: the rules then say which set they assumed.
/// </summary>
public static class JurisdictionDetector
{
    /// <summary>How many paragraphs of the text are counted (the 概况 and the explanation's first pages name the place).</summary>
    private const int ParagraphsCounted = 200;

    public static JurisdictionMatch? Detect(TargetDocument document, IReadOnlyList<JurisdictionProfile>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        profiles ??= JurisdictionProfiles.All;
        foreach (var (label, text) in Named(document))
            foreach (var p in profiles)
                foreach (var place in p.Places)
                    if (text.Contains(place, StringComparison.Ordinal))
                        return new JurisdictionMatch(p, $"{label}“{Short(text)}”中的“{place}”");

        var counts = profiles.Select(p => (Profile: p, Count: Count(document, p))).OrderByDescending(x => x.Count).ToList();
        if (counts.Count == 0 || counts[0].Count < 2) return null;
        var second = counts.Count > 1 ? counts[1].Count : 0;
        if (counts[0].Count <= 2 * second) return null;
        return new JurisdictionMatch(counts[0].Profile, $"正文中{counts[0].Profile.Name}的地名出现{counts[0].Count}次");
    }

    private static IEnumerable<(string Label, string Text)> Named(TargetDocument d)
    {
        if (d.Disclosure?.Title is { Length: > 0 } title) yield return ("标题", JurisdictionText.Compact(title));
        if (d.Department?.Name is { Length: > 0 } name) yield return ("单位名称", JurisdictionText.Compact(name));
    }

    private static int Count(TargetDocument d, JurisdictionProfile p)
    {
        // Only the shortest spellings are counted (西安 covers 西安市), so one mention is not counted twice.
        var words = p.Places.Where(w => !p.Places.Any(o => o != w && w.Contains(o, StringComparison.Ordinal))).ToArray();
        var n = 0;
        foreach (var text in Texts(d))
            foreach (var w in words)
                for (var i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + w.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static IEnumerable<string> Texts(TargetDocument d)
    {
        if (d.Disclosure is { } disclosure)
            foreach (var p in disclosure.Paragraphs.Take(ParagraphsCounted)) yield return p.Text;
        foreach (var p in d.Projects)
        {
            yield return p.Name;
            foreach (var g in p.Goals) yield return g;
        }
        if (d.Overall is { } o)
            foreach (var g in o.Goals) yield return g;
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
