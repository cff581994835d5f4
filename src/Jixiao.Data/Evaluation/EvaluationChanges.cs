using Jixiao.Core.Evaluation;

namespace Jixiao.Data.Evaluation;

/// <summary>The fields that differ between two versions of a project's inputs, for the audit log (field, old, new).</summary>
internal static class EvaluationChanges
{
    public static IReadOnlyList<(string Field, string? Old, string? New)> Between(ProjectActuals before, string? goalBefore,
        ProjectActuals after, string? goalAfter)
    {
        var changes = new List<(string, string?, string?)>();
        void Add(string field, string? old, string? @new)
        {
            if (!string.Equals(old ?? "", @new ?? "", StringComparison.Ordinal)) changes.Add((field, old, @new));
        }
        Add("年初预算数", before.Execution.InitialBudget?.Text, after.Execution.InitialBudget?.Text);
        Add("全年预算数", before.Execution.YearBudget?.Text, after.Execution.YearBudget?.Text);
        Add("全年执行数", before.Execution.Executed?.Text, after.Execution.Executed?.Text);
        Add("总体目标实际完成情况", goalBefore, goalAfter);
        var old = before.Indicators.Where(i => i.Key is not null).ToDictionary(i => i.Key!, StringComparer.Ordinal);
        foreach (var line in after.Indicators)
        {
            old.TryGetValue(line.Key ?? "", out var was);
            var name = Short(line.Name);
            Add($"{name}·实际完成值", was?.Actual, line.Actual);
            Add($"{name}·评价等级", was?.Grade, line.Grade);
            Add($"{name}·得分", was?.Score?.Text, line.Score?.Text);
            Add($"{name}·偏差原因", was?.Reason, line.Reason);
        }
        return changes;
    }

    /// <summary>The audit's field column holds 40 characters: a long indicator name is cut to leave room for the field.</summary>
    private static string Short(string name) => name.Length <= 30 ? name : name[..29] + "…";
}
