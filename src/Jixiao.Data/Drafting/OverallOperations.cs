using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 部门整体绩效目标的编辑，作为模型的纯函数（与 <see cref="ProjectOperations"/> 相同的约定）：总体目标、分项目标、
/// 工作保障措施、资金，以及其指标的添加、修改、删除。部门整体没有行，只在快照里；它作为一个单元由文档的
/// <c>OverallRowVersion</c> 守护（<see cref="DraftChange.TouchedOverall"/>）。
/// </summary>
internal static class OverallOperations
{
    private const string Where = "部门整体绩效目标";

    public static DraftChange UpdateText(DraftState s, OverallEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var current = s.Model.Overall ?? new OverallTarget();
        var changes = new List<(string Field, string? Old, string? New)>();

        var goals = edit.Goals is null ? current.Goals : Lines("总体目标", edit.Goals);
        if (!goals.SequenceEqual(current.Goals, StringComparer.Ordinal)) changes.Add(("总体目标", Numbered(current.Goals), Numbered(goals)));
        var measures = edit.Measures is null ? current.Measures : Lines("工作保障措施", edit.Measures);
        if (!measures.SequenceEqual(current.Measures, StringComparer.Ordinal)) changes.Add(("工作保障措施", Numbered(current.Measures), Numbered(measures)));
        var subGoals = edit.SubGoals is null ? current.SubGoals : SubGoals(edit.SubGoals);
        if (!subGoals.SequenceEqual(current.SubGoals)) changes.Add(("分项目标", SubGoalText(current.SubGoals), SubGoalText(subGoals)));
        var funds = Funds(current.Funds, edit, UnitName(s.Model), changes);

        if (changes.Count == 0) return DraftChange.None(s);
        var updated = current with
        {
            Goals = goals,
            Measures = measures,
            SubGoals = subGoals,
            Funds = funds,
            // What the filer wrote is printed under its heading, as on paper.
            HasMeasuresHeading = current.HasMeasuresHeading || measures.Count > 0,
            HasSubGoalHeading = current.HasSubGoalHeading || subGoals.Count > 0,
        };
        return Changed(s, updated, changes.Select(c => new AuditLine("修改部门整体目标", Where, c.Field, c.Old, c.New)).ToArray(), null);
    }

    public static DraftChange AddIndicator(DraftState s, string key, NewOverallIndicator request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = s.Model.Overall ?? new OverallTarget();
        var level1 = Level("一级指标", request.Level1);
        var level2 = Level("二级指标", request.Level2);
        var blank = new Indicator { Key = key, Name = "", Level1 = level1, Level2 = level2 };
        var (added, changes) = IndicatorFields.Apply(blank, InputText.Clean(request.Fields));
        var list = current.Indicators.ToList();
        // After the last one of the same 一级/二级 (the table's merged cells stay whole), else at the end.
        var at = list.FindLastIndex(i => i.Level1 == level1 && i.Level2 == level2) + 1;
        if (at == 0) at = list.Count;
        list.Insert(at, added);
        var where = $"{Where} › 指标{added.Name}";
        var audit = new List<AuditLine> { new("添加部门整体指标", where, "位置", null, $"{level1}/{level2}，第{at + 1}项指标") };
        audit.AddRange(changes.Where(c => c.Field != IndicatorFields.Name).Select(c => new AuditLine("添加部门整体指标", where, c.Field, null, c.New)));
        return Changed(s, current with { Indicators = list }, audit, key);
    }

    public static DraftChange UpdateIndicator(DraftState s, string key, IndicatorEdit edit)
    {
        var current = s.Model.Overall ?? throw Gone();
        var i = IndexOf(current, key);
        var (updated, changes) = IndicatorFields.Apply(current.Indicators[i], InputText.Clean(edit));
        if (changes.Count == 0) return DraftChange.None(s);
        var list = current.Indicators.Select((x, n) => n == i ? updated : x).ToArray();
        var where = $"{Where} › 指标{updated.Name}";
        return Changed(s, current with { Indicators = list },
            changes.Select(c => new AuditLine("修改部门整体指标", where, c.Field, c.Old, c.New)).ToArray(), key);
    }

