namespace Jixiao.Core.Model;

/// <summary>A 分项绩效目标: its title, its 绩效目标 text and its 绩效指标 prose.</summary>
public sealed record SubGoal(string Title, string? Target, string? IndicatorText);

/// <summary>基本支出 / 项目支出 and their total from a 整体支出绩效目标申报表.</summary>
public sealed record OverallFunds(WrittenDecimal? Total, WrittenDecimal? Basic, WrittenDecimal? Project)
{
    /// <summary>1-based source line of the row that prints the figures (资金情况), 0 when the reader did not keep it.</summary>
    public int SourceLine { get; init; }
}

/// <summary>
/// 部门整体绩效目标: 总体绩效目标, 分项绩效目标, 工作保障措施; the 申报表 form adds funds and weighted indicators.
/// </summary>
public sealed record OverallTarget
{
    public IReadOnlyList<string> Goals { get; init; } = [];
    public IReadOnlyList<SubGoal> SubGoals { get; init; } = [];
    public IReadOnlyList<string> Measures { get; init; } = [];
    public OverallFunds? Funds { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>The total the table states over its weights (分值权重（90分）), when printed; else null.</summary>
    public decimal? StatedWeightTotal { get; init; }
    /// <summary>The points the table gives 预算执行率 on its own (执行率分值（10分）), when printed; else null.</summary>
    public decimal? ExecutionRatePoints { get; init; }
    /// <summary>True when the document prints the 分项绩效目标 heading (even with nothing under it).</summary>
    public bool HasSubGoalHeading { get; init; }
    /// <summary>True when the document prints the 工作保障措施 heading.</summary>
    public bool HasMeasuresHeading { get; init; }
    /// <summary>
    /// 1-based source lines of the 总体绩效目标, 分项绩效目标 and 工作保障措施 headings (0 when not printed or not kept),
    /// so a finding about an empty heading points at the heading itself.
    /// </summary>
    public int GoalsHeadingLine { get; init; }
    public int SubGoalHeadingLine { get; init; }
    public int MeasuresHeadingLine { get; init; }
}
