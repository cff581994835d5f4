using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>The sheets of a published workbook, read one after another into the document's parts.</summary>
internal sealed class PublishedWorkbook
{
    public int? FiscalYear { get; set; }

    private Department? _department;
    private MoneyUnit? _moneyUnit;
    private OverallTarget? _overall;
    private readonly List<Project> _projects = [];
    private readonly List<BudgetTable> _tables = [];

    private static string? At(string[] cells, int i) => i < cells.Length && cells[i].Length > 0 ? cells[i] : null;

    /// <summary>"315002 怀来县司法局" → code and name; a value without leading digits is a name only.</summary>
    private static (string? Code, string Name) SplitCode(string value)
    {
        var space = value.IndexOf(' ');
        return space > 0 && value[..space].All(char.IsAsciiDigit) ? (value[..space], value[(space + 1)..]) : (null, value);
    }

    /// <summary>A numbered list: the label's row holds "1. …", the rows under it (first cell empty) the rest.</summary>
    private static List<string> Numbered(List<(string[] Cells, int Number)> rows, ref int i)
    {
        var items = new List<string>();
        if (At(rows[i].Cells, 1) is { } first) items.Add(first);
        while (i + 1 < rows.Count && rows[i + 1].Cells.Length > 1 && rows[i + 1].Cells[0].Length == 0) items.Add(rows[++i].Cells[1]);
        return PublishedNumbering.Items(items, alwaysNumbered: true);
    }

    public int ReadOverall(List<(string[] Cells, int Number)> rows, int i)
    {
        var overall = new OverallTarget();
        WrittenDecimal? total = null, basic = null, project = null;
        var hasFunds = false;
        for (; i < rows.Count; i++)
        {
            var cells = rows[i].Cells;
            if (cells.Length == 0)
            {
                // A blank row separates the blocks of this sheet; a title row after it begins the next sheet.
                if (i + 1 < rows.Count && rows[i + 1].Cells.Length == 1 && rows[i + 1].Cells[0] != "年度绩效指标") break;
                continue;
            }
            switch (cells[0])
            {
                case "部门" when At(cells, 1) is { } d: var (code, name) = SplitCode(d); _department = new Department(code, name); break;
                case "预算年度" when int.TryParse(At(cells, 1), out var year): FiscalYear = year; break;
                case "金额单位": _moneyUnit = MoneyUnits.FromChinese(At(cells, 1)); break;
                case "预算支出总额": total = WrittenDecimal.TryParse(At(cells, 1)); hasFunds = true; break;
                case "基本支出": basic = WrittenDecimal.TryParse(At(cells, 1)); hasFunds = true; break;
                case "项目支出": project = WrittenDecimal.TryParse(At(cells, 1)); hasFunds = true; break;
                case "整体绩效目标": overall = overall with { Goals = Numbered(rows, ref i) }; break;
                case "工作保障措施": overall = overall with { Measures = Numbered(rows, ref i), HasMeasuresHeading = true }; break;
                case "分项绩效目标":
                    var subGoals = new List<SubGoal>();
                    while (i + 1 < rows.Count && rows[i + 1].Cells.Length > 0)
                    {
                        var s = rows[++i].Cells;
                        subGoals.Add(new SubGoal(At(s, 0) ?? "", At(s, 1), At(s, 2)));
                    }
                    overall = overall with { SubGoals = subGoals, HasSubGoalHeading = true };
                    break;
                case "年度绩效指标" when i + 1 < rows.Count && PublishedIndicators.IsHeader(rows[i + 1].Cells):
                    i++;
                    overall = overall with { Indicators = IndicatorRows(rows, ref i) };
                    break;
            }
        }
        _overall = hasFunds ? overall with { Funds = new OverallFunds(total, basic, project) } : overall;
        return i;
    }

    /// <summary>The indicator rows after the header at <paramref name="i"/>, up to the next blank row; leaves <paramref name="i"/> on the last.</summary>
    private static List<Indicator> IndicatorRows(List<(string[] Cells, int Number)> rows, ref int i)
    {
        var header = rows[i].Cells;
        var body = new List<(IReadOnlyList<string>, int)>();
        while (i + 1 < rows.Count && rows[i + 1].Cells.Length > 0) { i++; body.Add((rows[i].Cells, rows[i].Number)); }
        return PublishedIndicators.Read(header, body);
    }

