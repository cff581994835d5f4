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
    // The table writes 效果指标 as a first level: the older frame, where 成本 is 产出's second level and
    // 服务对象满意度 is 效果's. Rows that lost their leading cells are then placed in that frame at Finish.
    private bool _olderFrame;
    // The 一级 of these indicators was not written on their rows but inferred from a 二级 label's group.
    private readonly HashSet<int> _inferredLevel1 = [];
    private readonly HashSet<EmptyTemplateRow> _inferredTemplateRows = [];
    private bool _level1Inferred;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public void Add(SheetRow row)
    {
        var parts = IndicatorRowParts.Split(row);
        if (parts.IsEmpty) return;
        ApplyLabels(parts.Labels);
        if (parts.IsLabelsOnly)
        {
            // A heading for the rows below, or a template row left empty: decided when the table ends.
            var templateRow = new EmptyTemplateRow(project, row.Line, _level1, _level2);
            _pending.Add(templateRow);
            if (_level1Inferred) _inferredTemplateRows.Add(templateRow);
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
        if (_level1Inferred) _inferredLevel1.Add(_indicators.Count - 1);
        // A label row above that this indicator falls under was a heading, not an empty template row.
        _pending.RemoveAll(p => p.Level1 == _level1 && (p.Level2 is null || p.Level2 == _level2));
    }

    /// <summary>Ends the table: label rows that nothing fell under are the template rows left empty.</summary>
    public void Finish()
    {
        if (_olderFrame) PlaceInOlderFrame();
        templateRows.AddRange(_pending);
        _pending.Clear();
    }

    /// <summary>
    /// Keeps the levels the document's own frame uses (issue 21): in a table whose first levels are 产出 and 效果,
    /// a 成本指标 left as a first level of its own (its row lost the 一级 cell) is 产出's second level, and a
    /// 服务对象满意度指标 whose 一级 was inferred is 效果's second level, as the template's unshifted rows show.
    /// Mapping to the 2021 frame is the review's business (Core's level kinds), not the reader's.
    /// </summary>
    private void PlaceInOlderFrame()
    {
        for (var i = 0; i < _indicators.Count; i++)
        {
            var indicator = _indicators[i];
            if (indicator.Level1 == "成本指标" && indicator.Level2 is null)
                _indicators[i] = indicator with { Level1 = "产出指标", Level2 = "成本指标" };
            else if (_inferredLevel1.Contains(i) && IndicatorLabels.FamilyOf(indicator.Level1) == IndicatorFamily.Satisfaction)
                _indicators[i] = indicator with { Level1 = "效果指标" };
        }
        for (var i = 0; i < _pending.Count; i++)
        {
            var row = _pending[i];
            if (row.Level1 == "成本指标" && row.Level2 is null)
                _pending[i] = row with { Level1 = "产出指标", Level2 = "成本指标" };
            else if (_inferredTemplateRows.Contains(row) && IndicatorLabels.FamilyOf(row.Level1) == IndicatorFamily.Satisfaction)
                _pending[i] = row with { Level1 = "效果指标" };
        }
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
                if (label.Text == "效果指标") _olderFrame = true;
                _level1Inferred = false;
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
                _level1Inferred = true;
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
