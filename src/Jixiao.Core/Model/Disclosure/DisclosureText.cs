namespace Jixiao.Core.Model.Disclosure;

/// <summary>
/// The text of a budget disclosure (部门预算公开 / 单位预算公开) beside its tables: whether it is a department's or a
/// unit's budget, the parts it has (情况说明 or 预算编制说明, 机关运行经费, 政府采购, 国有资产, 绩效目标 …), its paragraphs
/// (lines and pages joined, so a sentence broken by a line or page break is one paragraph) and the figures the
/// explanation states (<see cref="ExplanationStatement"/>), each with the source lines it comes from.
/// </summary>
public sealed record DisclosureText
{
    /// <summary>部门预算 or 单位预算, from the document's own title.</summary>
    public DisclosureScope Scope { get; init; }
    /// <summary>The title the scope was read from, with its line (0 when none).</summary>
    public string? Title { get; init; }
    public int TitleLine { get; init; }
    /// <summary>The parts found (headings and table titles), in document order.</summary>
    public IReadOnlyList<DisclosureSection> Sections { get; init; } = [];
    /// <summary>The prose, joined across line and page breaks; tables, the 目录 and page furniture left out.</summary>
    public IReadOnlyList<DisclosureParagraph> Paragraphs { get; init; } = [];
    /// <summary>Figures the explanation text states, in document order.</summary>
    public IReadOnlyList<ExplanationStatement> Statements { get; init; } = [];
    /// <summary>Text the file holds but a reader of the printed page cannot see (outside the page or clipped).</summary>
    public IReadOnlyList<HiddenText> Hidden { get; init; } = [];
    /// <summary>Lines printed on their own that name a table (not 目录 entries), in document order.</summary>
    public IReadOnlyList<PrintedTitle> PrintedTitles { get; init; } = [];
    /// <summary>1-based pages with nothing on them, inside the document (not the last page).</summary>
    public IReadOnlyList<int> BlankPages { get; init; } = [];
}

/// <summary>Whose budget the disclosure is.</summary>
public enum DisclosureScope
{
    Unknown,
    /// <summary>部门预算: a department with its units.</summary>
    Department,
    /// <summary>单位预算: one budget unit.</summary>
    Unit,
}
