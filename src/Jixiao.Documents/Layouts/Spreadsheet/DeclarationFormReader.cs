using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Reads the 部门（单位）整体支出绩效目标申报表: heading lines (预算年度, 预算（单位）名称, 单位), the funds block,
/// 整体绩效目标, and the weighted 年度绩效指标 table, which ends at 其他说明.
/// </summary>
internal sealed class DeclarationFormReader(DocumentHeading heading, ReadContext context, List<EmptyTemplateRow> templateRows)
{
    private enum Field { Group, Goals, Notes }

    private static readonly Dictionary<string, Field> Labels = new(StringComparer.Ordinal)
    {
        ["部门整体绩效情况"] = Field.Group,
        ["年度绩效指标"] = Field.Group,
        ["整体绩效目标"] = Field.Goals,
        ["总体绩效目标"] = Field.Goals,
        ["部门整体绩效目标"] = Field.Goals,
        ["其他说明"] = Field.Notes,
    };

    private readonly FundsTable _funds = new();
    private readonly GoalRows _goals = new();
    private IndicatorTableReader? _indicators;
    private bool _inGoals;
    private bool _ended;

    public void Add(SheetRow row)
    {
        if (heading.TryRead(row)) return;
        if (_ended)
        {
            context.Unplace(row.Line, row.Text, "申报表“其他说明”之后的内容无法归位");
            return;
        }
        var first = row.Cells[row.NextFilled(0)];
        if (SheetLabel.Is(first, "其他说明"))
        {
            // The table ends here; the form has no field for remarks, so any written are reported.
            _ended = true;
            if (row.FilledCount > 1) context.Unplace(row.Line, row.Text, "申报表“其他说明”中的内容没有对应的字段");
            return;
        }
        if (_indicators is not null)
        {
            _indicators.Add(row);
            return;
        }
        if (IndicatorHeader.Is(row))
        {
            _inGoals = false;
            _indicators = new IndicatorTableReader(0, IndicatorHeader.HasUnitColumn(row), context, templateRows);
            return;
        }
        if (_funds.TryRead(row)) return;
        var rowIsGood = true;
        if (LabelledCells.Read<Field>(row, TryGet, (f, v) => rowIsGood &= Assign(f, v), out var stray))
        {
            if (stray || !rowIsGood) context.Unplace(row.Line, row.Text, "申报表中有无法归位的单元格");
            return;
        }
        if (_inGoals)
        {
            foreach (var c in row.Cells) _goals.Add(c);
            return;
        }
        context.Unplace(row.Line, row.Text, "申报表中无法识别的行");
    }

    public OverallTarget Finish()
    {
        _indicators?.Finish();
        return new OverallTarget
        {
            Goals = _goals.Split(),
            Funds = _funds.Funds,
            Indicators = _indicators?.Indicators ?? [],
        };
    }

    private bool Assign(Field field, string? value)
    {
        if (field == Field.Goals)
        {
            _inGoals = true;
            if (value is not null) _goals.Add(value);
            return true;
        }
        return value is null;
    }

    private static bool TryGet(string cell, out Field field) =>
        Labels.TryGetValue(cell, out field) || (cell.Length <= 16 && Labels.TryGetValue(SheetLabel.Key(cell), out field));
}