    public static DraftChange DeleteIndicator(DraftState s, string key)
    {
        var current = s.Model.Overall ?? throw Gone();
        var i = IndexOf(current, key);
        var gone = current.Indicators[i];
        var what = $"第{i + 1}项指标 {gone.Level1}/{gone.Level2}/{gone.Name}：{gone.Nature}{gone.Value}{(gone.Weight is { } w ? "，权重 " + w.Text : "")}";
        return Changed(s, current with { Indicators = current.Indicators.Where((_, n) => n != i).ToArray() },
            [new AuditLine("删除部门整体指标", $"{Where} › 指标{gone.Name}", null, what, null)], null);
    }

    /// <summary>
    /// 上移/下移 within its 一级/二级 (refused at the edge, pointing to 移到), or 移到 another 一级/二级 — placed after the
    /// last one of that 一级/二级, else at the end, as an added one is. The department-wide table writes its levels in its
    /// own words, so they are free text (as on add), not checked against a project frame.
    /// </summary>
    public static DraftChange MoveIndicator(DraftState s, string key, IndicatorMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var current = s.Model.Overall ?? throw Gone();
        var i = IndexOf(current, key);
        var list = current.Indicators.ToList();
        var indicator = list[i];
        var where = $"{Where} › 指标{indicator.Name}";
        if (move.Level1 is not null || move.Level2 is not null)
        {
            var level1 = Level("一级指标", move.Level1);
            var level2 = Level("二级指标", move.Level2);
            if (level1 == indicator.Level1 && level2 == indicator.Level2) return DraftChange.None(s);
            list.RemoveAt(i);
            var at = list.FindLastIndex(x => x.Level1 == level1 && x.Level2 == level2) + 1;
            if (at == 0) at = list.Count;
            list.Insert(at, indicator with { Level1 = level1, Level2 = level2 });
            return Changed(s, current with { Indicators = list },
                [new AuditLine("移动部门整体指标", where, "一级/二级指标", $"{indicator.Level1}/{indicator.Level2}", $"{level1}/{level2}，第{at + 1}项指标")], key);
        }
        if (move.By is not (-1 or 1)) throw new JixiaoException("移动部门整体指标：请给出上移（-1）或下移（1），或要移到的一级、二级指标。");
        var j = i + move.By.Value;
        if (j < 0 || j >= list.Count || list[j].Level1 != indicator.Level1 || list[j].Level2 != indicator.Level2)
            throw new JixiaoException($"部门整体指标“{indicator.Name}”已是“{indicator.Level2 ?? indicator.Level1 ?? "本组"}”中的{(move.By < 0 ? "第一项，不能上移" : "最后一项，不能下移")}；要换到别的二级指标，请用“移到”。");
        (list[i], list[j]) = (list[j], list[i]);
        return Changed(s, current with { Indicators = list },
            [new AuditLine("移动部门整体指标", where, "位置", $"第{i + 1}项指标", $"第{j + 1}项指标")], key);
    }

    /// <summary>The index of the department-wide indicator with this key, or “not found” (deleted meanwhile).</summary>
    internal static int IndexOf(OverallTarget overall, string key)
    {
        for (var i = 0; i < overall.Indicators.Count; i++)
            if (overall.Indicators[i].Key == key) return i;
        throw Gone();
    }

    private static NotFoundException Gone() => new("该部门整体指标已不在当前版本中，请刷新后重试。");

    internal static DraftChange Changed(DraftState s, OverallTarget overall, IReadOnlyList<AuditLine> audit, string? indicatorKey) =>
        new(s.Model with { Overall = overall }, audit, [], [], null, indicatorKey) { TouchedOverall = true };

