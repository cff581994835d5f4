using Jixiao.Core.Model;
using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review.Support;

/// <summary>
/// Builds model objects by hand from text copied out of the seeds: indicator rows and budget-table rows are
/// pasted tab-separated as printed; a blank 一级/二级 cell inherits from the row above (merged cells).
/// </summary>
internal static class Build
{
    public static readonly DocumentSource Source = new("test", "hand-built");

    /// <summary>Indicator rows: 一级 \t 二级 \t 三级 \t 描述 \t 指标值 [\t 确定依据]; or with <paramref name="hasDescription"/> false: 一级 \t 二级 \t 三级 \t 指标值.</summary>
    public static IReadOnlyList<Indicator> Indicators(string rows, bool hasDescription = true)
    {
        var list = new List<Indicator>();
        string? l1 = null, l2 = null;
        foreach (var raw in rows.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            var c = line.Split('\t').Select(s => s.Trim()).ToArray();
            string? Cell(int i) => i < c.Length && c[i].Length > 0 ? c[i] : null;
            // A new 一级 starts its own 二级 group; a blank cell inherits from the row above (merged cells).
            l2 = Cell(0) is null ? Cell(1) ?? l2 : Cell(1);
            l1 = Cell(0) ?? l1;
            var name = Cell(2) ?? "";
            list.Add(hasDescription
                ? new Indicator { Level1 = l1, Level2 = l2, Name = name, Description = Cell(3), Value = Cell(4), Basis = Cell(5) }
                : new Indicator { Level1 = l1, Level2 = l2, Name = name, Value = Cell(3) });
        }
        return list;
    }

    /// <summary>A row with an 指标性质 column and a weight (seed 001): 一级 \t 二级 \t 三级 \t 性质 \t 指标值 \t 权重.</summary>
    public static IReadOnlyList<Indicator> WeightedIndicators(string rows)
    {
        var list = new List<Indicator>();
        string? l1 = null, l2 = null;
        foreach (var raw in rows.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            var c = line.Split('\t').Select(s => s.Trim()).ToArray();
            string? Cell(int i) => i < c.Length && c[i].Length > 0 ? c[i] : null;
            // A new 一级 starts its own 二级 group; a blank cell inherits from the row above (merged cells).
            l2 = Cell(0) is null ? Cell(1) ?? l2 : Cell(1);
            l1 = Cell(0) ?? l1;
            list.Add(new Indicator
            {
                Level1 = l1, Level2 = l2, Name = Cell(2) ?? "", Nature = Cell(3), Value = Cell(4), Weight = WrittenDecimal.TryParse(Cell(5)),
            });
        }
        return list;
    }

    public static Project Project(string name, string? budget, MoneyUnit unit, IReadOnlyList<Indicator> indicators,
        string[]? goals = null, string? code = null, SpendingPlan? plan = null, string? fiscal = null, string? other = null) => new()
    {
        Name = name,
        Code = code,
        MoneyUnit = unit,
        Budget = new ProjectBudget(WrittenDecimal.TryParse(budget), WrittenDecimal.TryParse(fiscal ?? budget), WrittenDecimal.TryParse(other)),
        Goals = goals ?? [],
        Indicators = indicators,
        SpendingPlan = plan,
    };

    public static SpendingPlan Plan(params (int Month, string Percent)[] points) =>
        new(points.Select(p => new SpendingPlanPoint(p.Month, WrittenDecimal.TryParse(p.Percent)!.Value)).ToArray());

    public static TargetDocument Document(params Project[] projects) =>
        new() { Source = Source, FiscalYear = 2024, MoneyUnit = MoneyUnit.TenThousandYuan, Projects = projects, Overall = new OverallTarget { Goals = ["总体目标"] } };

    /// <summary>A budget table from tab-separated rows as printed; blank cells are null.</summary>
    public static BudgetTable Table(string title, string[] columns, string rows) =>
        new(title, columns, rows.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)
            .Select(l => (IReadOnlyList<string?>)l.Split('\t').Select(s => s.Trim().Length == 0 ? null : s.Trim()).ToArray()).ToArray())
        { Unit = MoneyUnit.TenThousandYuan };

    public static TargetDocument WithTables(params BudgetTable[] tables) =>
        new() { Source = Source, FiscalYear = 2024, MoneyUnit = MoneyUnit.TenThousandYuan, BudgetTables = tables, Overall = new OverallTarget { Goals = ["总体目标"] } };

    public static IReadOnlyList<Finding> Review(TargetDocument doc) => ReviewRules.Default.Review(doc);

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId).ToList();
}
