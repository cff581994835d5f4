using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// The department (部门) a Word target document belongs to. A printed department line wins
/// ("部门名称：…", "预算部门：…", "部门（单位）名称：…", "预算（单位）名称：…"). Otherwise the budget unit the
/// projects have in common stands for the department: the unit on most tables, the first one on a tie —
/// a department's own office (本级) files most of its projects, and its sub-units (e.g. 法律援助中心) fewer.
/// </summary>
internal static class DepartmentInference
{
    private static readonly string[] Labels = ["部门名称", "预算部门", "部门（单位）名称", "预算（单位）名称", "部门(单位)名称", "预算(单位)名称"];

    public static Department? Infer(IReadOnlyList<SourceLine> lines, IReadOnlyList<Project> projects)
    {
        foreach (var line in lines)
        {
            var printed = Printed(line.Text);
            if (printed is not null) return printed;
        }
        BudgetUnit? best = null;
        var bestCount = 0;
        var counts = new Dictionary<BudgetUnit, int>();
        foreach (var p in projects)
        {
            if (p.Unit is null) continue;
            var n = counts[p.Unit] = counts.GetValueOrDefault(p.Unit) + 1;
            if (n > bestCount) { best = p.Unit; bestCount = n; }
        }
        return best is null ? null : new Department(best.Code, best.Name);
    }

    private static Department? Printed(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.Length > 60) return null;
        foreach (var label in Labels)
        {
            if (!t.StartsWith(label, StringComparison.Ordinal)) continue;
            var rest = t[label.Length..].TrimStart();
            if (rest.Length == 0 || (rest[0] != '：' && rest[0] != ':')) continue;
            var unit = WordTableLabels.ParseBudgetUnit(rest[1..].Trim().ToString());
            return unit is null ? null : new Department(unit.Code, unit.Name);
        }
        return null;
    }
}
