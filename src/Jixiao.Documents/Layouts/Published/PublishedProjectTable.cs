using System.Text.RegularExpressions;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// One published 项目绩效目标表: 项目编码/项目名称, the detail pairs (项目类别, 项目负责人, 联系电话, 主管部门,
/// 实施单位), 预算规模及资金用途 (预算数, 其中：财政资金, 其他资金; then 资金用途), 资金支出计划（%）(month-ends,
/// then cumulative percentages), 绩效目标 and the indicator rows.
/// </summary>
internal static partial class PublishedProjectTable
{
    private static readonly Dictionary<string, string> DetailLabels = new(StringComparer.Ordinal)
    {
        ["项目类别"] = nameof(Project.Category), ["项目负责人"] = nameof(Project.Owner), ["联系电话"] = nameof(Project.Phone),
        ["主管部门"] = nameof(Project.Supervisor), ["实施单位"] = nameof(Project.Implementer),
    };

    public static Project Read(string heading, int line, string? unitLine, MoneyUnit? moneyUnit, TableItem table)
    {
        var project = new Project { Name = heading, Unit = unitLine is null ? null : SplitUnit(unitLine), MoneyUnit = moneyUnit, SourceLine = line };
        var rows = table.Rows;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            string? At(int i) => i < row.Count && row[i].Length > 0 ? row[i] : null;
            switch (row[0])
            {
                case "项目编码":
                    project = project with { Code = At(1), Name = At(3) ?? heading };
                    break;
                case var label when DetailLabels.ContainsKey(label):
                    for (var c = 0; c + 1 < row.Count; c += 2)
                        project = WithDetail(project, row[c], At(c + 1));
                    break;
                case "预算规模及资金用途":
                    project = project with { Budget = new ProjectBudget(WrittenDecimal.TryParse(At(2)), WrittenDecimal.TryParse(At(4)), WrittenDecimal.TryParse(At(6))) };
                    // The 资金用途 row under it: its label cell is merged with this one, so empty — or the label again
                    // where a page break split the merged cell and the PDF repeats the label on the new page.
                    if (r + 1 < rows.Count && (rows[r + 1][0].Length == 0 || rows[r + 1][0] == row[0]))
                    {
                        r++;
                        project = project with { Purpose = rows[r].Count > 1 && rows[r][1].Length > 0 ? rows[r][1] : null };
                    }
                    break;
                case SpendingPlanLabel when r + 1 < rows.Count:
                    project = project with { SpendingPlan = Plan(row, rows[r + 1]) };
                    r++;
                    break;
                // A page break split the merged 资金支出计划（%） cell: the month row keeps an empty label and the PDF
                // prints the label on the new page beside the percentages, or the label's lines go on either side of
                // the break (资金支出计划 | （%）), each page closing its part with a border.
                case var label when r + 1 < rows.Count && IsMonthRow(row)
                    && (label.Length == 0 ? rows[r + 1][0] is "" or SpendingPlanLabel : label + rows[r + 1][0] == SpendingPlanLabel):
                    project = project with { SpendingPlan = Plan(row, rows[r + 1]) };
                    r++;
                    break;
                case "绩效目标":
                    project = project with { Goals = At(1) is { } goals ? PublishedNumbering.Items(PublishedNumbering.CellParagraphs(goals, table.ParagraphsJoined)) : [] };
                    break;
                case "一级指标" when PublishedIndicators.IsHeader(row):
                    project = project with { Indicators = PublishedIndicators.Read(row, rows.Skip(r + 1).Select(x => ((IReadOnlyList<string>)x, table.Line))) };
                    r = rows.Count;
                    break;
            }
        }
        return project;
    }

    private const string SpendingPlanLabel = "资金支出计划（%）";

    private static Project WithDetail(Project project, string label, string? value) => label switch
    {
        "项目类别" => project with { Category = value },
        "项目负责人" => project with { Owner = value },
        "联系电话" => project with { Phone = value },
        "主管部门" => project with { Supervisor = value },
        "实施单位" => project with { Implementer = value },
        _ => project,
    };

    private static bool IsMonthRow(List<string> row) => row.Count > 1 && row.Skip(1).All(c => MonthEnd().IsMatch(c));

    private static SpendingPlan? Plan(List<string> months, List<string> percents)
    {
        var points = new List<SpendingPlanPoint>();
        for (var c = 1; c < months.Count && c < percents.Count; c++)
        {
            if (MonthEnd().Match(months[c]) is not { Success: true } m) continue;
            var text = percents[c].EndsWith('%') ? percents[c][..^1] : percents[c];
            if (WrittenDecimal.TryParse(text) is { } percent)
                points.Add(new SpendingPlanPoint(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), percent));
        }
        return new SpendingPlan(points);
    }

    /// <summary>"315002怀来县司法局" → code 315002, name 怀来县司法局; a line without leading digits is a name only.</summary>
    public static BudgetUnit SplitUnit(string line)
    {
        var m = UnitLine().Match(line);
        return m.Success ? new BudgetUnit(m.Groups[1].Value, m.Groups[2].Value) : new BudgetUnit(null, line);
    }

    [GeneratedRegex(@"^([0-9]+)月底$")]
    private static partial Regex MonthEnd();

    [GeneratedRegex(@"^([0-9]{3,})\s*(\D.*)$")]
    private static partial Regex UnitLine();
}