    private static string[] Lines(string field, IReadOnlyList<string> lines)
    {
        var list = lines.Select(l => (InputText.Clean(l) ?? "").Trim()).Where(l => l.Length > 0).ToArray();
        foreach (var l in list)
            if (l.Length > ProjectFields.MaxText) throw new JixiaoException($"{field}过长（{l.Length} 个字符）：每条最多 {ProjectFields.MaxText} 个字符。");
        return list;
    }

    private static SubGoal[] SubGoals(IReadOnlyList<SubGoalEdit> edits)
    {
        var list = new List<SubGoal>();
        for (var n = 0; n < edits.Count; n++)
        {
            var e = edits[n];
            var title = Text(n, e.Title, 500);
            var target = Text(n, e.Target, ProjectFields.MaxText);
            var indicators = Text(n, e.IndicatorText, ProjectFields.MaxText);
            if (title is null && target is null && indicators is null) continue;
            if (title is null) throw new JixiaoException($"第 {n + 1} 条分项目标缺少名称（如“年度任务一：…”）。");
            list.Add(new SubGoal(title, target, indicators));
        }
        return list.ToArray();

        static string? Text(int n, string? value, int max)
        {
            var t = (InputText.Clean(value) ?? "").Trim();
            if (t.Length > max) throw new JixiaoException($"第 {n + 1} 条分项目标过长（{t.Length} 个字符）：每栏最多 {max} 个字符。");
            return t.Length == 0 ? null : t;
        }
    }

    private static string? Level(string field, string? value)
    {
        var t = (InputText.Clean(value) ?? "").Trim();
        if (t.Length > 100) throw new JixiaoException($"{field}过长（{t.Length} 个字符）：最多 100 个字符。");
        return t.Length == 0 ? null : t;
    }

    /// <summary>资金总额 = 基本支出 + 项目支出, with the same checks as a project's money (ProjectFields).</summary>
    private static OverallFunds? Funds(OverallFunds? current, OverallEdit edit, string unitName, List<(string, string?, string?)> changes)
    {
        if (edit.FundsTotal is null && edit.FundsBasic is null && edit.FundsProject is null) return current;
        var total = ProjectFields.Money("资金总额", current?.Total, edit.FundsTotal, unitName);
        var basic = ProjectFields.Money("基本支出", current?.Basic, edit.FundsBasic, unitName);
        var project = ProjectFields.Money("项目支出", current?.Project, edit.FundsProject, unitName);
        var parts = (basic?.Value ?? 0m) + (project?.Value ?? 0m);
        if (total is null && (basic is not null || project is not null))
            total = new WrittenDecimal(parts.ToString(CultureInfo.InvariantCulture), parts);
        else if (total is { } t && (basic is not null || project is not null))
        {
            if (parts > t.Value)
                throw new JixiaoException($"基本支出与项目支出合计 {parts.ToString(CultureInfo.InvariantCulture)}{unitName}，超过资金总额 {t.Text}{unitName}。");
            if (basic is not null && project is not null && parts != t.Value)
                throw new JixiaoException($"基本支出 {basic.Value.Text} 与项目支出 {project.Value.Text} 之和为 {parts.ToString(CultureInfo.InvariantCulture)}{unitName}，与资金总额 {t.Text}{unitName} 不符。");
        }
        Add(changes, "资金总额", current?.Total?.Text, total?.Text);
        Add(changes, "基本支出", current?.Basic?.Text, basic?.Text);
        Add(changes, "项目支出", current?.Project?.Text, project?.Text);
        return total is null && basic is null && project is null ? null : new OverallFunds(total, basic, project) { SourceLine = current?.SourceLine ?? 0 };
    }

    private static void Add(List<(string, string?, string?)> changes, string field, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal)) changes.Add((field, old, @new));
    }

    private static string UnitName(TargetDocument model) => (model.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese();

    private static string? Numbered(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? null : string.Join("；", lines.Select((g, i) => $"{i + 1}.{g}"));

    private static string? SubGoalText(IReadOnlyList<SubGoal> goals) =>
        goals.Count == 0 ? null : string.Join("；", goals.Select((g, i) => $"{i + 1}.{g.Title}" + (g.Target is null ? "" : "：" + g.Target)));
}
