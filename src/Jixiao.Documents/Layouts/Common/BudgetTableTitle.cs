namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// Recognises the title of a 部门预算公开 table by the ministry's standard names and their variants: the nine tables
/// (部门预算收支总表 … 财政拨款“三公”经费支出表, with or without 部门预算 / 部门 in front, also 项目支出表) and the
/// disclosure's other tables (政府采购预算, 固定资产 / 国有资产占用, 机关运行经费). A title alone is not enough: the
/// reader also requires a table under it.
/// </summary>
internal static class BudgetTableTitle
{
    private const int MaxLength = 40;

    /// <summary>Words that, in a title ending in 表, make it a budget table.</summary>
    private static readonly string[] TableWords = ["收支", "收入", "支出", "经费", "资产", "采购", "拨款", "预算"];

    /// <summary>Names that are budget tables even without 表 at the end (部门政府采购预算).</summary>
    private static readonly string[] StandaloneNames = ["政府采购预算", "机关运行经费", "国有资产占用", "固定资产占用"];

    /// <summary>The title as printed (Markdown marks and bold removed), or null when the line is not one.</summary>
    public static string? Read(string line)
    {
        // Cheap span checks first: this runs on every line of the document.
        if (line.Length > 80 || !MayNameTable(line) || line.Contains('\t') && TableRowCells.IsTableLine(line) || TableOfContentsLine.Is(line)) return null;
        var prose = ProseLine.From(new Text.SourceLine(0, line));
        var title = prose.Text;
        if (title.Length is 0 or > MaxLength || title.Contains('。') || title.Contains('，')) return null;
        var name = TableRowCells.Compact(prose.Content);
        // Project target tables (…绩效目标表) and the 整体支出绩效目标申报表 belong to other readers.
        if (name.Contains("绩效", StringComparison.Ordinal) || name.EndsWith("申报表", StringComparison.Ordinal)) return null;
        var isTable = false;
        if (name.EndsWith('表'))
            foreach (var word in TableWords)
                isTable |= name.Contains(word, StringComparison.Ordinal);
        foreach (var standalone in StandaloneNames)
            isTable |= name.EndsWith(standalone, StringComparison.Ordinal) || name.EndsWith(standalone + "表", StringComparison.Ordinal);
        return isTable ? title : null;
    }

    /// <summary>表, or a character every standalone name has (采购, 运行, 占用): one vectorised pass over the line.</summary>
    private static readonly System.Buffers.SearchValues<char> CandidateChars = System.Buffers.SearchValues.Create("表采运占");

    private static bool MayNameTable(string line)
    {
        if (!line.AsSpan().ContainsAny(CandidateChars)) return false;
        if (line.Contains('表')) return true;
        foreach (var standalone in StandaloneNames)
            if (line.Contains(standalone, StringComparison.Ordinal)) return true;
        return false;
    }
}
