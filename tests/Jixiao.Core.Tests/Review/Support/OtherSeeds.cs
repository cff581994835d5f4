using System.Text.RegularExpressions;
using Jixiao.Core.Model;

namespace Jixiao.Core.Tests.Review.Support;

/// <summary>Seeds 002 and 003 built by hand from their printed rows (OtherSeeds.Text.cs).</summary>
internal static partial class OtherSeedDocuments
{
    [GeneratedRegex(@"(?:^|\s)\d\.(?!\d)")]
    private static partial Regex Numbering();

    public static Project Seed003Project(int number)
    {
        var p = OtherSeeds.Seed003[number - 1];
        return Build.Project(p.Name, p.Budget, MoneyUnit.Yuan, Build.Indicators(p.Rows), p.Goals);
    }

    public static Project Seed002Project(int number)
    {
        var p = OtherSeeds.Seed002[number - 1];
        var goals = Numbering().Split(p.Goals.Replace("<p>", " ", StringComparison.Ordinal).Replace("</p>", " ", StringComparison.Ordinal))
            .Select(g => g.Trim()).Where(g => g.Length > 0).ToArray();
        return Build.Project(p.Name, p.Budget, MoneyUnit.Yuan, Build.Indicators(p.Rows), goals, p.Code.Replace(" ", "", StringComparison.Ordinal));
    }

    public static TargetDocument Seed003 => new()
    {
        Source = Build.Source, FiscalYear = 2024, MoneyUnit = MoneyUnit.Yuan,
        Projects = Enumerable.Range(1, OtherSeeds.Seed003.Length).Select(Seed003Project).ToArray(),
    };

    public static TargetDocument Seed002 => new()
    {
        Source = Build.Source, FiscalYear = 2022, MoneyUnit = MoneyUnit.Yuan,
        Overall = new OverallTarget { Goals = ["以法治政府示范创建为引领，提升法治抚宁建设水平"], HasSubGoalHeading = true, SubGoals = [new SubGoal("普法宣传工作", null, null)], HasMeasuresHeading = true, Measures = ["完善制度建设"] },
        Projects = Enumerable.Range(1, OtherSeeds.Seed002.Length).Select(Seed002Project).ToArray(),
    };
}
