using Jixiao.Documents.Layouts.Common;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Collects goal text that may fill one cell ("目标1：… 目标2：…") or one row per item, and splits it into
/// items with <see cref="GoalSplitter"/>. Rows are split together first, so numbering that runs across
/// rows is removed; unnumbered rows are one goal each.
/// </summary>
internal sealed class GoalRows
{
    private readonly List<string> _texts = [];

    public void Add(string text)
    {
        if (text.Length > 0) _texts.Add(text);
    }

    public IReadOnlyList<string> Split()
    {
        if (_texts.Count == 0) return [];
        var items = GoalSplitter.Split(string.Join('\n', _texts));
        if (items.Count > 1 || _texts.Count == 1) return items;
        var perRow = new List<string>();
        foreach (var t in _texts) perRow.AddRange(GoalSplitter.Split(t));
        return perRow;
    }
}
