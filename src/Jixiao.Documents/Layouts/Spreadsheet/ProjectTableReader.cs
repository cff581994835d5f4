using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Reads one 项目绩效目标表: its labelled head (项目名称, 项目负责人及电话, 主管部门, 实施单位, 资金情况,
/// 年度目标), the goal rows, then the indicator table up to the next title.
/// </summary>
internal sealed class ProjectTableReader
{
    private readonly SheetRow _title;
    private readonly int _position;
    private readonly ReadContext _context;
    private readonly List<EmptyTemplateRow> _templateRows = [];
    private readonly GoalRows _goals = new();
    private IndicatorTableReader? _indicators;
    private bool _inGoals;
    private int _lastLine;
    private MoneyUnit? _unit;
    private string? _name, _owner, _phone, _supervisor, _implementer;
    private WrittenDecimal? _total, _fiscal, _other;

    public ProjectTableReader(SheetRow title, int position, ReadContext context)
    {
        _title = title;
        _position = position;
        _context = context;
        _lastLine = title.Line;
    }

    public void Add(SheetRow row)
    {
        _lastLine = row.Line;
        if (_indicators is not null)
        {
            _indicators.Add(row);
            return;
        }
        if (IndicatorHeader.Is(row))
        {
            _inGoals = false;
            _indicators = new IndicatorTableReader(_position, IndicatorHeader.HasUnitColumn(row), _context, _templateRows);
            return;
        }
        if (_unit is null && row.SoleCell is { } cell && SheetLabel.TrySplitPair(cell, out var label, out var value) && label == "单位")
        {
            _unit = MoneyUnits.FromChinese(value);
            if (_unit is null) _context.Unplace(row.Line, row.Text, "无法识别的金额单位");
            return;
        }
        var rowIsGood = true;
        if (LabelledCells.Read<ProjectField>(row, ProjectFields.TryGet, (f, v) => rowIsGood &= Assign(f, v), out var stray))
        {
            if (stray || !rowIsGood) _context.Unplace(row.Line, row.Text, "项目表表头行中有无法归位的单元格");
            return;
        }
        if (_inGoals)
        {
            foreach (var c in row.Cells) _goals.Add(c);
            return;
        }
        _context.Unplace(row.Line, row.Text, "项目表中无法识别的行");
    }

    /// <summary>The project, or null (reported) when the table names none. Without a 单位 line of its own, the caller gives it the document's.</summary>
    public Project? Finish(List<EmptyTemplateRow> templateRows)
    {
        _indicators?.Finish();
        if (_name is null)
        {
            _context.Unplace(_title.Line, _title.Text, $"项目表（第 {_title.Line}–{_lastLine} 行）没有填写项目名称，整张表未导入");
            return null;
        }
        templateRows.AddRange(_templateRows);
        return new Project
        {
            Name = _name,
            Category = SheetTitle.Category(_title.Cells[_title.NextFilled(0)]),
            Owner = _owner,
            Phone = _phone,
            Supervisor = _supervisor,
            Implementer = _implementer,
            MoneyUnit = _unit,
            Budget = new ProjectBudget(_total, _fiscal, _other),
            Goals = _goals.Split(),
            Indicators = _indicators?.Indicators ?? [],
            SourceLine = _title.Line,
        };
    }

    /// <returns>False when the value cannot be placed (an amount that is not a number, text beside a group label).</returns>
    private bool Assign(ProjectField field, string? value)
    {
        switch (field)
        {
            case ProjectField.Name: _name ??= value; break;
            case ProjectField.Contact:
                var (owner, phone) = ContactCell.Split(value);
                _owner ??= owner;
                _phone ??= phone;
                break;
            case ProjectField.Phone: _phone ??= value; break;
            case ProjectField.Supervisor: _supervisor ??= value; break;
            case ProjectField.Implementer: _implementer ??= value; break;
            case ProjectField.Total: return Amount(value, ref _total);
            case ProjectField.Fiscal: return Amount(value, ref _fiscal);
            case ProjectField.Other: return Amount(value, ref _other);
            case ProjectField.Goals:
                _inGoals = true;
                if (value is not null) _goals.Add(value);
                break;
            default:
                return value is null;
        }
        return true;
    }

    private static bool Amount(string? value, ref WrittenDecimal? target)
    {
        if (value is null) return true;
        var amount = WrittenDecimal.TryParse(value);
        target ??= amount;
        return amount is not null;
    }
}
