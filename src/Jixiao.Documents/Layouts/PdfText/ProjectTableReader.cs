using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Reads the rows of one 项目绩效目标表, in the order the template prints them: 项目编码 / 项目名称, 预算数 with
/// 财政资金 / 其他资金, 资金用途, 资金支出计划（%）, 绩效目标, then the 绩效指标 table. Each row is recognised by its
/// labels first and by its place second, so a label the extraction lost (a 绩效目标 row printed without its label,
/// a spending plan printed twice) does not derail the rows after it.
/// </summary>
internal sealed class ProjectTableReader
{
    private enum Part { Head, Budget, Plan, Goals, Indicators }

    private readonly ProjectSetting _setting;
    private readonly int _startLine;
    private readonly SpendingPlanBuilder _plan = new();
    private readonly IndicatorTableBuilder _indicators = new();
    private Part _part = Part.Head;
    private string? _code;
    private string? _name;
    private int _codeColumn = -1;
    private int _nameColumn = -1;
    private string? _total;
    private string? _fiscal;
    private string? _other;
    private string? _purpose;
    private string? _goals;
    private readonly System.Text.StringBuilder _text = new();

    public ProjectTableReader(TableRow first, ProjectSetting setting)
    {
        _setting = setting;
        _startLine = first.Line;
        ReadHead(first);
    }

    /// <summary>True once the 绩效指标 rows have begun: a line of prose now ends the table.</summary>
    public bool InIndicators => _part == Part.Indicators;

    public void Add(TableRow row, ReadContext context)
    {
        _text.Append(TextNormalizer.RemoveWhitespace(row.JoinedText()));
        if (TableLabels.IsIndicatorHeader(row))
        {
            _indicators.SetHeader(row);
            _part = Part.Indicators;
            return;
        }
        if (_part == Part.Indicators)
        {
            _indicators.Add(row, context);
            return;
        }
        if (SpendingPlanBuilder.IsPlanRow(row, out var goalsLabel))
        {
            _plan.Add(row, context);
            // 绩效目标 printed before a second copy of the plan: the goals' text follows the copy.
            if (goalsLabel) _part = Part.Goals;
            else if (_part < Part.Plan) _part = Part.Plan;
            return;
        }
        var first = row[row.FirstFilled];
        if (CellText.Is(first, TableLabels.Goals))
        {
            _goals = CellText.Join(_goals, row.JoinedText(row.FirstFilled + 1));
            _part = Part.Goals;
            return;
        }
        if (IsBudgetRow(row))
        {
            ReadBudget(row, context);
            _part = Part.Budget;
            return;
        }
        switch (_part)
        {
            case Part.Head:
                ContinueHead(row, context);
                break;
            case Part.Budget:
                _purpose = CellText.Join(_purpose, row.JoinedText());
                break;
            default:
                // After the plan, a row that is not the plan is the 绩效目标 text, with or without its label.
                _goals = CellText.Join(_goals, row.JoinedText());
                _part = Part.Goals;
                break;
        }
    }

    public Project Build(ReadContext context) => new()
    {
        Unit = _setting.Unit,
        Code = string.IsNullOrEmpty(_code) ? null : _code,
        Name = _name ?? _setting.TitleName ?? "",
        MoneyUnit = _setting.MoneyUnit,
        Budget = new ProjectBudget(Amount(_total, context), Amount(_fiscal, context), Amount(_other, context)),
        Purpose = _purpose,
        SpendingPlan = _plan.Build(),
        Goals = GoalSplitter.Split(_goals),
        Indicators = _indicators.Build(context),
        StatedWeightTotal = WeightFrame.StatedTotal(_text.ToString()),
        ExecutionRatePoints = WeightFrame.ExecutionRatePoints(_text.ToString()),
        SourceLine = _startLine,
    };

    private WrittenDecimal? Amount(string? text, ReadContext context)
    {
        if (text is null) return null;
        var amount = WrittenDecimal.TryParse(text);
        if (amount is null) context.Unplace(_startLine, text, $"预算金额“{text}”不是数字，未读入");
        return amount;
    }

    /// <summary>项目编码 and 项目名称 with their values; a code split by a space or a line break is one code.</summary>
    private void ReadHead(TableRow row)
    {
        var field = 0; // 1 = code, 2 = name
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if (cell.Length == 0) continue;
            if (CellText.Is(cell, TableLabels.ProjectCode)) field = 1;
            else if (CellText.Is(cell, TableLabels.ProjectName)) field = 2;
            else if (field == 1) { _code += TextNormalizer.RemoveWhitespace(cell); _codeColumn = i; }
            else if (field == 2) { _name = CellText.Join(_name, cell); _nameColumn = i; }
        }
    }

    /// <summary>A code or name continued on the next line: its text stands under the value it continues.</summary>
    private void ContinueHead(TableRow row, ReadContext context)
    {
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if (cell.Length == 0) continue;
            if (i == _codeColumn) _code += TextNormalizer.RemoveWhitespace(cell);
            else if (i == _nameColumn) _name = CellText.Join(_name, cell);
            else context.Unplace(row.Line, row.Source, $"项目编码、项目名称之后的“{cell}”既不在编码或名称之下，也不是预算数行，未读入");
        }
    }

    private static bool IsBudgetRow(TableRow row)
    {
        foreach (var cell in row.Cells)
            if (CellText.Is(cell, TableLabels.BudgetTotal) || CellText.StartsWith(cell, TableLabels.BudgetSection)) return true;
        return false;
    }

    /// <summary>预算数 / 其中：财政资金 / 其他资金, each followed by its amount; a blank amount stays null.</summary>
    private void ReadBudget(TableRow row, ReadContext context)
    {
        var field = 0; // 1 = total, 2 = fiscal, 3 = other, 0 = none
        foreach (var cell in row.Cells)
        {
            if (cell.Length == 0) continue;
            if (CellText.StartsWith(cell, TableLabels.BudgetSection)) field = 0;
            else if (CellText.Is(cell, TableLabels.BudgetTotal)) field = 1;
            else if (TableLabels.IsFiscalFunds(cell)) field = 2;
            else if (CellText.Is(cell, TableLabels.OtherFunds)) field = 3;
            else if (field == 1) _total = CellText.Join(_total, cell);
            else if (field == 2) _fiscal = CellText.Join(_fiscal, cell);
            else if (field == 3) _other = CellText.Join(_other, cell);
            else context.Unplace(row.Line, row.Source, $"预算数行中的“{cell}”没有对应的栏目（预算数、财政资金、其他资金），未读入");
        }
    }
}
