using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// What a published 项目绩效目标表 contains, whatever the output format: the unit line, the detail pairs, the
/// spending-plan months, the numbered goals and the indicator columns. The format-neutral layout takes these decisions
/// from here and the Word, PDF and HTML writers render that layout, so every one of them prints the same table.
/// </summary>
internal static class TargetTableContent
{
    /// <summary>The month-end labels of the official spending-plan row; other months a document gives are added in order.</summary>
    private static readonly int[] StandardPlanMonths = [3, 6, 10, 12];

    /// <summary>Code and name as the unit line prints them: <c>315002怀来县司法局</c>.</summary>
    public static string UnitText(string? code, string name) => code is null ? name : code + name;

    /// <summary>
    /// The unit line over a project's table: its own 预算单位, else (<paramref name="departmentWhenNone"/>) the
    /// department's. The workbook prints only the project's own, so that a project without one reads back without one.
    /// </summary>
    public static string? UnitLine(TargetDocument document, Project project, bool departmentWhenNone = true) =>
        project.Unit is not null ? UnitText(project.Unit.Code, project.Unit.Name)
        : departmentWhenNone && document.Department is not null ? UnitText(document.Department.Code, document.Department.Name) : null;

    /// <summary>Goals one per paragraph, numbered 1. 2. … when there is more than one (a single goal is printed as written).</summary>
    public static IReadOnlyList<string> NumberedGoals(IReadOnlyList<string> goals) =>
        goals.Count <= 1 ? goals : [.. goals.Select((g, i) => $"{i + 1}.{g}")];

    public static List<int> PlanMonths(SpendingPlan? plan)
    {
        var months = new List<int>(StandardPlanMonths);
        if (plan is not null)
            foreach (var point in plan.Points)
                if (!months.Contains(point.Month)) months.Add(point.Month);
        months.Sort();
        return months;
    }

    /// <summary>项目类别, 项目负责人, 联系电话, 主管部门, 实施单位 — only those the document gives.</summary>
    public static IEnumerable<(string Label, string Value)> DetailPairs(Project project)
    {
        if (project.Category is not null) yield return ("项目类别", project.Category);
        if (project.Owner is not null) yield return ("项目负责人", project.Owner);
        if (project.Phone is not null) yield return ("联系电话", project.Phone);
        if (project.Supervisor is not null) yield return ("主管部门", project.Supervisor);
        if (project.Implementer is not null) yield return ("实施单位", project.Implementer);
    }

    /// <summary>
    /// The indicator columns: 一级指标/二级指标/三级指标/指标值 always; 绩效指标描述, 指标性质, 权重, 指标值确定依据 only when at
    /// least one indicator of the table has one — a document that never had the column does not get an empty one.
    /// </summary>
    public static IReadOnlyList<(string Header, Func<Indicator, string?> Value)> IndicatorColumns(IReadOnlyList<Indicator> indicators)
    {
        var columns = new List<(string Header, Func<Indicator, string?> Value)>
        {
            ("一级指标", i => i.Level1),
            ("二级指标", i => i.Level2),
            ("三级指标", i => i.Name),
        };
        if (indicators.Any(i => i.Description is not null)) columns.Add(("绩效指标描述", i => i.Description));
        if (indicators.Any(i => i.Nature is not null)) columns.Add(("指标性质", i => i.Nature));
        columns.Add(("指标值", i => i.Value));
        if (indicators.Any(i => i.Weight is not null)) columns.Add(("权重", i => i.Weight?.Text));
        if (indicators.Any(i => i.Basis is not null)) columns.Add(("指标值确定依据", i => i.Basis));
        return columns;
    }
}
