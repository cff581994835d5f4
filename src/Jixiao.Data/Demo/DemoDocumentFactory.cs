using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Data.Demo;

/// <summary>
/// Builds demo target documents from the Core model: each project with budget, spending plan, goals and 7–10
/// indicators across 产出/成本/效益/满意度 with realistic values. A few projects carry deliberate defects (a low
/// satisfaction target, an empty value, a cost above the budget, a spending plan going backwards, a missing
/// basis) so that the review has something to say. Deterministic for a given seed.
/// </summary>
public static class DemoDocumentFactory
{
    public static TargetDocument Build(DemoDepartment department, DemoUnit unit, int fiscalYear, int projectCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(unit);
#pragma warning disable CA5394 // Demo figures, not security: a seeded generator makes the demo reproducible.
        var random = new Random(seed);
        var projects = new List<Project>(projectCount);
        for (var i = 0; i < projectCount; i++)
        {
            var theme = department.Themes[(i + seed) % department.Themes.Count];
            var name = projectCount > department.Themes.Count ? $"{theme.Name}（{i / department.Themes.Count + 1}期）" : theme.Name;
            projects.Add(BuildProject(unit, theme, name, fiscalYear, seed * 100 + i, random));
        }
#pragma warning restore CA5394
        return new TargetDocument
        {
            Source = new DocumentSource("演示数据", "demo"),
            Department = new Department(department.Code, department.Name),
            FiscalYear = fiscalYear,
            MoneyUnit = MoneyUnit.TenThousandYuan,
            Overall = new OverallTarget
            {
                Goals =
                [
                    $"围绕{department.Kind}领域年度重点任务，保障{unit.Name}各项业务正常开展，提升公共服务质量和效率。",
                    "加强预算绩效管理，严格执行支出计划，确保资金使用安全、规范、有效。",
                ],
                Measures = ["完善内部控制制度，落实项目负责人责任。", "按月跟踪预算执行和绩效目标实现情况，发现偏差及时纠正。"],
                HasMeasuresHeading = true,
            },
            Projects = projects,
        };
    }

    private static Project BuildProject(DemoUnit unit, DemoProjectTheme theme, string name, int fiscalYear, int serial, Random random)
    {
        var budget = Math.Round((decimal)random.Next(1_250, 38_000) / 100m, 2);
        var budgetText = budget.ToString("0.00", CultureInfo.InvariantCulture);
        var count = random.Next(theme.MinCount, theme.MaxCount) / 10 * 10;
        var defect = serial % 7;
        string Basis(int k) => DemoCatalog.Bases[(serial + k) % DemoCatalog.Bases.Count];

        var indicators = new List<Indicator>
        {
            Make("产出指标", "数量指标", theme.Output + "数量", $"全年完成{theme.Output}数量", defect == 5 ? null : $"≥{count}{theme.OutputUnit}", Basis(0)),
            Make("产出指标", "质量指标", theme.Quality, $"{theme.Quality}达到标准", "≥95%", Basis(1)),
            Make("产出指标", "时效指标", "项目完成时间", "按计划完成全部任务的时间", random.Next(2) == 0 ? "12月底" : $"{fiscalYear}年11月30日前", Basis(2)),
            Make("成本指标", "经济成本指标", "项目支出成本", "项目总支出控制在预算以内",
                defect == 4 ? $"≤{(budget * 1.2m).ToString("0.00", CultureInfo.InvariantCulture)}万元" : $"≤{budgetText}万元", defect == 1 ? null : "预算批复文件"),
            Make("效益指标", "社会效益指标", theme.Benefit, $"{theme.Benefit}明显提升", "有效提升", Basis(3)),
            Make("效益指标", "可持续影响指标", "长效工作机制", "形成可持续运行的工作机制", "持续发挥作用", Basis(4)),
            Make("满意度指标", "服务对象满意度指标", theme.ServedPeople + "满意度", $"{theme.ServedPeople}对项目实施的满意程度", defect == 3 ? "≥60%" : "≥90%", "问卷调查"),
        };
        var extra = random.Next(0, 4);
        if (extra > 0) indicators.Insert(3, Make("产出指标", "质量指标", "资金支付合规率", "资金支付符合财务制度规定", "100%", "财务制度"));
        if (extra > 1) indicators.Insert(5, Make("效益指标", "经济效益指标", "单位服务成本", "每单位服务的平均支出", $"≤{Math.Max(1, (int)(budget * 10_000m / Math.Max(count, 1)))}元/{theme.OutputUnit}", "历史同期水平"));
        if (extra > 2) indicators.Insert(6, Make("效益指标", "社会效益指标", "政策知晓率", "服务对象知晓相关政策的比例", "≥85%", "问卷调查"));

        var plan = defect == 2
            ? new[] { (3, "30"), (6, "60"), (10, "50"), (12, "100") }
            : new[] { (3, random.Next(15, 30).ToString(CultureInfo.InvariantCulture)), (6, random.Next(40, 60).ToString(CultureInfo.InvariantCulture)), (10, random.Next(75, 90).ToString(CultureInfo.InvariantCulture)), (12, "100") };
        return new Project
        {
            Unit = new BudgetUnit(unit.Code, unit.Name),
            Code = $"{DemoCatalog.RegionCode}{(fiscalYear - 1) % 100:D2}P{serial:D8}Y",
            Name = name,
            Category = "特定目标类",
            MoneyUnit = MoneyUnit.TenThousandYuan,
            Budget = new ProjectBudget(Dec(budgetText), Dec(budgetText), null),
            Purpose = $"用于{theme.Name}相关支出",
            SpendingPlan = new SpendingPlan(plan.Select(p => new SpendingPlanPoint(p.Item1, Dec(p.Item2)!.Value)).ToArray()),
            Goals = [$"全年完成{theme.Output}{count}{theme.OutputUnit}以上，{theme.Quality}不低于95%。", $"{theme.Benefit}得到提升，{theme.ServedPeople}满意度不低于90%。"],
            Indicators = indicators,
        };
    }

    private static Indicator Make(string level1, string level2, string name, string description, string? value, string? basis) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Description = description,
        Value = value,
        Basis = basis,
        Target = value is null ? null : TargetValue.Parse(value),
    };

    private static WrittenDecimal? Dec(string text) => WrittenDecimal.TryParse(text);
}
