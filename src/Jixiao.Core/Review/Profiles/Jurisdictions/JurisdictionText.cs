namespace Jixiao.Core.Review.Profiles.Jurisdictions;

/// <summary>
/// Text compared with a profile's words: spaces (full- and half-width) removed, so “2022 年部门 综合预算” matches, and
/// half-width brackets read as full-width ones (…明细表(按支出功能分类科目) as …明细表（按支出功能分类科目）).
/// </summary>
internal static class JurisdictionText
{
    public static string Compact(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) b.Append(c switch { '(' => '（', ')' => '）', _ => c });
        return b.ToString();
    }
}
