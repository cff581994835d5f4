namespace Jixiao.Documents.Grid;

/// <summary>
/// 中性文档模型（issue 21）：任何格式（PDF 的框线网格、docx 的 gridSpan/vMerge、xlsx 的合并区域、HTML 的
/// rowspan/colspan、纯文本的制表符行）都降为同一种结构——按阅读顺序的段落和表格，表格是带跨度、页码和版面框的
/// 单元格；跨页续排的表格已接成一张。表格按自己的表头分类（TableClassifier），文档只组装一次。
/// </summary>
public sealed class GridDocument(string fileName, string formatName, IReadOnlyList<GridBlock> blocks)
{
    public string FileName { get; } = fileName;
    public string FormatName { get; } = formatName;
    public IReadOnlyList<GridBlock> Blocks { get; } = blocks;

    public IEnumerable<GridTable> Tables => Blocks.OfType<GridTable>();

    /// <summary>
    /// 表格上方最近的几段文字（表名、“单位：万元”之类），自近而远；表格之间隔着别的表格时到此为止。
    /// </summary>
    public IReadOnlyList<string> TextAbove(GridTable table, int count = 3)
    {
        var result = new List<string>();
        for (var i = IndexOf(table) - 1; i >= 0 && result.Count < count; i--)
        {
            if (Blocks[i] is not GridParagraph p) break;
            if (p.Text.Trim().Length > 0) result.Add(p.Text.Trim());
        }
        return result;
    }

    private int IndexOf(GridTable table)
    {
        for (var i = 0; i < Blocks.Count; i++)
            if (ReferenceEquals(Blocks[i], table)) return i;
        return -1;
    }
}
