using Jixiao.Documents.Text;

namespace Jixiao.Documents.Grid;

/// <summary>中性模型里的文字在生成时就与行文一样规整：康熙部首折回常用字、控制字符去掉（与 <see cref="SourceText"/> 同一处规则）。</summary>
internal static class GridText
{
    public static string Clean(string text) => TextNormalizer.StripControlCharacters(TextNormalizer.FoldRadicals(text)).Trim();

    /// <summary>一页开头或结尾只有页码的段落不算内容。</summary>
    public static IReadOnlyList<GridBlock> DropPageNumbers(List<GridBlock> blocks, Func<string, bool> isPageNumber)
    {
        if (blocks.Count > 0 && blocks[^1] is GridParagraph last && isPageNumber(last.Text)) blocks.RemoveAt(blocks.Count - 1);
        if (blocks.Count > 0 && blocks[0] is GridParagraph first && isPageNumber(first.Text)) blocks.RemoveAt(0);
        return blocks;
    }
}
