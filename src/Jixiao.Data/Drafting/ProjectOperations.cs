using Jixiao.Core.Model;
using Jixiao.Data.Limits;

namespace Jixiao.Data.Drafting;

/// <summary>
/// The project edits as pure functions of the model: header fields (<see cref="ProjectFields"/>), add, delete, move.
/// Each returns the model after it and what the audit log says about it.
/// </summary>
internal static class ProjectOperations
{
    public static DraftChange UpdateHeader(DraftState s, ProjectEdit edit)
    {
        var index = IndexOf(s.Model, s.ProjectKey!);
        var current = s.Model.Projects[index];
        var (updated, changes) = ProjectFields.Apply(current, Clean(edit), UnitName(s.Model, current));
        if (changes.Count == 0) return DraftChange.None(s);
        var list = s.Model.Projects.ToArray();
        list[index] = updated;
        var where = $"项目{updated.Name}";
        return new DraftChange(s.Model with { Projects = list },
            changes.Select(c => new AuditLine("修改项目", where, c.Field, c.Old, c.New)).ToArray(), [updated.Key!], [], updated.Key, null);
    }

    /// <summary>A new project at the end of the document, with the header fields given (项目名称 required).</summary>
    public static DraftChange Add(DraftState s, string key, ProjectEdit edit)
    {
        var blank = new Project { Key = key, Name = "" };
        var (added, changes) = ProjectFields.Apply(blank, Clean(edit), UnitName(s.Model, blank));
        var position = s.Model.Projects.Count + 1;
        var where = $"项目{added.Name}";
        var audit = new List<AuditLine> { new("添加项目", where, "位置", null, $"第{position}个项目") };
        audit.AddRange(changes.Where(c => c.Field != "项目名称").Select(c => new AuditLine("添加项目", where, c.Field, null, c.New)));
        return new DraftChange(s.Model with { Projects = [.. s.Model.Projects, added] }, audit, [key], [], key, null);
    }

    public static DraftChange Delete(DraftState s)
    {
        var index = IndexOf(s.Model, s.ProjectKey!);
        var gone = s.Model.Projects[index];
        var list = s.Model.Projects.Where((_, i) => i != index).ToArray();
        var what = $"第{index + 1}个项目“{gone.Name}”（{(gone.Code is null ? "" : "编码 " + gone.Code + "，")}资金总额 {gone.Budget.Total?.Text ?? "未填"}，{gone.Indicators.Count} 项指标）";
        return new DraftChange(s.Model with { Projects = list }, [new AuditLine("删除项目", $"项目{gone.Name}", null, what, null)], [], [], null, null);
    }

    /// <summary>Moves the project to a 1-based position (上移/下移 are the neighbouring positions).</summary>
    public static DraftChange Move(DraftState s, int position)
    {
        var index = IndexOf(s.Model, s.ProjectKey!);
        var count = s.Model.Projects.Count;
        if (position < 1 || position > count)
            throw new JixiaoException($"项目只能移到第 1—{count} 个位置（要求的是第 {position} 个）。");
        if (position == index + 1) return DraftChange.None(s);
        var list = s.Model.Projects.ToList();
        var project = list[index];
        list.RemoveAt(index);
        list.Insert(position - 1, project);
        return new DraftChange(s.Model with { Projects = list },
            [new AuditLine("移动项目", $"项目{project.Name}", "位置", $"第{index + 1}个项目", $"第{position}个项目")], [project.Key!], [], project.Key, null);
    }

    internal static int IndexOf(TargetDocument model, string key)
    {
        for (var i = 0; i < model.Projects.Count; i++)
            if (model.Projects[i].Key == key) return i;
        throw new NotFoundException("该项目已不在当前版本中，请刷新后重试。");
    }

    private static string UnitName(TargetDocument model, Project project) =>
        (project.MoneyUnit ?? model.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese();

    /// <summary>Control characters removed from everything typed (as an indicator edit is), so they never reach an export.</summary>
    private static ProjectEdit Clean(ProjectEdit e) => new(
        InputText.Clean(e.Code), InputText.Clean(e.Name), InputText.Clean(e.Category), InputText.Clean(e.Supervisor),
        InputText.Clean(e.Implementer), InputText.Clean(e.Owner), InputText.Clean(e.Phone), InputText.Clean(e.Total),
        InputText.Clean(e.Fiscal), InputText.Clean(e.Other), InputText.Clean(e.Purpose),
        e.SpendingPlan?.Select(p => p with { Percent = InputText.Clean(p.Percent) ?? "" }).ToArray(),
        e.Goals?.Select(g => InputText.Clean(g) ?? "").ToArray());
}
