using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 按表格自己的表头和表名给表格分类（issue 21）：不看文件、城市或页码，只看表头单元格的意义和表上方的表名。
/// 次序：表头写完成情况的是自评/监控表；表名说明是整体、自评、监控的照表名；指标表头里有“项目名称”一列的是
/// 多项目宽表；有指标表头、表内有“项目名称｜×××”标签对（或表名说是项目绩效目标表）的是一项目一表；只有指标表头的
/// 是指标表（表单的续表）；没有指标表头的，表头有科目、收支、合计字样的是预算公开表。
/// </summary>
public sealed class TableClassifier(HeaderVocabulary vocabulary)
{
    public static TableClassifier Default { get; } = new(HeaderVocabulary.Default);

    public ClassifiedTable Classify(GridDocument document, GridTable table)
    {
        var header = TableHeader.FindIndicatorHeader(table, vocabulary: vocabulary);
        var title = TitleKind(document, table);
        var kind = Kind(table, header, title);
        return new ClassifiedTable(table, kind, header);
    }

    public IReadOnlyList<ClassifiedTable> Classify(GridDocument document) =>
        [.. document.Tables.Select(t => Classify(document, t))];

    private TableKind Kind(GridTable table, TableHeader? header, TableKind? title)
    {
        if (header is { IsOutcome: true })
            return header.Has(TableColumn.Progress) && !header.Has(TableColumn.Score) ? TableKind.Monitoring : TableKind.SelfEvaluation;
        if (title is TableKind.SelfEvaluation or TableKind.Monitoring or TableKind.Overall) return title.Value;
        if (header is not null)
        {
            if (header.Has(TableColumn.ProjectName)) return TableKind.WideProject;
            return HasLabel(table, "ProjectName", header.Row) || title == TableKind.Project ? TableKind.Project : TableKind.Indicators;
        }
        // Without an indicator header a table is a project form only when its title says so (the indicators follow
        // on a table of their own); a 项目名称 | 项目类别 | 合计 header is a budget table's.
        if (title == TableKind.Project && HasLabel(table, "ProjectName", table.RowCount)) return TableKind.Project;
        if (IsBudget(table)) return TableKind.Budget;
        return TableKind.Other;
    }

    /// <summary>表上方的表名，或表格首行只有一格文字时那一格（有的表把表名画在表里）。</summary>
    private TableKind? TitleKind(GridDocument document, GridTable table)
    {
        foreach (var text in document.TextAbove(table))
            if (vocabulary.KindOfTitle(text) is { } kind) return kind;
        if (table.RowCount > 0 && table.OwnTexts(0) is [var only] && vocabulary.KindOfTitle(only) is { } inside) return inside;
        return null;
    }

    /// <summary>表头行之前有一格是某个表单标签（如“项目名称”），且它右边还有内容。</summary>
    private bool HasLabel(GridTable table, string meaning, int beforeRow)
    {
        foreach (var cell in table.Cells)
        {
            if (cell.Row >= beforeRow || cell.IsEmpty) continue;
            if (vocabulary.FormLabel(cell.Text) != meaning) continue;
            // The value beside the label, not another column name (项目名称 | 项目类别 heads a budget table).
            var value = table.TextAt(cell.Row, cell.LastColumn + 1);
            if (value.Length > 0 && vocabulary.Recognize(value) is null && vocabulary.FormLabel(value) is null) return true;
        }
        return false;
    }

    /// <summary>前三行里有两处科目、收支、合计之类的字样（词表 budgetHeaderWords）：预算公开表。</summary>
    private bool IsBudget(GridTable table)
    {
        var hits = 0;
        for (var r = 0; r < Math.Min(3, table.RowCount); r++)
            foreach (var text in table.OwnTexts(r))
            {
                var n = TextNormalizer.RemoveWhitespace(text);
                if (n.Length <= 12 && vocabulary.BudgetHeaderWords.Any(w => n.Contains(w, StringComparison.Ordinal))) hits++;
            }
        return hits >= 2;
    }
}

/// <summary>一张分了类的表：种类和（若有）它的指标表头。</summary>
public sealed record ClassifiedTable(GridTable Table, TableKind Kind, TableHeader? Header);
