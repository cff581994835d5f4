using Jixiao.Documents.Text;

namespace Jixiao.Documents.Grid;

/// <summary>中性模型的一个块：段落或表格，按阅读顺序排列；<see cref="Page"/> 是它开始的页（纯文本为 0）。</summary>
public abstract record GridBlock(int Page, PageBox? Box);

/// <summary>表格之外的一行或一段文字（标题、说明、表名……）。</summary>
public sealed record GridParagraph(string Text, int Page, PageBox? Box = null) : GridBlock(Page, Box);
