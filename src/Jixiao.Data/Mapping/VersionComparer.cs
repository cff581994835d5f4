using Jixiao.Core.Model;

namespace Jixiao.Data.Mapping;

/// <summary>
/// Field-by-field differences between two versions of a document. Projects and indicators are matched by their stable
/// key, so moving a project is not read as every project after it changing; an added or removed one is one change.
/// Only a version stored before keys existed has items without one: those are matched by position, as they were then.
/// A pure move is not a field change (the audit log records moves); what is listed is what a reviewer must re-read.
/// </summary>
public static class VersionComparer
{
    public static IReadOnlyList<FieldChange> Compare(TargetDocument from, TargetDocument to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<FieldChange>();
        foreach (var (a, b) in Match(from.Projects, to.Projects, p => p.Key))
        {
            var where = $"项目{(b ?? a)!.Name}";
            if (a is null || b is null)
            {
                changes.Add(new FieldChange(where, "项目", a?.Name, b?.Name));
                continue;
            }
            Add(changes, where, "项目名称", a.Name, b.Name);
            Add(changes, where, "项目编码", a.Code, b.Code);
            Add(changes, where, "项目类别", a.Category, b.Category);
            Add(changes, where, "主管部门", a.Supervisor, b.Supervisor);
            Add(changes, where, "实施单位", a.Implementer, b.Implementer);
            Add(changes, where, "项目负责人", a.Owner, b.Owner);
            Add(changes, where, "联系电话", a.Phone, b.Phone);
            Add(changes, where, "预算数", a.Budget.Total?.Text, b.Budget.Total?.Text);
            Add(changes, where, "财政资金", a.Budget.Fiscal?.Text, b.Budget.Fiscal?.Text);
            Add(changes, where, "其他资金", a.Budget.Other?.Text, b.Budget.Other?.Text);
            Add(changes, where, "资金用途", a.Purpose, b.Purpose);
            Add(changes, where, "资金支出计划", Plan(a.SpendingPlan), Plan(b.SpendingPlan));
            Add(changes, where, "绩效目标", string.Join("；", a.Goals), string.Join("；", b.Goals));
            foreach (var (x, y) in Match(a.Indicators, b.Indicators, i => i.Key))
            {
                var at = $"{where} › 指标{(y ?? x)!.Name}";
                if (x is null || y is null)
                {
                    changes.Add(new FieldChange(at, "指标", x?.Name, y?.Name));
                    continue;
                }
                Add(changes, at, "一级指标", x.Level1, y.Level1);
                Add(changes, at, "二级指标", x.Level2, y.Level2);
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

    /// <summary>
    /// Pairs of (old, new), in the new version's order followed by the removed ones. Items whose key appears on both
    /// sides are paired by key; the rest (keyless items of an old version) are paired by position among themselves.
    /// </summary>
    internal static List<(T? Old, T? New)> Match<T>(IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string?> key) where T : class
    {
        var oldByKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in from)
            if (key(item) is { } k) oldByKey.TryAdd(k, item);
        // Keyless items (a version stored before keys existed), kept in order for the positional fallback.
        var oldRest = new Queue<T>(from.Where(x => key(x) is null));
        var pairs = new List<(T?, T?)>(Math.Max(from.Count, to.Count));
        var matched = new HashSet<T>(ReferenceEqualityComparer.Instance);
        foreach (var item in to)
        {
            T? old = null;
            if (key(item) is { } k) oldByKey.TryGetValue(k, out old);
            else if (oldRest.Count > 0) old = oldRest.Dequeue();
            if (old is not null) matched.Add(old);
            pairs.Add((old, item));
        }
        foreach (var item in from)
            if (!matched.Contains(item)) pairs.Add((item, null));
        return pairs;
    }

    private static string? Plan(SpendingPlan? plan) =>
        plan is null ? null : string.Join("，", plan.Points.Select(p => $"{p.Month}月底{p.Percent.Text}%"));

    private static void Add(List<FieldChange> changes, string where, string field, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal)) changes.Add(new FieldChange(where, field, old, @new));
    }
}