    public int ReadProject(List<(string[] Cells, int Number)> rows, int i)
    {
        var project = new Project { Name = "", SourceLine = i > 0 ? rows[i - 1].Number : 0 };
        WrittenDecimal? total = null, fiscal = null, other = null;
        for (; i < rows.Count; i++)
        {
            var cells = rows[i].Cells;
            if (cells.Length == 0)
            {
                if (i + 1 < rows.Count && PublishedIndicators.IsHeader(rows[i + 1].Cells))
                {
                    i++;
                    project = project with { Indicators = IndicatorRows(rows, ref i) };
                    i++;
                }
                break;
            }
            var value = At(cells, 1);
            switch (cells[0])
            {
                case "单位" when value is not null: var (code, name) = SplitCode(value); project = project with { Unit = new BudgetUnit(code, name) }; break;
                case "金额单位": project = project with { MoneyUnit = MoneyUnits.FromChinese(value) }; break;
                case "项目名称": project = project with { Name = value ?? "" }; break;
                case "项目编码": project = project with { Code = value }; break;
                case "项目类别": project = project with { Category = value }; break;
                case "项目负责人": project = project with { Owner = value }; break;
                case "联系电话": project = project with { Phone = value }; break;
                case "主管部门": project = project with { Supervisor = value }; break;
                case "实施单位": project = project with { Implementer = value }; break;
                case "预算数": total = WrittenDecimal.TryParse(value); break;
                case "其中：财政资金": fiscal = WrittenDecimal.TryParse(value); break;
                case "其他资金": other = WrittenDecimal.TryParse(value); break;
                case "资金用途": project = project with { Purpose = value }; break;
                case "绩效目标": project = project with { Goals = Numbered(rows, ref i) }; break;
                case "资金支出计划（%）" when i + 1 < rows.Count:
                    var percents = rows[++i].Cells;
                    var points = new List<SpendingPlanPoint>();
                    for (var c = 1; c < cells.Length; c++)
                        if (cells[c].EndsWith("月底", StringComparison.Ordinal) && int.TryParse(cells[c][..^2], out var month)
                            && WrittenDecimal.TryParse(At(percents, c)) is { } percent)
                            points.Add(new SpendingPlanPoint(month, percent));
                    project = project with { SpendingPlan = new SpendingPlan(points) };
                    break;
            }
        }
        _projects.Add(project with { Budget = new ProjectBudget(total, fiscal, other) });
        return i;
    }

    public int ReadBudgetTable(List<(string[] Cells, int Number)> rows, int i)
    {
        var title = rows[i].Cells[0];
        var line = rows[i].Number;
        i++;
        MoneyUnit? unit = null;
        if (rows[i].Cells is ["单位", var u]) { unit = MoneyUnits.FromChinese(u); i++; }
        var columns = i < rows.Count ? rows[i].Cells.ToList() : [];
        i++;
        var body = new List<IReadOnlyList<string?>>();
        for (; i < rows.Count && rows[i].Cells.Length > 0; i++)
        {
            var cells = rows[i].Cells;
            // Trailing empty cells are not stored; a row with text in its first cell only is a note (注：…).
            if (cells.Length == 1 && columns.Count > 1) { body.Add([cells[0]]); continue; }
            body.Add([.. Enumerable.Range(0, Math.Max(columns.Count, cells.Length)).Select(c => At(cells, c))]);
        }
        _tables.Add(new BudgetTable(title, columns, body) { Unit = unit, SourceLine = line });
        return i;
    }

    public TargetDocument Build(DocumentSource source)
    {
        // Without an overall sheet the workbook prints no department: the unit most projects share stands for it,
        // as the word-table layout infers it.
        var department = _department ?? _projects.Where(p => p.Unit is not null).GroupBy(p => p.Unit!)
            .OrderByDescending(g => g.Count()).Select(g => new Department(g.Key.Code, g.Key.Name)).FirstOrDefault();
        var moneyUnit = _moneyUnit ?? _projects.Select(p => p.MoneyUnit).FirstOrDefault(u => u is not null) ?? _tables.Select(t => t.Unit).FirstOrDefault(u => u is not null);
        return new TargetDocument
        {
            Source = source,
            Department = department,
            FiscalYear = FiscalYear,
            MoneyUnit = moneyUnit,
            Overall = _overall,
            Projects = _projects,
            BudgetTables = _tables,
        };
    }
}
