using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// The indicator columns a table prints (as the Word writer): 一级指标/二级指标/三级指标/指标值 always; 绩效指标描述,
/// 指标性质, 权重, 指标值确定依据 only when at least one indicator of the table has one. 一级/二级 cells are merged
/// downwards while their value repeats, as the originals merge them.
/// </summary>
internal sealed class IndicatorRowsLayout
{
    private readonly List<(string Header, Func<Indicator, string?> Value)> _columns = [];

    public IndicatorRowsLayout(IReadOnlyList<Indicator> indicators)
    {
        _columns.Add(("一级指标", i => i.Level1));
        _columns.Add(("二级指标", i => i.Level2));
        _columns.Add(("三级指标", i => i.Name));
        if (indicators.Any(i => i.Description is not null)) _columns.Add(("绩效指标描述", i => i.Description));
        if (indicators.Any(i => i.Nature is not null)) _columns.Add(("指标性质", i => i.Nature));
        _columns.Add(("指标值", i => i.Value));
        if (indicators.Any(i => i.Weight is not null)) _columns.Add(("权重", i => i.Weight?.Text));
        if (indicators.Any(i => i.Basis is not null)) _columns.Add(("指标值确定依据", i => i.Basis));
    }

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
