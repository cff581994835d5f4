using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// Finds the budget year (预算年度) a document is for when it may not print one. In order:
/// <list type="number">
/// <item>a printed year: "预算年度：2024", "2024年度部门预算", "2024年部门预算";</item>
/// <item>the year the targets themselves are written for: the year (a four-digit 19xx/20xx followed by 年)
/// used most often in the projects' 绩效目标 and indicator cells (三级指标, 描述, 指标值, 指标值确定依据 —
/// "2023年工作计划", "2024年12月31日前"); a tie goes to the later year;</item>
/// <item>the latest year in the project names (funds are named for the year they are budgeted in or an
/// earlier one: "2024年提前下达…", "2023年第二批…").</item>
/// </list>
/// Document numbers such as 冀财政法【2021】62号 carry no 年 and are never counted.
/// </summary>
public static class FiscalYearInference
{
    public static int? Infer(IReadOnlyList<SourceLine> lines, IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(projects);
        foreach (var line in lines)
        {
            var printed = PrintedYear(line.Text);
            if (printed is not null) return printed;
        }

        var counts = new Dictionary<int, int>();
        foreach (var p in projects)
        {
            foreach (var g in p.Goals) CountYears(g, counts);
            foreach (var ind in p.Indicators)
            {
                CountYears(ind.Name, counts);
                CountYears(ind.Description, counts);
                CountYears(ind.Value, counts);
                CountYears(ind.Basis, counts);
            }
        }
        int? best = null;
        var bestCount = 0;
        foreach (var (year, count) in counts)
            if (count > bestCount || (count == bestCount && year > best))
            {
                best = year;
                bestCount = count;
            }
        if (best is not null) return best;

        var names = new Dictionary<int, int>();
        foreach (var p in projects) CountYears(p.Name, names);
        return names.Count == 0 ? null : names.Keys.Max();
    }

    /// <summary>"预算年度：2024" / "预算年度:2023" / "2024年度部门预算" / "2024年部门预算" → the year.</summary>
    public static int? PrintedYear(string line)
    {
        var span = line.AsSpan();
        var at = span.IndexOf("预算年度", StringComparison.Ordinal);
        if (at >= 0)
        {
            var rest = span[(at + 4)..].TrimStart();
            if (rest.Length > 0 && (rest[0] == '：' || rest[0] == ':')) rest = rest[1..].TrimStart();
            if (rest.Length >= 4 && YearAt(rest, 0) is { } y) return y;
        }
        foreach (var suffix in (ReadOnlySpan<string>)["年度部门预算", "年部门预算"])
        {
            var s = span.IndexOf(suffix, StringComparison.Ordinal);
            if (s < 0) continue;
            var end = s;
            while (end > 0 && span[end - 1] == ' ') end--;
            if (end >= 4 && YearAt(span, end - 4) is { } y && (end == 4 || !char.IsAsciiDigit(span[end - 5]))) return y;
        }
        return null;
    }

    /// <summary>Counts every "YYYY年" (or "YYYY 年") in the text.</summary>
    public static void CountYears(string? text, Dictionary<int, int> counts)
    {
        if (text is null) return;
        var span = text.AsSpan();
        for (var i = span.IndexOf('年'); i >= 0; i = NextYearMark(span, i))
        {
            var end = i;
            while (end > 0 && span[end - 1] == ' ') end--;
            if (end < 4 || (end > 4 && char.IsAsciiDigit(span[end - 5]))) continue;
            if (YearAt(span, end - 4) is { } y)
                counts[y] = counts.GetValueOrDefault(y) + 1;
        }
    }

    private static int NextYearMark(ReadOnlySpan<char> span, int after)
    {
        var next = span[(after + 1)..].IndexOf('年');
        return next < 0 ? -1 : after + 1 + next;
    }

    private static int? YearAt(ReadOnlySpan<char> span, int start)
    {
        if (start < 0 || start + 4 > span.Length) return null;
        var year = 0;
        for (var k = start; k < start + 4; k++)
        {
            if (!char.IsAsciiDigit(span[k])) return null;
            year = year * 10 + (span[k] - '0');
        }
        return year is >= 1990 and <= 2099 ? year : null;
    }
}
