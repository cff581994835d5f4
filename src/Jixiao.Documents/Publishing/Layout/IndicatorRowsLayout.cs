using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// The indicator rows of a table, with the columns <see cref="TargetTableContent.IndicatorColumns"/> chooses; 一级/二级
/// cells are merged downwards while their value repeats, as the originals merge them.
/// </summary>
internal sealed class IndicatorRowsLayout
{
    private readonly IReadOnlyList<(string Header, Func<Indicator, string?> Value)> _columns;

    public IndicatorRowsLayout(IReadOnlyList<Indicator> indicators) => _columns = TargetTableContent.IndicatorColumns(indicators);

    public int Count => _columns.Count;

    public void AddRows(TableBuilder table, IReadOnlyList<Indicator> indicators)
    {
        table.AddRow([.. _columns.Select(c => CellSpec.Header(c.Header))], repeatsOnEachPage: true);
        Indicator? previous = null;
        foreach (var indicator in indicators)
        {
            var sameLevel1 = previous is not null && previous.Level1 == indicator.Level1;
            var sameLevel2 = sameLevel1 && previous!.Level2 == indicator.Level2;
            var cells = new List<CellSpec>(_columns.Count)
            {
                sameLevel1 ? CellSpec.Continued() : CellSpec.Text(indicator.Level1) with { Merge = MergeRole.Restart },
                sameLevel2 ? CellSpec.Continued() : CellSpec.Text(indicator.Level2) with { Merge = MergeRole.Restart },
            };
            for (var c = 2; c < _columns.Count; c++) cells.Add(CellSpec.Text(_columns[c].Value(indicator)));
            table.AddRow(cells);
            previous = indicator;
        }
    }
}
