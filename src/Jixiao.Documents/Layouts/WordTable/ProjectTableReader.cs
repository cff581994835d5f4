using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// Reads one 项目绩效目标表 of the Word layout: the label/value rows above the indicator table (budget unit,
/// 单位, 项目编码, 项目名称, 预算规模及资金用途, 资金支出计划, 绩效目标), then the indicator rows.
/// Every cell it cannot place goes to the <see cref="ReadContext"/>.
/// </summary>
internal sealed class ProjectTableReader
{
    private readonly ProjectTableSource _table;
    private readonly ReadContext _context;

    private BudgetUnit? _unit;
    private MoneyUnit? _moneyUnit;
    private string? _code, _name, _category, _supervisor, _implementer, _purpose, _goalText;
    private WrittenDecimal? _total, _fiscal, _other;
    private SpendingPlan? _plan;
    private readonly List<Indicator> _indicators = [];

    // Labels that span two rows: the row below them starts with the empty (merged) cell.
    private bool _expectPurposeRow;
    private List<(int Index, int Month)>? _expectPlanValues;

    private IndicatorColumns? _columns;
    private string? _level1, _level2;

    private ProjectTableReader(ProjectTableSource table, ReadContext context)
    {
        _table = table;
        _context = context;
    }

    /// <summary>The project, or null (its rows reported) when the table names no project at all.</summary>
    public static Project? Read(ProjectTableSource table, ReadContext context) => new ProjectTableReader(table, context).Read();

    private Project? Read()
    {
        foreach (var row in _table.Rows)
        {
            if (_columns is not null) ReadIndicatorRow(row);
            else ReadHeaderRow(row);
        }

        var name = _name ?? NameFromTitle(_table.TitleText);
        if (name is null)
        {
            foreach (var row in _table.Rows)
                _context.Unplace(row.Line, row.ToString(), "项目绩效目标表没有项目名称，也没有表题，无法确定是哪个项目");
            return null;
        }
        return new Project
        {
            Unit = _unit,
            Code = _code,
            Name = name,
            Category = _category,
            Supervisor = _supervisor,
            Implementer = _implementer,
            MoneyUnit = _moneyUnit,
            Budget = new ProjectBudget(_total, _fiscal, _other),
            Purpose = _purpose,
            SpendingPlan = _plan,
            Goals = GoalSplitter.Split(_goalText),
            Indicators = _indicators,
            SourceLine = _table.FirstLine,
        };
    }

    private void ReadHeaderRow(WordRow row)
    {
        var cells = row.Cells;
        var firstEmpty = cells[0].IsEmpty;
        var planHeaders = _expectPlanValues;
        var purposeRow = _expectPurposeRow;
        _expectPlanValues = null;
        _expectPurposeRow = false;

        if (firstEmpty && planHeaders is not null)
        {
            ReadPlanValues(row, planHeaders);
            return;
        }
        if (row.IsAllEmpty) return;
        if (WordTableLabels.Classify(cells[0].Text) == WordTableLabel.IndicatorHeader)
        {
            _columns = IndicatorColumns.From(row);
            foreach (var i in _columns.Unknown)
                _context.Unplace(cells[i].Line, cells[i].Text, "指标表中有无法识别的列，该列内容未导入");
            return;
        }
        if (firstEmpty && purposeRow && !HasLabel(row))
        {
            _purpose = JoinNonEmpty(row, 1);
            return;
        }
        ReadLabelledCells(row);
    }

