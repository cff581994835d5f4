namespace Jixiao.Core.Model;

/// <summary>One month-end of the cumulative spending plan (资金支出计划), e.g. 6月底 → 40%.</summary>
public sealed record SpendingPlanPoint(int Month, WrittenDecimal Percent);

/// <summary>
/// 资金支出计划（%）: cumulative share of the budget spent by each month-end (3月底/6月底/10月底/12月底).
/// Months the document leaves blank are omitted; points are kept in month order.
/// </summary>
public sealed record SpendingPlan(IReadOnlyList<SpendingPlanPoint> Points)
{
    public WrittenDecimal? this[int month] => Points.FirstOrDefault(p => p.Month == month)?.Percent;

    public bool Equals(SpendingPlan? other) => other is not null && Points.SequenceEqual(other.Points);
    public override int GetHashCode() => Points.Count;
}
