using Jixiao.Core.Model;
using Jixiao.Core.Review.Analysis;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;

namespace Jixiao.Data.Drafting;

/// <summary>A new indicator: the 一级/二级 it goes under (from the document's frame) and its fields (三级指标 required).</summary>
public sealed record NewIndicator(string Level1, string Level2, IndicatorEdit Fields);

/// <summary>
/// Moving an indicator: <see cref="By"/> −1 (上移) or +1 (下移) within its 二级, or to another 二级 of the frame
/// (<see cref="Level1"/>, <see cref="Level2"/>), where it goes last.
/// </summary>
public sealed record IndicatorMove(int? By = null, string? Level1 = null, string? Level2 = null);

/// <summary>The indicator edits as pure functions of the model: fields, add, delete, move within or between 二级.</summary>
internal static class IndicatorOperations
{
    public static DraftChange Update(DraftState s, IndicatorEdit edit)
    {
        var (p, i) = Locate(s);
        var project = s.Model.Projects[p];
        var (updated, changes) = IndicatorFields.Apply(project.Indicators[i], InputText.Clean(edit));
        if (changes.Count == 0) return DraftChange.None(s);
        var where = $"项目{project.Name} › 指标{updated.Name}";
        return new DraftChange(Replace(s.Model, p, project.Indicators.Select((x, n) => n == i ? updated : x).ToArray()),
            changes.Select(c => new AuditLine("修改指标", where, c.Field, c.Old, c.New)).ToArray(), [], [updated.Key!], project.Key, updated.Key);
    }

    public static DraftChange Add(DraftState s, string key, NewIndicator request)
    {
        var p = ProjectOperations.IndexOf(s.Model, s.ProjectKey!);
        var project = s.Model.Projects[p];
        var frame = IndicatorFrame.Of(s.Model);
        var (level1, level2) = (request.Level1?.Trim(), request.Level2?.Trim());
        frame.Require(level1, level2);
        var blank = new Indicator { Key = key, Name = "", Level1 = level1, Level2 = level2 };
        var (added, changes) = IndicatorFields.Apply(blank, InputText.Clean(request.Fields));
        var list = project.Indicators.ToList();
        var at = InsertionIndex(frame, list, level1!, level2!);
        list.Insert(at, added);
        var where = $"项目{project.Name} › 指标{added.Name}";
        var audit = new List<AuditLine> { new("添加指标", where, "位置", null, $"{level1}/{level2}，第{at + 1}项指标") };
        audit.AddRange(changes.Where(c => c.Field != IndicatorFields.Name).Select(c => new AuditLine("添加指标", where, c.Field, null, c.New)));
        return new DraftChange(Replace(s.Model, p, list), audit, [project.Key!], [key], project.Key, key);
    }

    public static DraftChange Delete(DraftState s)
    {
        var (p, i) = Locate(s);
        var project = s.Model.Projects[p];
        var gone = project.Indicators[i];
        var what = $"第{i + 1}项指标 {gone.Level1}/{gone.Level2}/{gone.Name}：{gone.Nature}{gone.Value}{(gone.Weight is { } w ? "，权重 " + w.Text : "")}";
        return new DraftChange(Replace(s.Model, p, project.Indicators.Where((_, n) => n != i).ToArray()),
            [new AuditLine("删除指标", $"项目{project.Name} › 指标{gone.Name}", null, what, null)], [], [], project.Key, null);
    }

    public static DraftChange Move(DraftState s, IndicatorMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var (p, i) = Locate(s);
        var project = s.Model.Projects[p];
        var list = project.Indicators.ToList();
        var indicator = list[i];
        var where = $"项目{project.Name} › 指标{indicator.Name}";
        if (move.Level1 is not null || move.Level2 is not null)
        {
            var frame = IndicatorFrame.Of(s.Model);
            var (level1, level2) = (move.Level1?.Trim(), move.Level2?.Trim());
            frame.Require(level1, level2);
            if (level1 == indicator.Level1 && level2 == indicator.Level2) return DraftChange.None(s);
            list.RemoveAt(i);
            var moved = indicator with { Level1 = level1, Level2 = level2 };
            list.Insert(InsertionIndex(frame, list, level1!, level2!), moved);
            return new DraftChange(Replace(s.Model, p, list),
                [new AuditLine("移动指标", where, "一级/二级指标", $"{indicator.Level1}/{indicator.Level2}", $"{level1}/{level2}")],
                [], [indicator.Key!], project.Key, indicator.Key);
        }
        if (move.By is not (-1 or 1)) throw new JixiaoException("移动指标：请给出上移（-1）或下移（1），或要移到的一级、二级指标。");
        var j = i + move.By.Value;
        if (j < 0 || j >= list.Count || list[j].Level1 != indicator.Level1 || list[j].Level2 != indicator.Level2)
            throw new JixiaoException($"指标“{indicator.Name}”已是“{indicator.Level2}”中的{(move.By < 0 ? "第一项，不能上移" : "最后一项，不能下移")}；要换到别的二级指标，请用“移到”。");
        (list[i], list[j]) = (list[j], list[i]);
        return new DraftChange(Replace(s.Model, p, list),
            [new AuditLine("移动指标", where, "位置", $"第{i + 1}项指标", $"第{j + 1}项指标")], [], [indicator.Key!], project.Key, indicator.Key);
    }

    /// <summary>
    /// Where an indicator of (一级, 二级) goes: after the last one of the same 二级, else after the last one that comes
    /// before it in the frame, else first — so the table stays in the frame's order and its merged cells stay whole.
    /// </summary>
    private static int InsertionIndex(IndicatorFrame frame, List<Indicator> list, string level1, string level2)
    {
        var target = frame.OrderOf(level1, level2)!.Value;
        var at = 0;
        for (var n = 0; n < list.Count; n++)
            if (OrderOf(frame, list[n]) is { } order && order.CompareTo(target) <= 0) at = n + 1;
        return at;
    }

    /// <summary>The frame position of an indicator as written: its exact words, else the kinds its words name.</summary>
    private static (int, int)? OrderOf(IndicatorFrame frame, Indicator indicator)
    {
        if (frame.OrderOf(indicator.Level1, indicator.Level2) is { } exact) return exact;
        var kind1 = LevelKinds.Level1(indicator.Level1 ?? "");
        var kind2 = LevelKinds.Level2(indicator.Level2 ?? "");
        for (var a = 0; a < frame.Levels.Count; a++)
        {
            if (LevelKinds.Level1(frame.Levels[a].Level1) != kind1 || kind1 == Level1Kind.Unknown) continue;
            for (var b = 0; b < frame.Levels[a].Level2.Count; b++)
                if (LevelKinds.Level2(frame.Levels[a].Level2[b]) == kind2) return (a, b);
            return (a, frame.Levels[a].Level2.Count);
        }
        return null;
    }

    private static (int Project, int Indicator) Locate(DraftState s)
    {
        var p = ProjectOperations.IndexOf(s.Model, s.ProjectKey!);
        var indicators = s.Model.Projects[p].Indicators;
        for (var i = 0; i < indicators.Count; i++)
            if (indicators[i].Key == s.IndicatorKey) return (p, i);
        throw new NotFoundException("该指标已不在当前版本中，请刷新后重试。");
    }

    private static TargetDocument Replace(TargetDocument model, int p, IReadOnlyList<Indicator> indicators)
    {
        var projects = model.Projects.ToArray();
        projects[p] = projects[p] with { Indicators = indicators };
        return model with { Projects = projects };
    }
}