    private void ReadLabelledCells(WordRow row)
    {
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var label = WordTableLabels.Classify(cell.Text);
            switch (label)
            {
                case WordTableLabel.None:
                    ReadUnlabelledCell(row, i);
                    break;
                case WordTableLabel.BudgetBlock:
                    _expectPurposeRow = true;
                    break;
                case WordTableLabel.SpendingPlan:
                    _expectPlanValues = ReadPlanHeaders(row, i + 1);
                    return;
                case WordTableLabel.IndicatorHeader:
                    _context.Unplace(cell.Line, row.ToString(), "指标表头不在行首，无法确定各列");
                    return;
                default:
                    var value = i + 1 < cells.Count ? cells[++i] : null;
                    Assign(label, value, cell);
                    break;
            }
        }
    }

    private void ReadUnlabelledCell(WordRow row, int index)
    {
        var cell = row.Cells[index];
        if (cell.IsEmpty) return;
        if (WordTableLabels.TryMoneyUnit(cell.Text, out var unit))
        {
            if (unit is null) _context.Unplace(cell.Line, cell.Text, "无法识别的金额单位");
            else _moneyUnit = unit;
            return;
        }
        // The budget-unit line ("315002怀来县司法局") sits beside the 单位 cell, or alone at the top of the table.
        if (_unit is null && _name is null && _code is null
            && (RowHasMoneyUnit(row) || WordTableLabels.LooksLikeBudgetUnit(cell.Text)))
        {
            _unit = WordTableLabels.ParseBudgetUnit(cell.Text);
            if (_unit is not null) return;
        }
        _context.Unplace(cell.Line, cell.Text, "项目表中无法识别的单元格");
    }

    private void Assign(WordTableLabel label, WordCell? valueCell, WordCell labelCell)
    {
        var text = valueCell is null || valueCell.IsEmpty ? null : valueCell.Text;
        switch (label)
        {
            case WordTableLabel.ProjectCode:
                var code = text is null ? "" : TextNormalizer.RemoveWhitespace(text);
                _code = code.Length == 0 ? null : code;
                break;
            case WordTableLabel.ProjectName: _name = text; break;
            case WordTableLabel.Category: _category = text; break;
            case WordTableLabel.Supervisor: _supervisor = text; break;
            case WordTableLabel.Implementer: _implementer = text; break;
            case WordTableLabel.Purpose: _purpose = text; break;
            case WordTableLabel.Goals: _goalText = text; break;
            case WordTableLabel.BudgetTotal: _total = Amount(valueCell, labelCell); break;
            case WordTableLabel.BudgetFiscal: _fiscal = Amount(valueCell, labelCell); break;
            case WordTableLabel.BudgetOther: _other = Amount(valueCell, labelCell); break;
        }
    }

    private WrittenDecimal? Amount(WordCell? valueCell, WordCell labelCell)
    {
        if (valueCell is null || valueCell.IsEmpty) return null;
        var amount = WrittenDecimal.TryParse(valueCell.Text);
        if (amount is null)
            _context.Unplace(valueCell.Line, valueCell.Text, $"“{labelCell.Text}”的金额不是数字");
        return amount;
    }

    /// <summary>The month-end headers (3月底, 6月底 …) from <paramref name="start"/> on, with their cell positions.</summary>
    private List<(int Index, int Month)> ReadPlanHeaders(WordRow row, int start)
    {
        var headers = new List<(int, int)>();
        for (var i = start; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.IsEmpty) continue;
            var month = MonthOf(cell.Text);
            if (month is null) _context.Unplace(cell.Line, cell.Text, "资金支出计划中无法识别的月份");
            else headers.Add((i, month.Value));
        }
        return headers;
    }

    private void ReadPlanValues(WordRow row, List<(int Index, int Month)> headers)
    {
        var points = new List<SpendingPlanPoint>(headers.Count);
        var used = new bool[row.Cells.Count];
        used[0] = true;
        foreach (var (index, month) in headers)
        {
            if (index >= row.Cells.Count) continue;
            used[index] = true;
            var cell = row.Cells[index];
            if (cell.IsEmpty) continue;
            var percent = WrittenDecimal.TryParse(WithoutPercentSign(cell.Text));
            if (percent is null) _context.Unplace(cell.Line, cell.Text, $"{month}月底的资金支出计划不是百分数");
            else points.Add(new SpendingPlanPoint(month, percent.Value));
        }
        for (var i = 0; i < used.Length; i++)
            if (!used[i] && !row.Cells[i].IsEmpty)
                _context.Unplace(row.Cells[i].Line, row.Cells[i].Text, "资金支出计划中没有对应月份的数值");
        points.Sort((a, b) => a.Month.CompareTo(b.Month));
        _plan = points.Count > 0 ? new SpendingPlan(points) : null;
    }

    private void ReadIndicatorRow(WordRow row)
    {
        var columns = _columns!;
        var cells = row.Cells;
        if (WordTableLabels.Classify(cells[0].Text) == WordTableLabel.IndicatorHeader)
        {
            // The header repeated (a page break inside the table).
            _columns = IndicatorColumns.From(row);
            return;
        }
        if (row.IsAllEmpty) return;
        if (cells.Count != columns.Count)
        {
            _context.Unplace(row.Line, row.ToString(), $"指标行有 {cells.Count} 个单元格，与指标表头的 {columns.Count} 列不符");
            return;
        }
        var name = IndicatorColumns.Cell(row, columns.Name);
        if (name is null)
        {
            _context.Unplace(row.Line, row.ToString(), "指标行没有三级指标名称");
            return;
        }

        // Merged cells: a blank 一级指标 continues the group above; a blank 二级指标 continues the group above
        // only inside the same 一级指标, because a merged cell cannot span two first-level groups.
        var level1 = IndicatorColumns.Cell(row, columns.Level1);
        var level2 = IndicatorColumns.Cell(row, columns.Level2);
        if (level1 is null) level1 = _level1;
        else if (level2 is null) _level2 = null;
        level2 ??= _level2;
        _level1 = level1;
        _level2 = level2;

        var value = IndicatorColumns.Cell(row, columns.Value);
        var nature = IndicatorColumns.Cell(row, columns.Nature);
        var weightText = IndicatorColumns.Cell(row, columns.Weight);
        var weight = WrittenDecimal.TryParse(weightText);
        if (weightText is not null && weight is null)
            _context.Unplace(cells[columns.Weight].Line, weightText, "权重不是数字");
        foreach (var i in columns.Unknown)
            if (!cells[i].IsEmpty) _context.Unplace(cells[i].Line, cells[i].Text, "指标表中无法识别的列");

        _indicators.Add(new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Description = IndicatorColumns.Cell(row, columns.Description),
            Value = value,
            Nature = nature,
            Weight = weight,
            Basis = IndicatorColumns.Cell(row, columns.Basis),
            Target = value is null ? null : TargetValue.Parse(nature, value),
            SourceLine = row.Line,
        });
    }

    private static bool HasLabel(WordRow row)
    {
        foreach (var c in row.Cells)
            if (WordTableLabels.Classify(c.Text) != WordTableLabel.None) return true;
        return false;
    }

    private static bool RowHasMoneyUnit(WordRow row)
    {
        foreach (var c in row.Cells)
            if (WordTableLabels.IsMoneyUnitCell(c.Text)) return true;
        return false;
    }

    private static string? JoinNonEmpty(WordRow row, int start)
    {
        string? text = null;
        for (var i = start; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].IsEmpty) continue;
            text = text is null ? row.Cells[i].Text : text + "\n" + row.Cells[i].Text;
        }
        return text;
    }

    /// <summary>"3月底" → 3, "1-6月" → 6: the number written right before 月.</summary>
    private static int? MonthOf(string header)
    {
        var at = header.IndexOf('月', StringComparison.Ordinal);
        if (at <= 0) return null;
        var start = at;
        while (start > 0 && char.IsAsciiDigit(header[start - 1])) start--;
        if (start == at || at - start > 2) return null;
        var month = int.Parse(header.AsSpan(start, at - start), System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? month : null;
    }

    private static string WithoutPercentSign(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length > 0 && (t[^1] == '%' || t[^1] == '％')) t = t[..^1].TrimEnd();
        return t.ToString();
    }

    /// <summary>"1.]冀财政法…绩效目标表" → "冀财政法…": the title without its numbering and the words 绩效目标表.</summary>
    private static string? NameFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = title.AsSpan().Trim();
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i > 0)
            while (i < t.Length && t[i] is '.' or '．' or '、' or ']' or ' ') i++;
        t = t[i..];
        if (t.EndsWith("绩效目标表")) t = t[..^5];
        t = t.Trim();
        return t.Length == 0 ? null : t.ToString();
    }
}
