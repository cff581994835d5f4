using Jixiao.Core.Model.Disclosure;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// The lines that name a table on their own: one cell (a 目录 row “表9⇥…收支表⇥是⇥不涉及” has tabs, a 目录 entry has dot
/// leaders and a page number; neither is the table), not numbered (“一、收支总表” is a list of tables — 北京's explanation
/// lists the tables of its companion file that way — not a table's own title), at most 60 characters, no sentence punctuation, and 表 at the end
/// or followed only by a bracketed qualifier (…明细表（按支出功能分类科目）, …收支表（不含上年结转）). Kept for R-DOC-001,
/// which compares them with the jurisdiction's table names, so a table the readers could not read still counts as printed.
/// A title broken over two lines (“…政府采购（资产配置、购买服务）” / “预算表（不含上年结转）”) is joined. A 报表目录 row that
/// lists a table as empty with its reason (表11⇥…⇥是⇥不涉及) is kept too, marked <see cref="PrintedTitle.ListedEmpty"/>.
/// </summary>
internal static class PrintedTableTitles
{
    private const int MaxLength = 60;

    public static IReadOnlyList<PrintedTitle> Find(IReadOnlyList<SourceLine> lines)
    {
        var found = new List<PrintedTitle>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (ListedEmpty(line.Text) is { } empty)
            {
                found.Add(new PrintedTitle(empty, line.Number) { ListedEmpty = true });
                continue;
            }
            // The first half of a title broken over two lines need not hold 表 (…政府采购（资产配置、购买服务） / 预算表（不含上年结转）).
            if (Candidate(line.Text, needsTable: false) is not { Length: >= 4 } t) continue;
            var next = i + 1 < lines.Count ? Candidate(lines[i + 1].Text, needsTable: false) : null;
            // The qualifier printed on the line below (…支出明细表 / （按支出经济分类科目-不含上年结转）): one title.
            if (!t.Contains('表') && !(next is { Length: <= 20 } r0 && IsTitleShape(t + r0))) continue;
            if (IsTitleShape(t) && next is { Length: > 2 } q && q[0] is '（' or '(' && q[^1] is '）' or ')') found.Add(new PrintedTitle(t + q, line.Number));
            else if (IsTitleShape(t)) found.Add(new PrintedTitle(t, line.Number));
            else if (next is { Length: <= 20 } rest && IsTitleShape(t + rest))
                found.Add(new PrintedTitle(t + rest, line.Number));
        }
        return found;
    }

    /// <summary>The line's text when it may be (part of) a title: one cell, short, no sentence punctuation, not numbered.</summary>
    private static string? Candidate(string text, bool needsTable = true)
    {
        if (text.Length > 120 || (needsTable && !text.Contains('表')) || text.Contains('\t') || TableOfContentsLine.Is(text)) return null;
        var t = text.Trim().TrimStart('#', '*', ' ').TrimEnd('*', ' ');
        if (t.Length is < 2 or > MaxLength || t.Contains('。') || t.Contains('，') || t.Contains('；') || t.Contains('：')) return null;
        if (needsTable && t.Length < 4) return null;
        return ProseLines.StartsNumbered(t) ? null : t;
    }

    /// <summary>表N⇥title⇥是⇥reason: the title of a table the 目录 lists as empty, else null.</summary>
    private static string? ListedEmpty(string text)
    {
        if (!text.Contains('\t') || !text.TrimStart().StartsWith('表')) return null;
        var cells = text.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        if (cells.Length < 4 || cells[2] != "是" || !cells[1].Contains('表')) return null;
        return cells[1];
    }

    /// <summary>表 last, or 表 followed by one bracketed qualifier.</summary>
    private static bool IsTitleShape(string t)
    {
        if (t.EndsWith('表')) return true;
        var last = t.LastIndexOf('表');
        if (last < 0 || last + 1 >= t.Length || t[last + 1] is not ('（' or '(')) return false;
        return t[^1] is '）' or ')';
    }
}
