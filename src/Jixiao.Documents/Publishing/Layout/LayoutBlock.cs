namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// One block of the published document in reading order, independent of the output format: a line of text in a
/// role (cover title, part heading, 单位 line, prose …), a table, or the start of a new page. The PDF and HTML
/// writers render the same blocks, so both show the same sections as the Word document.
/// </summary>
public abstract record LayoutBlock;

/// <summary>A paragraph of text in a role; the text is exactly as the document wrote it.</summary>
public sealed record TextBlock(TextRole Role, string Text) : LayoutBlock;

/// <summary>A table (绩效目标表, 总体资金情况, 部门预算公开表).</summary>
public sealed record TableBlock(LayoutTable Table) : LayoutBlock;

/// <summary>
/// The line above a 绩效目标表: the 预算单位 (code and name run together, <c>315002怀来县司法局</c>) on the left and
/// <c>单位：万元</c> on the right, on one baseline as in the originals; two paragraphs in reading order (unit, then 单位),
/// as the Word writer prints them.
/// </summary>
public sealed record TableCaptionBlock(string? Left, string? Right) : LayoutBlock;

/// <summary>The next block starts a new page; <paramref name="Landscape"/> for the wide 部门预算公开表.</summary>
public sealed record PageBreakBlock(bool Landscape) : LayoutBlock;

/// <summary>What a paragraph is in the official layout; it decides font size, weight and alignment.</summary>
public enum TextRole
{
    /// <summary>封面: 部门名称 in large type.</summary>
    CoverTitle,
    /// <summary>封面: YYYY年部门预算绩效目标.</summary>
    CoverSubtitle,
    /// <summary>目录 title.</summary>
    ContentsTitle,
    /// <summary>目录 entry of a part (第一部分 …).</summary>
    ContentsPart,
    /// <summary>目录 entry of a section or project table.</summary>
    ContentsSection,
    /// <summary>第一部分 部门整体绩效目标 / 第二部分 预算项目绩效目标 / 第三部分 部门预算公开表.</summary>
    PartHeading,
    /// <summary>一、总体绩效目标; N.项目名称绩效目标表; a disclosure table's title.</summary>
    SectionHeading,
    /// <summary>A label line above a table (年度绩效指标).</summary>
    UnitLine,
    /// <summary>单位：万元 / 单位：元, right-aligned above a table.</summary>
    MoneyUnitLine,
    /// <summary>Body prose with a first-line indent of two characters.</summary>
    Prose,
}
