namespace Jixiao.Data.Settings;

/// <summary>
/// 运行监控预警设置 as a jurisdiction edits it: the months monitored (1–7月: [7]; quarters: [3, 6, 9, 12]; months: 1–12),
/// the bands of v (red below, yellow below, green from there), the blue mark, and the 偏差原因 a filer may pick.
/// 完成目标可能性 and its lights stay FORMAT.md's.
/// </summary>
public sealed record MonitoringSettingsData(IReadOnlyList<int> CheckpointMonths, decimal RedBelow, decimal YellowBelow, decimal BlueFrom,
    IReadOnlyList<string> Causes);

/// <summary>A total's grade from <paramref name="From"/> points up (优 90, 良 80, 中 60, 差 0).</summary>
public sealed record GradeBandData(string Label, decimal From);

/// <summary>A judged line's grade and its band as shares of the line's points (达成 0.8–1, 部分达成 0.6–0.8, 未达成 0–0.6).</summary>
public sealed record JudgedBandData(string Grade, decimal From, decimal To);

/// <summary>
/// 绩效自评评分设置 as a jurisdiction edits it: the points (执行 10 + 指标 90; 产出 50, 效益 30, 满意度 10), how a missed
/// ceiling scores (Ratio / Deviation), the over-achievement flag (0.20), the total's grades and the judged bands.
/// The words (按时, 未, 不适用 …) stay FORMAT.md's.
/// </summary>
public sealed record EvaluationSettingsData(decimal ExecutionPoints, decimal IndicatorPoints, decimal OutputPoints, decimal BenefitPoints,
    decimal SatisfactionPoints, string CeilingFormula, decimal FarPastShare, IReadOnlyList<GradeBandData> Grades,
    IReadOnlyList<JudgedBandData> JudgedBands);

/// <summary>A jurisdiction's settings as shown: the stored ones or FORMAT.md's defaults (<see cref="IsDefault"/>).</summary>
public sealed record PerformanceSettingsView(int JurisdictionId, string JurisdictionName, MonitoringSettingsData Monitoring,
    EvaluationSettingsData Evaluation, bool IsDefault, bool CanEdit, long RowVersion, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>What a save replaces: both parts whole, with the row version read (a stale one is refused, 409).</summary>
public sealed record PerformanceSettingsInput(MonitoringSettingsData Monitoring, EvaluationSettingsData Evaluation, long RowVersion);
