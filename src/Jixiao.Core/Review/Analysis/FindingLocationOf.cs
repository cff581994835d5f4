namespace Jixiao.Core.Review.Analysis;

/// <summary>Locations of facts.</summary>
public static class FindingLocationOf
{
    public static FindingLocation Indicator(IndicatorTableFacts table, IndicatorFacts indicator, string field) =>
        FindingLocation.ForIndicator(table.Index, indicator.Index, field, indicator.SourceLine);

    /// <summary>A stated figure of the disclosure's explanation: its sentence and source lines (and 科目 code when stated).</summary>
    public static FindingLocation Statement(Model.Disclosure.ExplanationStatement s) =>
        FindingLocation.ForText(s.FirstLine, s.LastLine, s.Quote, "explanation", s.Code);

    /// <summary>A paragraph of the disclosure's text.</summary>
    public static FindingLocation Paragraph(Model.Disclosure.DisclosureParagraph p, string? quote = null) =>
        FindingLocation.ForText(p.FirstLine, p.LastLine, quote ?? p.Text, "text");

    public static FindingLocation Table(BudgetTableView table, int row = -1, int column = -1) =>
        FindingLocation.ForTable(table.Table.Title, row >= 0 ? row + 1 : null, column >= 0 ? table.ColumnName(column) : null,
            row >= 0 ? table.Code(row) : null, table.SourceLine);
}
