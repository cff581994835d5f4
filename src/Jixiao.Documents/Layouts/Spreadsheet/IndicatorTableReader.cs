using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Reads the rows of one 绩效指标 table, placing each cell by what it is (label, name, operator, value,
/// weight) rather than by its column, because rows part-way down lose leading cells or gain blank ones.
/// Merged 一级/二级 cells inherit from the row above; a 二级 label written without its 一级 takes the first
/// level it belongs to when that differs from the inherited one (服务对象满意度指标 → 满意度指标).
/// </summary>
internal sealed class IndicatorTableReader(int project, bool hasUnitColumn, ReadContext context, List<EmptyTemplateRow> templateRows)
{
    private readonly List<Indicator> _indicators = [];
    private readonly List<EmptyTemplateRow> _pending = [];
    private string? _level1;
    private string? _level2;
    private int _level1Column = -1;
    // Column of the latest 数量/质量/时效 label: a 成本指标 written at or right of it is 产出's second level.
    private int _outputLevel2Column = -1;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public void Add(SheetRow row)
    {
        var parts = IndicatorRowParts.Split(row);
        if (parts.IsEmpty) return;
        ApplyLabels(parts.Labels);
        if (parts.IsLabelsOnly)
        {
            // A heading for the rows below, or a template row left empty: decided when the table ends.
            _pending.Add(new EmptyTemplateRow(project, row.Line, _level1, _level2));
            return;
        }
        if (parts.Name is null)
        {
            context.Unplace(row.Line, row.Text, "指标行没有三级指标名称，无法归入指标表");
            return;
        }
        if (!IndicatorValueCells.TryRead(parts.Rest, hasUnitColumn, out var value, out var weight))
        {
            context.Unplace(row.Line, row.Text, "指标行在指标值、权重之外还有无法归位的单元格");
            return;
        }
        _indicators.Add(new Indicator
        {
            Level1 = _level1,
            Level2 = _level2,
            Name = parts.Name,
            Value = value,
            Nature = parts.Nature,
            Weight = weight,
            Target = value is null ? null : TargetValue.Parse(parts.Nature, value),
            SourceLine = row.Line,
        });
        // A label row above that this indicator falls under was a heading, not an empty template row.
        _pending.RemoveAll(p => p.Level1 == _level1 && (p.Level2 is null || p.Level2 == _level2));
    }

    /// <summary>Ends the table: label rows that nothing fell under are the template rows left empty.</summary>
    public void Finish()
    {
        templateRows.AddRange(_pending);
        _pending.Clear();
    }

    private void ApplyLabels(List<LabelCell> labels)
    {
        var level1InRow = false;
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var kind = label.Kind == LabelKind.Level1OrLevel2 ? ResolveCost(labels, i, level1InRow) : label.Kind;
            if (kind == LabelKind.Level1)
            {
                _level1 = label.Text;
                _level1Column = label.Column;
                _level2 = null;
                level1InRow = true;
                continue;
            }
            _level2 = label.Text;
            // 成本指标 as a second level belongs to 产出 (older templates).
            var family = label.Kind == LabelKind.Level1OrLevel2 ? IndicatorFamily.Output : label.Family;
            if (family == IndicatorFamily.Output) _outputLevel2Column = label.Column;
            if (!level1InRow && family != IndicatorFamily.None && IndicatorLabels.FamilyOf(_level1) != family)
            {
                // The 一级 cell is not written on this row and the inherited one is another group.
                _level1 = IndicatorLabels.Level1Name(family);
                _level1Column = -1;
            }
        }
    }

    /// <summary>
    /// 成本指标 is a first level in newer templates and 产出's second level in older ones. The row decides
    /// when it can (a 二级 label after it, or an 一级 label before it); otherwise it is the second level only
    /// under 产出 and written as far right as 产出's other second levels, else the first level.
    /// </summary>
    private LabelKind ResolveCost(List<LabelCell> labels, int index, bool level1InRow)
    {
        if (level1InRow) return LabelKind.Level2;
        if (index + 1 < labels.Count && labels[index + 1].Kind == LabelKind.Level2) return LabelKind.Level1;
        var column = labels[index].Column;
        var underOutput = IndicatorLabels.FamilyOf(_level1) == IndicatorFamily.Output;
        return underOutput && column > _level1Column && column >= _outputLevel2Column ? LabelKind.Level2 : LabelKind.Level1;
    }
}
