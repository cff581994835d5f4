using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 单元格、段落对回行文的行号：行按页分好一次（<see cref="GridRows.LineOf"/> 每问一次都扫全文，读一张几百行的表就太慢）。
/// 与单元格同页、纵向中线落在行的框里、左右有重叠的第一行；没有版面框的格式（docx、纯文本）按文字找。
/// </summary>
internal sealed class SourceLines
{
    private readonly SourceText _source;
    private readonly Dictionary<int, List<(int Number, PageBox Box)>> _byPage = [];

    public SourceLines(SourceText source)
    {
        _source = source;
        foreach (var line in source.Lines)
            if (source.LocationOf(line.Number) is { Box: { } box } location)
            {
                if (!_byPage.TryGetValue(location.Page, out var list)) _byPage[location.Page] = list = [];
                list.Add((line.Number, box));
            }
    }

    /// <summary>单元格所在的行文行号（1 起）；找不到为 0。</summary>
    public int LineOf(GridCell cell)
    {
        if (cell.Box is not { } box || !_byPage.TryGetValue(cell.Page, out var list)) return 0;
        var middle = (box.Top + box.Bottom) / 2;
        foreach (var (number, b) in list)
            if (b.Bottom - 1 <= middle && middle <= b.Top + 1 && b.Left <= box.Right && box.Left <= b.Right) return number;
        return 0;
    }

    /// <summary>
    /// 表名所在的行：<paramref name="after"/> 行之后、去空白后含这段文字的第一行，同页的优先（PDF 的段落知道自己在哪一页）。
    /// </summary>
    public int LineOfText(string text, int page, int after)
    {
        var wanted = TableRowCells.Compact(text);
        if (wanted.Length == 0) return 0;
        var fallback = 0;
        foreach (var line in _source.Lines)
        {
            if (line.Number <= after || line.Text.Length < wanted.Length / 2) continue;
            if (!TableRowCells.Compact(line.Text).Contains(wanted, StringComparison.Ordinal)) continue;
            var at = _source.LocationOf(line.Number)?.Page;
            if (at is null || page == 0 || at == page) return line.Number;
            if (fallback == 0) fallback = line.Number;
        }
        return fallback;
    }
}
