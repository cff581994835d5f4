namespace Jixiao.Core.Review;

/// <summary>
/// Where a finding is (FORMAT.md "where"): in a target table (project 1-based, 0 = the department-wide
/// target; indicator 1-based; field), or in a budget table (title, row, column, code); plus the source line.
/// </summary>
public sealed record FindingLocation
{
    /// <summary>1-based project; 0 = 部门整体绩效目标; null for budget tables and the document as a whole.</summary>
    public int? Project { get; init; }
    /// <summary>1-based indicator within the project.</summary>
    public int? Indicator { get; init; }
    /// <summary>The field: value, name, description, basis, weight, goals, budget, spendingPlan, code …</summary>
    public string? Field { get; init; }
    /// <summary>Budget table title.</summary>
    public string? Table { get; init; }
    /// <summary>1-based position in the budget table's rows.</summary>
    public int? Row { get; init; }
    /// <summary>Budget table column header.</summary>
    public string? Column { get; init; }
    /// <summary>功能分类 / 经济分类 code of the row.</summary>
    public string? Code { get; init; }
    /// <summary>1-based source line, 0 when unknown.</summary>
    public int SourceLine { get; init; }
    /// <summary>Last source line of the text concerned when it spans several (a sentence broken over lines or pages); 0 otherwise.</summary>
    public int EndLine { get; init; }
    /// <summary>The words of the disclosure text the finding is about, as printed (line breaks joined).</summary>
    public string? Quote { get; init; }
    /// <summary>
    /// 1-based page of the original for a finding about a page itself, which has no line to point at (a blank page);
    /// 0 otherwise. Findings on text carry their line, and the page comes from the line.
    /// </summary>
    public int Page { get; init; }

    public static FindingLocation ForDocument(string? field = null) => new() { Field = field };

    /// <summary>A page of the original as a whole (a blank page).</summary>
    public static FindingLocation ForPage(int page) => new() { Field = "page", Page = page };

    public static FindingLocation ForProject(int project, string? field, int sourceLine = 0) =>
        new() { Project = project, Field = field, SourceLine = sourceLine };

    public static FindingLocation ForIndicator(int project, int indicator, string? field, int sourceLine = 0) =>
        new() { Project = project, Indicator = indicator, Field = field, SourceLine = sourceLine };

    public static FindingLocation ForTable(string table, int? row = null, string? column = null, string? code = null, int sourceLine = 0) =>
        new() { Table = table, Row = row, Column = column, Code = code, SourceLine = sourceLine };

    /// <summary>A place in the disclosure's text: the lines <paramref name="firstLine"/>…<paramref name="lastLine"/> and the quoted words.</summary>
    public static FindingLocation ForText(int firstLine, int lastLine, string? quote, string? field = null, string? code = null) =>
        new() { SourceLine = firstLine, EndLine = lastLine > firstLine ? lastLine : 0, Quote = quote, Field = field, Code = code };

    /// <summary>
    /// A Chinese description: 第3个项目第2项指标（指标值） / 表“…”第5行 / 第5页（空白页）. A finding about something the
    /// document lacks (no line, no page) says 整个文档, so a reader does not look for it on the page the note sits on.
    /// </summary>
    public override string ToString()
    {
        if (Table is not null)
            return $"表“{Table}”" + (Row is { } r ? $"第{r}行" : "") + (Code is null ? "" : $"（{Code}）") + (Column is null ? "" : $"“{Column}”栏");
        if (Project is null && Quote is not null)
            return "说明文字" + (SourceLine > 0 ? $"第{SourceLine}" + (EndLine > SourceLine ? $"–{EndLine}" : "") + "行" : "") + (Code is null ? "" : $"（{Code}）");
        if (Page > 0) return $"第{Page}页（整页）";
        if (Project is 0 && Field == FindingFieldNames.WholeOverallTarget) return "整个文档（未见部门整体绩效目标）";
        var s = Project switch { null => "整个文档", 0 => "部门整体绩效目标", var p => $"第{p}个项目" };
        if (Indicator is { } i) s += $"第{i}项指标";
        var field = Field is null ? "" : FindingFieldNames.ToChinese(Field, onProject: Project > 0 && Indicator is null);
        return field.Length == 0 ? s : s + $"（{field}）";
    }
}
