using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// Turns the paragraphs of each section into items. An item starts at a numbered paragraph (the first outline level
/// used in the section: （一） or 1、) and takes the unnumbered paragraphs after it. The numbering is removed (the
/// order keeps it); a heading and its paragraph become one item "heading：paragraph", so nothing the department
/// wrote is lost. Paragraphs before the first numbered one stand as items of their own.
/// </summary>
internal static class OverallItems
{
    public static IReadOnlyList<string> Goals(List<ProseBlock> blocks)
    {
        var (lead, items) = Group(blocks);
        var goals = new List<string>();
        // A bare paragraph may itself number its goals ("1.… 2.…"); GoalSplitter splits only a true 1, 2, 3 … sequence.
        foreach (var block in lead) goals.AddRange(GoalSplitter.Split(block.Text));
        foreach (var item in items)
        {
            // "1.完成立法计划。2.普法覆盖率95%。" on one line: the first number opens the line, the rest are inside it.
            var split = item.Count == 1 ? GoalSplitter.Split(item[0].Text) : [];
            if (split.Count > 1) goals.AddRange(split);
            else goals.Add(Compose(item));
        }
        return goals;
    }

    public static IReadOnlyList<string> Measures(List<ProseBlock> blocks)
    {
        var (lead, items) = Group(blocks);
        var measures = new List<string>(lead.Count + items.Count);
        foreach (var block in lead) measures.Add(block.Text);
        foreach (var item in items) measures.Add(Compose(item));
        return measures;
    }

    /// <summary>
    /// Each numbered item is one 分项绩效目标: its heading is the title; "绩效目标：" and "绩效指标：" paragraphs give the
    /// target and the indicator text. When the heading itself is "绩效目标：普法宣传工作" (seed 002), that text is both
    /// the title and, as written, the target.
    /// </summary>
    public static IReadOnlyList<SubGoal> SubGoals(List<ProseBlock> blocks, ReadContext context)
    {
        var (lead, items) = Group(blocks);
        foreach (var block in lead)
            context.Unplace(block.Line, block.Text, "分项绩效目标下的这段文字前没有编号的分项标题，无法归入某一分项。");
        var subGoals = new List<SubGoal>(items.Count);
        foreach (var item in items)
        {
            var head = item[0].Content;
            string? target = null, indicator = null;
            var title = head.TrimEnd('：', ':', '。');
            var last = SubGoalField.Target;
            switch (SubGoalLabel.Parse(head, out var headRest))
            {
                case SubGoalField.Target:
                    title = target = headRest;
                    break;
                case SubGoalField.Indicator:
                    title = headRest;
                    indicator = headRest;
                    last = SubGoalField.Indicator;
                    break;
            }
            foreach (var block in item.Skip(1))
            {
                var field = SubGoalLabel.Parse(block.Text, out var rest);
                if (field == SubGoalField.None) rest = block.Text; // unlabelled: continues the field above it
                else last = field;
                if (last == SubGoalField.Target) target = Join(target, rest);
                else indicator = Join(indicator, rest);
            }
            subGoals.Add(new SubGoal(title, NullIfEmpty(target), NullIfEmpty(indicator)));
        }
        return subGoals;
    }

    private static (List<ProseBlock> Lead, List<List<ProseBlock>> Items) Group(List<ProseBlock> blocks)
    {
        var lead = new List<ProseBlock>();
        var items = new List<List<ProseBlock>>();
        var itemLevel = OutlineLevel.None;
        foreach (var block in blocks)
        {
            if (itemLevel == OutlineLevel.None && block.Level != OutlineLevel.None) itemLevel = block.Level;
            if (itemLevel != OutlineLevel.None && block.Level == itemLevel) items.Add([block]);
            else if (items.Count > 0) items[^1].Add(block);
            else lead.Add(block);
        }
        return (lead, items);
    }

    /// <summary>
    /// "heading：paragraph" for a heading with text under it; a numbered paragraph keeps its own wording, and further
    /// paragraphs follow on new lines.
    /// </summary>
    private static string Compose(List<ProseBlock> item)
    {
        var head = item[0].Content;
        if (item.Count == 1) return head;
        var body = string.Join("\n", item.Skip(1).Select(b => b.Text));
        if (!item[0].IsHeadingLike) return head + "\n" + body;
        return ProseBlock.EndsSentence(head) ? head + body : head + "：" + body;
    }

    private static string Join(string? before, string text) =>
        string.IsNullOrEmpty(before) ? text : before + "\n" + text;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
