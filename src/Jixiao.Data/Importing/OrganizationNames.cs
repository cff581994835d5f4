using System.Text;

namespace Jixiao.Data.Importing;

/// <summary>
/// Whether the department a file names is the department (or unit) it is being filed under. Real files name their
/// department a little differently from the register (“市司法局”, “某某市司法局（本级）”, “某某市司法局部门”), so the
/// names are normalised and compared by containment; only a name that clearly differs — another department
/// (福州市民政局 under 司法局) or the same kind of department of another place (秦皇岛市抚宁区司法局 under 某某市司法局) —
/// gives a warning. It is a warning for the user to confirm, never a refusal: the register may be the one that is out of date.
/// </summary>
public static class OrganizationNames
{
    /// <summary>Words around an organisation's name that do not change which body it is.</summary>
    private static readonly string[] Noise = ["部门本级", "（本级）", "(本级)", "本级", "部门预算", "部门", "机关", "草案", "（", "）", "(", ")"];

    /// <summary>Place words that alone (市司法局, 区教育局) say “this jurisdiction”.</summary>
    private static readonly string[] LevelWords = ["省", "市", "区", "县", "州", "旗", "盟", "本市", "本区", "本县", "全市", "全区", "全县"];

    /// <summary>
    /// Null when <paramref name="fileName"/> plausibly names the chosen department or unit (or names nothing);
    /// otherwise the Chinese warning to show, naming both.
    /// </summary>
    public static string? Mismatch(string? fileName, string jurisdiction, string department, string? unit)
    {
        var file = Normalise(fileName);
        if (file.Length == 0) return null;
        var place = Normalise(jurisdiction);
        foreach (var candidate in new[] { department, unit })
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            var core = WithoutPlace(Normalise(candidate), place);
            if (core.Length == 0) continue;
            var at = file.IndexOf(core, StringComparison.Ordinal);
            if (at < 0) continue;
            if (SamePlace(file[..at], place)) return null;
        }
        var target = unit is { Length: > 0 } && unit != department ? $"“{department}”下的“{unit}”" : $"“{department}”";
        return $"文件写明的部门是“{fileName!.Trim()}”，与要导入到的{target}名称不一致。请核对是否选错了文件或单位；确认无误才继续导入。";
    }

    /// <summary>Full-width letters folded, spaces, punctuation and the words in <see cref="Noise"/> removed.</summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var folded = name.Normalize(NormalizationForm.FormKC);
        foreach (var word in Noise) folded = folded.Replace(word, "", StringComparison.Ordinal);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>某某市司法局 → 司法局 in 某某市 (the register's names usually carry the jurisdiction's name).</summary>
    private static string WithoutPlace(string name, string place)
    {
        if (place.Length > 0 && name.StartsWith(place, StringComparison.Ordinal) && name.Length > place.Length) return name[place.Length..];
        var stem = Stem(place);
        if (stem.Length > 0 && name.StartsWith(stem, StringComparison.Ordinal) && name.Length > stem.Length) return name[stem.Length..].TrimStart('市', '区', '县');
        return name;
    }

    /// <summary>What comes before the department's name in the file is nothing, a level word, or the jurisdiction itself.</summary>
    private static bool SamePlace(string prefix, string place)
    {
        if (prefix.Length == 0 || LevelWords.Contains(prefix)) return true;
        if (place.Length == 0) return false;
        // 某某市, 河北省某某市, 某某区 — the jurisdiction's own name, perhaps with the province before it or another level word.
        var stem = Stem(place);
        var bare = Stem(prefix);
        return prefix.EndsWith(place, StringComparison.Ordinal) || (stem.Length >= 2 && bare.EndsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>某某市 → 某某 (the name without its level word).</summary>
    private static string Stem(string place)
    {
        foreach (var level in new[] { "自治州", "自治县", "自治区", "地区", "省", "市", "区", "县", "州", "旗", "盟" })
            if (place.Length > level.Length && place.EndsWith(level, StringComparison.Ordinal)) return place[..^level.Length];
        return place;
    }
}
