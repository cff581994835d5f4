using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-009: a table published with no figures and without the note that it is empty (本表无数据, 空表列示).
/// The note is looked for in the title, the headers and the rows (the table reader keeps a "注：…" line
/// under a table as a row of the table).
/// </summary>
public sealed class R_BUD_009_EmptyTableWithoutNote : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.EmptyTableWithoutNote, RuleFamily.BudgetTables, Severity.Warning,
        "空表未说明",
        "“{0}”没有数据，也没有注明为空表",
        RuleSources.Clause(RuleSources.Doc143, "没有数据的表格应列示空表并说明"));

    public RuleDescriptor Descriptor => Rule;

    private static readonly string[] NoteWords = ["空表", "无数据", "本表无", "无此项", "没有数据", "未安排", "不涉及"];

    public void Review(ReviewContext context)
    {
        foreach (var t in context.BudgetTables)
        {
            if (!t.HasNoAmounts() || HasNote(t)) continue;
            context.Report(Rule, FindingLocationOf.Table(t), Rule.Format(t.Table.Title), FindingFingerprint.Content(t.Table.Title, "empty"),
                suggestion: "在表下注明“本表无数据”或“无…预算，空表列示”");
        }
    }

    private static bool HasNote(BudgetTableView t)
    {
        if (ReviewText.ContainsAny(t.Title, NoteWords)) return true;
        foreach (var h in t.Headers)
            if (ReviewText.ContainsAny(h, NoteWords)) return true;
        foreach (var row in t.Cells)
            foreach (var c in row)
                if (c.Length > 0 && (ReviewText.ContainsAny(c, NoteWords) || (c.TrimStart('(', '（').StartsWith("注", StringComparison.Ordinal)
                    && (c.Contains('无') || c.Contains("没有", StringComparison.Ordinal))))) return true;
        return false;
    }
}
