using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// The department's 部门预算绩效 document as a sequence of format-neutral blocks, in the order and official layout
/// of the Word writer (see docs/publishing-docx.md): cover, 目录, 第一部分 部门整体绩效目标 (when present),
/// 预算项目绩效目标 with one 绩效目标表 per project, and the 部门预算公开表 (when present) on landscape pages.
/// </summary>
public sealed record PublishedDocument(string Title, IReadOnlyList<LayoutBlock> Blocks)
{
    /// <summary>Lays out <paramref name="document"/>; every value is printed exactly as the document wrote it.</summary>
    public static PublishedDocument From(TargetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var content = new List<LayoutBlock>();
        var parts = new PartNumbers();
        if (document.Overall is { } overall)
        {
            content.Add(new TextBlock(TextRole.PartHeading, $"{parts.Next()} 部门整体绩效目标"));
            OverallLayout.Add(content, document, overall);
            content.Add(new PageBreakBlock(Landscape: false));
        }
        content.Add(new TextBlock(TextRole.PartHeading, $"{parts.Next()} 预算项目绩效目标"));
        for (var i = 0; i < document.Projects.Count; i++)
            ProjectTableLayout.Add(content, document, document.Projects[i], i + 1);
        if (document.BudgetTables.Count > 0)
        {
            content.Add(new PageBreakBlock(Landscape: true));
            content.Add(new TextBlock(TextRole.PartHeading, $"{parts.Next()} 部门预算公开表"));
            foreach (var table in document.BudgetTables)
                BudgetTableLayout.Add(content, document, table);
        }

        var blocks = new List<LayoutBlock>();
        CoverLayout.Add(blocks, document);
        blocks.Add(new PageBreakBlock(Landscape: false));
        blocks.Add(new TextBlock(TextRole.ContentsTitle, "目录"));
        foreach (var block in content)
            if (block is TextBlock { Role: TextRole.PartHeading or TextRole.SectionHeading } heading)
                blocks.Add(new TextBlock(heading.Role == TextRole.PartHeading ? TextRole.ContentsPart : TextRole.ContentsSection, heading.Text));
        blocks.Add(new PageBreakBlock(Landscape: false));
        blocks.AddRange(content);
        return new PublishedDocument(CoverLayout.Title(document), blocks);
    }

    /// <summary>第一部分, 第二部分 … numbered by what the document has.</summary>
    private sealed class PartNumbers
    {
        private static readonly string[] Numerals = ["一", "二", "三", "四", "五"];
        private int _next;

        public string Next() => $"第{Numerals[Math.Min(_next++, Numerals.Length - 1)]}部分";
    }
}
