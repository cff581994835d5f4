using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// 部门整体绩效目标: 一、总体绩效目标 (总体资金情况 and 年度绩效指标 when the document has them, then the goals),
/// 二、分项绩效目标 (<c>（n）标题</c>, then its target and its indicator text), 三、工作保障措施 — the three headings are
/// always printed, as the originals do.
/// </summary>
internal static class OverallLayout
{
    public static void Add(List<LayoutBlock> blocks, TargetDocument document, OverallTarget overall)
    {
        blocks.Add(new TextBlock(TextRole.SectionHeading, "一、总体绩效目标"));
        if (overall.Funds is { } funds)
        {
            if (document.MoneyUnit is { } unit) blocks.Add(new TextBlock(TextRole.MoneyUnitLine, $"单位：{unit.ToChinese()}"));
            var table = new TableBuilder(4);
            table.AddRow([CellSpec.Header("总体资金情况", MergeRole.Restart), CellSpec.Header("预算支出总额"), CellSpec.Header("基本支出"), CellSpec.Header("项目支出")]);
            table.AddRow([CellSpec.Continued(isHeader: true), CellSpec.Text(funds.Total?.Text), CellSpec.Text(funds.Basic?.Text), CellSpec.Text(funds.Project?.Text)]);
            blocks.Add(new TableBlock(table.Build()));
        }
        foreach (var goal in TargetTableContent.NumberedGoals(overall.Goals)) blocks.Add(new TextBlock(TextRole.Prose, goal));
        if (overall.Indicators.Count > 0)
        {
            blocks.Add(new TextBlock(TextRole.UnitLine, "年度绩效指标"));
            var rows = new IndicatorRowsLayout(overall.Indicators);
            var table = new TableBuilder(rows.Count);
            rows.AddRows(table, overall.Indicators);
            blocks.Add(new TableBlock(table.Build()));
        }

        blocks.Add(new TextBlock(TextRole.SectionHeading, "二、分项绩效目标"));
        for (var i = 0; i < overall.SubGoals.Count; i++)
        {
            var sub = overall.SubGoals[i];
            blocks.Add(new TextBlock(TextRole.Prose, $"（{i + 1}）{sub.Title}"));
            if (sub.Target is not null) blocks.Add(new TextBlock(TextRole.Prose, sub.Target));
            if (sub.IndicatorText is not null) blocks.Add(new TextBlock(TextRole.Prose, sub.IndicatorText));
        }

        blocks.Add(new TextBlock(TextRole.SectionHeading, "三、工作保障措施"));
        foreach (var measure in TargetTableContent.NumberedGoals(overall.Measures)) blocks.Add(new TextBlock(TextRole.Prose, measure));
    }
}
