using System.Text.Json;

namespace Jixiao.Documents.Vocabulary;

/// <summary>
/// 预算公开表在中性模型里读取时用到的字样（词表的 budgetTables 一节）：科目编码列的表头、合计行的标签、页面杂项、
/// 栏次行的标签、表下附注的开头。比对前去掉空白。
/// </summary>
public sealed class BudgetTableWords
{
    internal BudgetTableWords(JsonElement section)
    {
        CodeHeaders = Strings(section, "codeHeaders");
        TotalLabels = Strings(section, "totalLabels");
        Furniture = Strings(section, "furniture");
        ColumnNumberLabels = Strings(section, "columnNumberLabels");
        NoteStarts = Strings(section, "noteStarts");
    }

    public IReadOnlyList<string> CodeHeaders { get; }
    public IReadOnlyList<string> TotalLabels { get; }
    public IReadOnlyList<string> Furniture { get; }
    public IReadOnlyList<string> ColumnNumberLabels { get; }
    public IReadOnlyList<string> NoteStarts { get; }

    /// <summary>表头（去空白后）说这一列印科目编码。</summary>
    public bool IsCodeHeader(string compactHeader) => CodeHeaders.Any(w => compactHeader.Contains(w, StringComparison.Ordinal));

    /// <summary>合计、总计之类（前面的“一、”编号不算）。</summary>
    public bool IsTotalLabel(string compact) => TotalLabels.Contains(compact, StringComparer.Ordinal);

    /// <summary>单位：万元、编制部门：…之类的页面杂项。</summary>
    public bool IsFurniture(string compact) =>
        Furniture.Any(w => compact.StartsWith(w, StringComparison.Ordinal) || w.EndsWith('：') && compact.Contains(w, StringComparison.Ordinal) || w.EndsWith(':') && compact.Contains(w, StringComparison.Ordinal));

    public bool IsColumnNumberLabel(string compact) => ColumnNumberLabels.Contains(compact, StringComparer.Ordinal);

    /// <summary>注：…，（注：…）。</summary>
    public bool IsNote(string compact)
    {
        var t = compact.TrimStart('（', '(');
        return NoteStarts.Any(w => t.StartsWith(w, StringComparison.Ordinal));
    }

    private static string[] Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(v => v.GetString()!)] : [];
}
