using Jixiao.Core.Model;

namespace Jixiao.Data.Mapping;

/// <summary>
/// Field-by-field differences between two versions of a document. Projects and indicators are matched by position
/// (the way reviewers refer to them: 第3个项目第2项指标); an added or removed one is one change.
/// </summary>
public static class VersionComparer
{
    public static IReadOnlyList<FieldChange> Compare(TargetDocument from, TargetDocument to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<FieldChange>();
        var n = Math.Max(from.Projects.Count, to.Projects.Count);
        for (var p = 0; p < n; p++)
        {
            var a = p < from.Projects.Count ? from.Projects[p] : null;
            var b = p < to.Projects.Count ? to.Projects[p] : null;
            var where = $"项目{(b ?? a)!.Name}";
            if (a is null || b is null)
            {
                changes.Add(new FieldChange(where, "项目", a?.Name, b?.Name));
                continue;
            }
            Add(changes, where, "项目名称", a.Name, b.Name);
            Add(changes, where, "项目编码", a.Code, b.Code);
            Add(changes, where, "预算数", a.Budget.Total?.Text, b.Budget.Total?.Text);
            Add(changes, where, "资金用途", a.Purpose, b.Purpose);
            Add(changes, where, "资金支出计划", Plan(a.SpendingPlan), Plan(b.SpendingPlan));
            Add(changes, where, "绩效目标", string.Join("；", a.Goals), string.Join("；", b.Goals));
            var m = Math.Max(a.Indicators.Count, b.Indicators.Count);
            for (var i = 0; i < m; i++)
            {
                var x = i < a.Indicators.Count ? a.Indicators[i] : null;
                var y = i < b.Indicators.Count ? b.Indicators[i] : null;
                var at = $"{where} › 指标{(y ?? x)!.Name}";
                if (x is null || y is null)
                {
                    changes.Add(new FieldChange(at, "指标", x?.Name, y?.Name));
                    continue;
                }
                Add(changes, at, IndicatorFields.Name, x.Name, y.Name);
                Add(changes, at, IndicatorFields.Description, x.Description, y.Description);
                Add(changes, at, IndicatorFields.Nature, x.Nature, y.Nature);
                Add(changes, at, IndicatorFields.Value, x.Value, y.Value);
                Add(changes, at, IndicatorFields.Weight, x.Weight?.Text, y.Weight?.Text);
                Add(changes, at, IndicatorFields.Basis, x.Basis, y.Basis);
            }
        }
        return changes;
    }

    private static string? Plan(SpendingPlan? plan) =>
        plan is null ? null : string.Join("，", plan.Points.Select(p => $"{p.Month}月底{p.Percent.Text}%"));

    private static void Add(List<FieldChange> changes, string where, string field, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal)) changes.Add(new FieldChange(where, field, old, @new));
    }
}
