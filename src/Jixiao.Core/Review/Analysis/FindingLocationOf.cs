namespace Jixiao.Core.Review.Analysis;

/// <summary>Locations of facts.</summary>
public static class FindingLocationOf
{
    public static FindingLocation Indicator(IndicatorTableFacts table, IndicatorFacts indicator, string field) =>
        FindingLocation.ForIndicator(table.Index, indicator.Index, field, indicator.SourceLine);

    public static FindingLocation Table(BudgetTableView table, int row = -1, int column = -1) =>
        FindingLocation.ForTable(table.Table.Title, row >= 0 ? row + 1 : null, column >= 0 ? table.ColumnName(column) : null,
            row >= 0 ? table.Code(row) : null, table.SourceLine);
}
