using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// The indicator rows of a Word table, with the columns <see cref="Layout.TargetTableContent.IndicatorColumns"/> chooses.
/// </summary>
internal sealed class IndicatorColumns
{
    private readonly IReadOnlyList<(string Header, Func<Indicator, string?> Value)> _columns;

    public IndicatorColumns(IReadOnlyList<Indicator> indicators) => _columns = Layout.TargetTableContent.IndicatorColumns(indicators);

    public int Count => _columns.Count;

    /// <summary>Appends the header row and one row per indicator; 一级/二级 cells are merged down while they repeat.</summary>
    public void AppendRows(DocxTable table, IReadOnlyList<Indicator> indicators)
    {
        table.AddRow([.. _columns.Select(c => CellContent.Header(c.Header))], header: true);
        Indicator? previous = null;
        foreach (var indicator in indicators)
        {
            var sameLevel1 = previous is not null && previous.Level1 == indicator.Level1;
            var sameLevel2 = sameLevel1 && previous!.Level2 == indicator.Level2;
            var cells = new List<CellContent>(_columns.Count)
            {
                sameLevel1 ? CellContent.Continued() : CellContent.Text(indicator.Level1) with { Merge = MergeRole.Restart },
                sameLevel2 ? CellContent.Continued() : CellContent.Text(indicator.Level2) with { Merge = MergeRole.Restart },
            };
            for (var c = 2; c < _columns.Count; c++) cells.Add(CellContent.Text(_columns[c].Value(indicator)));
            table.AddRow(cells);
            previous = indicator;
        }
    }
}
