using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// The department, fiscal year and money unit of a PDF-derived document.
/// <list type="bullet">
/// <item>预算年度: the first <c>预算年度：2024</c> line gives the year; the code-and-name line printed just above it
/// (<c>324 承德市司法局</c>) gives the department.</item>
/// <item>Otherwise the cover (the lines before 目录): the first line with a year followed by 年 and the word 预算
/// (<c>2022 年部门预算绩效文本</c>) gives the year; the department is the text before the year on that line, or
/// else the name printed on the line above it (<c>秦皇岛市抚宁区司法局</c>), without a code.</item>
/// <item>单位: the first <c>单位：万元</c> / <c>单位：元</c> line of the document.</item>
/// </list>
/// </summary>
internal sealed record DocumentHeader(Department? Department, int? FiscalYear, MoneyUnit? MoneyUnit)
{
    /// <summary>How far the cover can reach when the document prints no 目录.</summary>
    private const int CoverLines = 40;

    public static DocumentHeader Read(IReadOnlyList<SourceLine> lines)
    {
        Department? department = null;
        int? year = null;
        MoneyUnit? unit = null;
        string? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (text.Contains('\t', StringComparison.Ordinal)) { previous = null; continue; }
            var mayBeUnit = unit is null && text.Contains("单位", StringComparison.Ordinal);
            var mayBeYear = year is null && text.Contains("预算年度", StringComparison.Ordinal);
            if (mayBeUnit || mayBeYear)
            {
                var plain = SourceLines.Plain(text);
                if (mayBeUnit && SourceLines.TryMoneyUnit(plain, out var u)) unit = u;
                if (mayBeYear && TryBudgetYear(plain, out var y))
                {
                    year = y;
                    if (previous is not null && SourceLines.TryCodeAndName(SourceLines.Plain(previous), out var code, out var name))
                        department = new Department(code, name);
                }
            }
            if (unit is not null && year is not null) break;
            previous = text;
        }
        if (year is null || department is null)
        {
            var (coverDepartment, coverYear) = ReadCover(lines);
            year ??= coverYear;
            department ??= coverDepartment;
        }
        return new DocumentHeader(department, year, unit);
    }

    private static (Department?, int?) ReadCover(IReadOnlyList<SourceLine> lines)
    {
        string? previous = null;
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < CoverLines; i++)
        {
            var text = lines[i].Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            seen++;
            var plain = SourceLines.Plain(text);
            if (plain is "目录" or "目次") break;
            var at = YearBeforeNian(plain, out var year);
            if (at >= 0 && plain.Contains("预算", StringComparison.Ordinal))
            {
                var before = plain[..at].Trim();
                var name = before.Length > 0 ? before : previous;
                return (IsDepartmentName(name) ? new Department(null, name!) : null, year);
            }
            previous = plain;
        }
        return (null, null);
    }

    /// <summary>预算年度：2024 (full- or half-width colon).</summary>
    private static bool TryBudgetYear(string plain, out int year)
    {
        year = 0;
        var at = plain.IndexOf("预算年度", StringComparison.Ordinal);
        if (at != 0) return false;
        var rest = plain.AsSpan(4).TrimStart();
        if (rest.IsEmpty || rest[0] is not ('：' or ':')) return false;
        rest = rest[1..].TrimStart();
        return rest.Length >= 4 && int.TryParse(rest[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && (rest.Length == 4 || !char.IsAsciiDigit(rest[4]));
    }

    /// <summary>Index of a four-digit year (19xx/20xx) followed by 年, -1 when none.</summary>
    private static int YearBeforeNian(string plain, out int year)
    {
        year = 0;
        for (var i = 0; i + 4 <= plain.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(plain[i - 1])) continue;
            var span = plain.AsSpan(i, 4);
            if (!(span.StartsWith("19") || span.StartsWith("20"))) continue;
            if (!char.IsAsciiDigit(span[2]) || !char.IsAsciiDigit(span[3])) continue;
            var after = plain.AsSpan(i + 4).TrimStart();
            if (after.IsEmpty || after[0] != '年') continue;
            year = (span[0] - '0') * 1000 + (span[1] - '0') * 100 + (span[2] - '0') * 10 + (span[3] - '0');
            return i;
        }
        return -1;
    }

    /// <summary>A plain name: Chinese, no digits, not a title (目录, 草案 …).</summary>
    private static bool IsDepartmentName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 40 || !CellText.IsChinese(name[0])) return false;
        foreach (var c in name)
            if (char.IsDigit(c) || c is '（' or '(' or '：' or ':') return false;
        return true;
    }
}
