using Jixiao.Core.Model.Disclosure;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// The step every layout calls to read the text of a budget disclosure (部门预算公开 / 单位预算公开): whose budget it is,
/// the parts present, the paragraphs (line and page breaks joined) and the figures the explanation states. Returns
/// null when the text has neither a disclosure title, nor an explanation part, nor three budget-table titles, so
/// documents that are only project target tables carry no disclosure.
/// </summary>
public static class DisclosureReader
{
    public static DisclosureText? Read(SourceText text, int? fiscalYear = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (scope, title, titleLine, titleYear) = DisclosureTitle.Read(text.Lines);
        var year = fiscalYear ?? titleYear;
        var hiddenText = HiddenLines.Find(text);
        // Lines outside the page are not read, whether or not their words are shown on another page.
        var hidden = HiddenLines.Outside(text).Select(h => h.Text.SourceLine).ToHashSet();
        hidden.UnionWith(HiddenLines.RepeatedFromPreviousPage(text));
        var paragraphs = ProseJoiner.Join(text.Lines, hidden);

        var sections = new List<DisclosureSection>();
        var outParagraphs = new List<DisclosureParagraph>();
        var statements = new List<ExplanationStatement>();
        DisclosureSectionKind? current = null;
        string? heading = null;
        foreach (var p in paragraphs)
        {
            var t = p.Text;
            if (p.IsHeading)
            {
                heading = t;
                // A table's title ends with 表 (机关运行经费预算表); “（一）机关运行经费” is the text's own heading.
                var isTable = BudgetTableTitle.Read(t) is not null && t.TrimEnd().EndsWith('表');
                var kind = SectionHeadings.KindOf(t);
                if (kind is { } k)
                {
                    // A table's title names its table, not a part of the text (机关运行经费预算表 is a table).
                    if (!isTable) sections.Add(new DisclosureSection(k, t, p.FirstLine));
                    current = isTable ? null : k;
                }
                else if (isTable || ProseLines.StartsNumbered(t) && !IsSubNumbering(t)) current = null;
                outParagraphs.Add(new DisclosureParagraph(t, p.FirstLine, p.LastLine) { IsHeading = true, Section = current });
                continue;
            }
            // A heading run into the paragraph before it (…3.00万元。五、国有资产占有使用情况): the paragraph ends at the full
            // stop and the heading opens its part.
            var embedded = EmbeddedHeadings.AtEnd(t);
            outParagraphs.Add(new DisclosureParagraph(embedded is null ? t : t[..^embedded.Length], p.FirstLine, p.LastLine) { Section = current });
            if (embedded is not null)
            {
                var k = SectionHeadings.KindOf(embedded);
                if (k is not null) sections.Add(new DisclosureSection(k.Value, embedded, p.LastLine));
                current = k;
                outParagraphs.Add(new DisclosureParagraph(embedded, p.LastLine, p.LastLine) { IsHeading = true, Section = current });
            }
            statements.AddRange(StatementParser.Parse(p, year, heading));
            heading = null;
        }

        // A disclosure says so: its title, an explanation part, or several budget tables (a 绩效目标 heading alone is not one).
        var tableTitles = text.Lines.Count(l => BudgetTableTitle.Read(l.Text) is not null);
        if (scope == DisclosureScope.Unknown && !sections.Any(s => s.Kind == DisclosureSectionKind.Explanation) && tableTitles < 3) return null;
        return new DisclosureText
        {
            Scope = scope,
            Title = title,
            TitleLine = titleLine,
            Sections = sections,
            Paragraphs = outParagraphs,
            Statements = statements,
            Hidden = hiddenText,
            BlankPages = HiddenLines.BlankPages(text),
            PrintedTitles = PrintedTableTitles.Find(text.Lines),
        };
    }

    /// <summary>（一） 1. (2): a sub-heading, which stays inside the part above it.</summary>
    private static bool IsSubNumbering(string heading) => heading.Length > 0 && heading[0] is '（' or '(' || char.IsAsciiDigit(heading[0]);
}
