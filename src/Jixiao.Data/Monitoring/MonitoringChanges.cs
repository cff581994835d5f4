using Jixiao.Core.Monitoring;

namespace Jixiao.Data.Monitoring;

/// <summary>The fields that differ between two versions of a report's inputs, for the audit log (where, field, old, new).</summary>
internal static class MonitoringChanges
{
    public static IReadOnlyList<(string Where, string Field, string? Old, string? New)> Between(MonitoringSheet before,
        Dictionary<string, string> notesBefore, MonitoringSheet after, Dictionary<string, string> notesAfter)
    {
        var changes = new List<(string, string, string?, string?)>();
        var old = before.Projects.Where(p => p.Key is not null).ToDictionary(p => p.Key!, StringComparer.Ordinal);
        foreach (var p in after.Projects)
        {
            old.TryGetValue(p.Key ?? "", out var was);
            var where = $"项目{p.Name}";
            void Add(string field, string? o, string? n)
            {
                if (!string.Equals(o ?? "", n ?? "", StringComparison.Ordinal)) changes.Add((where, field, o, n));
            }
            Add("全年预算数", was?.Execution.YearBudget?.Text, p.Execution.YearBudget?.Text);
            Add("截至执行数", was?.Execution.Executed?.Text, p.Execution.Executed?.Text);
            Add("偏差原因", Joined(was?.Causes), Joined(p.Causes));
            Add("偏差原因说明", notesBefore.GetValueOrDefault(p.Key ?? ""), notesAfter.GetValueOrDefault(p.Key ?? ""));
            Add("纠偏措施", was?.Remedy, p.Remedy);
            var lines = was?.Indicators.Where(i => i.Key is not null).ToDictionary(i => i.Key!, StringComparer.Ordinal) ?? [];
            foreach (var l in p.Indicators)
            {
                lines.TryGetValue(l.Key ?? "", out var w);
                var name = Short(l.Name);
                var noteKey = p.Key + "/" + l.Key;
                Add($"{name}·截至完成值", w?.Progress, l.Progress);
                Add($"{name}·全年预计", w?.Forecast, l.Forecast);
                Add($"{name}·完成可能性", w?.Likelihood, l.Likelihood);
                Add($"{name}·偏差原因", Joined(w?.Causes), Joined(l.Causes));
                Add($"{name}·原因说明", notesBefore.GetValueOrDefault(noteKey), notesAfter.GetValueOrDefault(noteKey));
                Add($"{name}·纠偏措施", w?.Remedy, l.Remedy);
            }
        }
        return changes;
    }

    private static string? Joined(IReadOnlyList<string>? causes) => causes is null || causes.Count == 0 ? null : string.Join("、", causes);

    /// <summary>The audit's field column holds 40 characters: a long indicator name is cut to leave room for the field.</summary>
    private static string Short(string name) => name.Length <= 30 ? name : name[..29] + "…";
}
