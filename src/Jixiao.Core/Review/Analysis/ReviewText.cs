using System.Text;

namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// Text as the rules compare it: NFKC (full-width ％ ＞ become % &gt;), whitespace and inline markup
/// (<c>&lt;b&gt;</c>, <c>**</c>, <c>&lt;p&gt;</c>) removed, because PDF extraction splits words across lines
/// ("法律援助咨 询数") and the same words must compare equal.
/// </summary>
public static class ReviewText
{
    private static readonly string[] Markup = ["<b>", "</b>", "<p>", "</p>", "**"];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var t = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var needsWork = false;
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c) || c == '<' || c == '*') { needsWork = true; break; }
        }
        if (!needsWork) return t;
        foreach (var m in Markup)
            if (t.Contains(m, StringComparison.Ordinal)) t = t.Replace(m, "", StringComparison.Ordinal);
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Trailing punctuation (。；，.;,：:) removed, for comparing sentences.</summary>
    public static string TrimPunctuation(string normalized) => normalized.Trim('。', '；', '，', '.', ';', ',', '：', ':', '、');

    public static bool ContainsAny(string text, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (text.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    /// <summary>Words that mean "not applicable" in a template row (不涉及, 无, /, —).</summary>
    public static bool IsNotApplicable(string normalized) =>
        normalized is "不涉及" or "无" or "不适用" or "/" or "—" or "-" or "——" or "无此项";
}
