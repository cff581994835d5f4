using Jixiao.Core.Model;

namespace Jixiao.Core.Tests.Review.Support;

/// <summary>
/// Seed 004 (承德市司法局 2024 年部门预算信息公开) built by hand: its 9 budget tables and 28 project target
/// tables, rows copied as printed (Seed004.Text.cs). Used for whole-document checks and the timing test.
/// </summary>
internal static partial class Seed004
{
    private static readonly Lazy<TargetDocument> Lazy = new(Create);

    public static TargetDocument Document => Lazy.Value;

    public static BudgetTable Table(string titleContains)
    {
        var t = TableText.First(x => x.Title.Contains(titleContains, StringComparison.Ordinal));
        return Build.Table(t.Title, t.Columns, t.Rows) with { SourceLine = t.Line };
    }

    public static Project Project(int number)
    {
        var p = ProjectText[number - 1];
        return Build.Project(p.Name, p.Budget, MoneyUnit.TenThousandYuan, Build.Indicators(p.Rows), p.Goals, p.Code) with { SourceLine = p.Line };
    }

    private static TargetDocument Create() => new()
    {
        Source = Build.Source,
        Department = new Department("324", "承德市司法局"),
        FiscalYear = 2024,
        MoneyUnit = MoneyUnit.TenThousandYuan,
        Overall = new OverallTarget
        {
            Goals = ["2024年，坚持以习近平新时代中国特色社会主义思想为统领，全面学习贯彻党的二十大精神，深入践行习近平法治思想，紧紧围绕市委市政府中心工作，立足司法行政工作职能，主动担当作为"],
            SubGoals = [new SubGoal("政府法治制度建设工作", "积极发挥市委依法治市办公室统筹作用", "法律顾问在规定期限内出具法律意见书率达100%")],
            Measures = ["完善制度建设"],
            HasSubGoalHeading = true,
            HasMeasuresHeading = true,
        },
        Projects = Enumerable.Range(1, ProjectText.Length).Select(Project).ToArray(),
        BudgetTables = TableText.Select(t => Build.Table(t.Title, t.Columns, t.Rows) with { SourceLine = t.Line }).ToArray(),
    };
}
