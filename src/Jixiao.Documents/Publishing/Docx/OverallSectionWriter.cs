using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Writes 部门整体绩效目标: 一、总体绩效目标 (the 总体资金情况 figures and the 年度绩效指标 table when the
/// document has them), 二、分项绩效目标, 三、工作保障措施 — the three headings of the official layout,
/// printed even when a section is empty, as the originals do.
/// </summary>
internal static class OverallSectionWriter
{
    public static void Write(Body body, TargetDocument document, OverallTarget overall, PageGeometry page)
    {
        body.Append(DocxParagraphs.Styled(DocxStyles.SectionHeading, "一、总体绩效目标"));
        if (overall.Funds is { } funds) AppendFunds(body, document, funds, page);
        foreach (var goal in Layout.TargetTableContent.NumberedGoals(overall.Goals)) body.Append(DocxParagraphs.Prose(goal));
        if (overall.Indicators.Count > 0)
        {
            body.Append(DocxParagraphs.Styled(DocxStyles.UnitLine, "年度绩效指标"));
            var columns = new IndicatorColumns(overall.Indicators);
            var table = new DocxTable(columns.Count, page.TextWidth, page.LabelColumnWidth);
            columns.AppendRows(table, overall.Indicators);
            body.Append(table.Table);
        }

        body.Append(DocxParagraphs.Styled(DocxStyles.SectionHeading, "二、分项绩效目标"));
        for (var i = 0; i < overall.SubGoals.Count; i++)
        {
            var sub = overall.SubGoals[i];
            body.Append(DocxParagraphs.Prose($"（{i + 1}）{sub.Title}"));
            if (sub.Target is not null) body.Append(DocxParagraphs.Prose(sub.Target));
            if (sub.IndicatorText is not null) body.Append(DocxParagraphs.Prose(sub.IndicatorText));
        }

        body.Append(DocxParagraphs.Styled(DocxStyles.SectionHeading, "三、工作保障措施"));
        foreach (var measure in Layout.TargetTableContent.NumberedGoals(overall.Measures)) body.Append(DocxParagraphs.Prose(measure));
    }

    /// <summary>总体资金情况: 预算支出总额, 基本支出, 项目支出 as written.</summary>
    private static void AppendFunds(Body body, TargetDocument document, OverallFunds funds, PageGeometry page)
    {
        if (document.MoneyUnit is { } unit)
            body.Append(DocxParagraphs.Styled(DocxStyles.MoneyUnitLine, $"单位：{unit.ToChinese()}"));
        var table = new DocxTable(4, page.TextWidth, page.LabelColumnWidth);
        table.AddRow([CellContent.Header("总体资金情况", MergeRole.Restart), CellContent.Header("预算支出总额"), CellContent.Header("基本支出"), CellContent.Header("项目支出")]);
        table.AddRow([CellContent.Continued(isHeader: true), CellContent.Text(funds.Total?.Text), CellContent.Text(funds.Basic?.Text), CellContent.Text(funds.Project?.Text)]);
        body.Append(table.Table);
    }
}
