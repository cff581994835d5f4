using System.Globalization;
using Jixiao.Core.Model;

namespace Jixiao.Data.Drafting;

/// <summary>
/// The editable header fields of a project in one place: applying a <see cref="ProjectEdit"/> to the Core record with
/// every check a finance officer expects (money exact and not negative, parts not above the total, a plan that does not
/// fall), and the Chinese field names for the audit log. Anything refused is a <see cref="JixiaoException"/> saying
/// which field and why; nothing is applied then.
/// </summary>
public static class ProjectFields
{
    /// <summary>Longest text accepted in a field: longer than any real 项目概况, far shorter than a pasted document.</summary>
    public const int MaxText = 2000;

    private const decimal MaxMoney = 1_000_000_000_000m;

    public static (Project Project, IReadOnlyList<(string Field, string? Old, string? New)> Changes) Apply(Project current, ProjectEdit edit, string unitName)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edit);
        var changes = new List<(string, string?, string?)>();
        string? Pick(string field, string? old, string? requested, int max = MaxText)
        {
            if (requested is null) return old;
            var value = requested.Trim().Length == 0 ? null : requested.Trim();
            if (value is { Length: var n } && n > max)
                throw new JixiaoException($"{field}过长（{n} 个字符）：最多 {max} 个字符。");
            if (value != old) changes.Add((field, old, value));
            return value;
        }

        var name = Pick("项目名称", current.Name, edit.Name, 500);
        if (string.IsNullOrEmpty(name)) throw new JixiaoException("项目名称不能为空。");
        var code = Pick("项目编码", current.Code, edit.Code is null ? null : string.Concat(edit.Code.Where(c => !char.IsWhiteSpace(c))), 60);
        var category = Pick("项目类别", current.Category, edit.Category, 100);
        var supervisor = Pick("主管部门", current.Supervisor, edit.Supervisor, 200);
        var implementer = Pick("实施单位", current.Implementer, edit.Implementer, 200);
        var owner = Pick("项目负责人", current.Owner, edit.Owner, 100);
        var phone = Pick("联系电话", current.Phone, edit.Phone, 60);
        var purpose = Pick("资金用途", current.Purpose, edit.Purpose);

        var budget = Budget(current.Budget, edit, unitName, changes);
        var plan = edit.SpendingPlan is null ? current.SpendingPlan : Plan(edit.SpendingPlan);
        if (edit.SpendingPlan is not null && PlanText(plan) != PlanText(current.SpendingPlan))
            changes.Add(("资金支出计划", PlanText(current.SpendingPlan), PlanText(plan)));
        var goals = edit.Goals is null ? current.Goals : Goals(edit.Goals);
        if (edit.Goals is not null && !goals.SequenceEqual(current.Goals, StringComparer.Ordinal))
            changes.Add(("年度绩效目标", Numbered(current.Goals), Numbered(goals)));

        // Money carried from last year stays marked 待更新 until someone saves it (even unchanged: they confirmed it).
        var moneyEdited = edit.Total is not null || edit.Fiscal is not null || edit.Other is not null;
        var carried = current.CarriedFrom is { MoneyToUpdate: true } c && moneyEdited ? c with { MoneyToUpdate = false } : current.CarriedFrom;
        if (carried != current.CarriedFrom) changes.Add(("金额待更新", "是", "否"));

        var updated = current with
        {
            Name = name, Code = code, Category = category, Supervisor = supervisor, Implementer = implementer, Owner = owner,
            Phone = phone, Purpose = purpose, Budget = budget, SpendingPlan = plan, Goals = goals, CarriedFrom = carried,
        };
        return (updated, changes);
    }

    /// <summary>
    /// 资金总额 with 财政资金 and 其他资金: each a plain non-negative number; when the total is left empty and a part is
    /// given, the total follows from the parts; otherwise the parts must not exceed it, and both parts must add up to it.
    /// </summary>
    private static ProjectBudget Budget(ProjectBudget current, ProjectEdit edit, string unitName, List<(string, string?, string?)> changes)
    {
        var total = Money("资金总额", current.Total, edit.Total, unitName);
        var fiscal = Money("财政资金", current.Fiscal, edit.Fiscal, unitName);
        var other = Money("其他资金", current.Other, edit.Other, unitName);
        var parts = (fiscal?.Value ?? 0m) + (other?.Value ?? 0m);
        if (total is null && (fiscal is not null || other is not null))
            total = new WrittenDecimal(parts.ToString(CultureInfo.InvariantCulture), parts);
        else if (total is { } t && (fiscal is not null || other is not null))
        {
            if (parts > t.Value)
                throw new JixiaoException($"财政资金与其他资金合计 {parts.ToString(CultureInfo.InvariantCulture)}{unitName}，超过资金总额 {t.Text}{unitName}。");
            if (fiscal is not null && other is not null && parts != t.Value)
                throw new JixiaoException($"财政资金 {fiscal.Value.Text} 与其他资金 {other.Value.Text} 之和为 {parts.ToString(CultureInfo.InvariantCulture)}{unitName}，与资金总额 {t.Text}{unitName} 不符。");
        }
        Add(changes, "资金总额", current.Total?.Text, total?.Text);
        Add(changes, "财政资金", current.Fiscal?.Text, fiscal?.Text);
        Add(changes, "其他资金", current.Other?.Text, other?.Text);
        return new ProjectBudget(total, fiscal, other);
    }

    internal static WrittenDecimal? Money(string field, WrittenDecimal? old, string? requested, string unitName)
    {
        if (requested is null) return old;
        if (requested.Trim().Length == 0) return null;
        var value = WrittenDecimal.TryParse(requested)
            ?? throw new JixiaoException($"{field}“{Shorten(requested)}”不是数字：请填写以{unitName}为单位的金额，如 13.72。");
        if (value.Value < 0) throw new JixiaoException($"{field}不能为负数（填写的是 {value.Text}）。");
        if (value.Value >= MaxMoney) throw new JixiaoException($"{field} {value.Text}{unitName} 超出合理范围。");
        // Kept as typed (minus a leading +), so the table prints what the officer wrote.
        return value with { Text = value.Text.TrimStart('+') };
    }

    private static SpendingPlan? Plan(IReadOnlyList<SpendingPlanEntry> entries)
    {
        if (entries.Count == 0) return null;
        var points = new List<SpendingPlanPoint>();
        foreach (var e in entries.OrderBy(e => e.Month))
        {
            if (e.Month is < 1 or > 12) throw new JixiaoException($"资金支出计划的月份 {e.Month} 不在 1—12 之间。");
            if (points.Any(p => p.Month == e.Month)) throw new JixiaoException($"资金支出计划中 {e.Month}月底 出现了两次。");
            var percent = WrittenDecimal.TryParse(e.Percent?.TrimEnd('%', '％'))
                ?? throw new JixiaoException($"资金支出计划 {e.Month}月底 的“{Shorten(e.Percent ?? "")}”不是百分数。");
            if (percent.Value is < 0 or > 100) throw new JixiaoException($"资金支出计划 {e.Month}月底 为 {percent.Text}%，应在 0—100 之间。");
            if (points.Count > 0 && percent.Value < points[^1].Percent.Value)
                throw new JixiaoException($"资金支出计划是累计数，不能下降：{points[^1].Month}月底 {points[^1].Percent.Text}%，{e.Month}月底 却为 {percent.Text}%。");
            points.Add(new SpendingPlanPoint(e.Month, percent));
        }
        return new SpendingPlan(points);
    }

    private static string[] Goals(IReadOnlyList<string> goals)
    {
        var list = goals.Select(g => (g ?? "").Trim()).Where(g => g.Length > 0).ToArray();
        foreach (var g in list)
            if (g.Length > MaxText) throw new JixiaoException($"年度绩效目标过长（{g.Length} 个字符）：每条最多 {MaxText} 个字符。");
        return list;
    }

    private static string? PlanText(SpendingPlan? plan) =>
        plan is null ? null : string.Join("，", plan.Points.Select(p => $"{p.Month}月底{p.Percent.Text}%"));

    private static string? Numbered(IReadOnlyList<string> goals) =>
        goals.Count == 0 ? null : string.Join("；", goals.Select((g, i) => $"{i + 1}.{g}"));

    private static void Add(List<(string, string?, string?)> changes, string field, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal)) changes.Add((field, old, @new));
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
