using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// What a line without tabs is, between and around the tables: a heading, a project table's title, the
/// 单位 line, a budget unit line (<c>315001 秦皇岛市抚宁区司法局本级</c>) or a repeated page header.
/// </summary>
internal static class SourceLines
{
    /// <summary>The line's text without Markdown heading marks, markup and wrap spaces.</summary>
    public static string Plain(string text)
    {
        var s = text.AsSpan().Trim();
        var hashes = 0;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes > 0 && (hashes == s.Length || char.IsWhiteSpace(s[hashes]))) s = s[hashes..];
        return CellText.Clean(s);
    }

    /// <summary>A Markdown heading (# …) as the PDF conversion prints section titles.</summary>
    public static bool IsHeading(string text)
    {
        var s = text.AsSpan().TrimStart();
        return s.Length > 1 && s[0] == '#';
    }

    /// <summary>The title of a project table: "1.公共法律服务绩效目标表", "16、2023 年…绩效目标表" (a line without tabs).</summary>
    public static bool IsProjectTitle(string text) => text.Contains("绩效目标表", StringComparison.Ordinal);

    /// <summary>单位：万元 / 单位：元.</summary>
    public static bool TryMoneyUnit(string plain, out MoneyUnit unit)
    {
        unit = default;
        if (!(plain.StartsWith("单位：", StringComparison.Ordinal) || plain.StartsWith("单位:", StringComparison.Ordinal))) return false;
        var found = MoneyUnits.FromChinese(plain[3..]);
        if (found is null) return false;
        unit = found.Value;
        return true;
    }

    /// <summary>
    /// A budget unit or department line: a code of 3 to 12 digits, then the name (<c>315001 秦皇岛市抚宁区司法局本级</c>,
    /// <c>324 承德市司法局</c>). The name starts with a Chinese character other than 年/月/日 (so "2024 年部门预算…"
    /// is no unit) and has no digits or colon.
    /// </summary>
    public static bool TryCodeAndName(string plain, out string code, out string name)
    {
        code = name = "";
        var s = plain.AsSpan();
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is < 3 or > 12) return false;
        var rest = s[digits..].Trim();
        if (rest.IsEmpty || rest.Length > 40 || !CellText.IsChinese(rest[0]) || rest[0] is '年' or '月' or '日' or '、' or '。' or '，') return false;
        foreach (var c in rest)
            if (char.IsDigit(c) || c is '：' or ':' || c == '\t') return false;
        if (rest.IndexOf("绩效目标表") >= 0) return false;
        code = s[..digits].ToString();
        name = rest.ToString();
        return true;
    }

    /// <summary>Lines a PDF repeats at the top or bottom of every page; inside a table they are skipped.</summary>
    public static bool IsPageHeader(string plain)
    {
        if (TryMoneyUnit(plain, out _) || TryCodeAndName(plain, out _, out _)) return true;
        if (plain.StartsWith("预算年度", StringComparison.Ordinal)) return true;
        return IsPageNumber(plain);
    }

    /// <summary>"12", "- 12 -", "第 12 页", "第 3 页 共 57 页".</summary>
    private static bool IsPageNumber(string plain)
    {
        var hasDigit = false;
        foreach (var c in plain)
        {
            if (char.IsAsciiDigit(c)) { hasDigit = true; continue; }
            if (c is '-' or '—' or '第' or '页' or '共' or '/' || char.IsWhiteSpace(c)) continue;
            return false;
        }
        return hasDigit;
    }
}
