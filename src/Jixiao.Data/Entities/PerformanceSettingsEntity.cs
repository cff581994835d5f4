namespace Jixiao.Data.Entities;

/// <summary>
/// 一个辖区的绩效设置（运行监控预警设置与绩效自评评分设置）：两份 JSON（<c>Settings/PerformanceSettingsData</c> 的形状），
/// 没有这一行的辖区按 FORMAT.md 的默认值。行版本防止两人同时修改时互相覆盖。
/// </summary>
public sealed class PerformanceSettingsEntity
{
    public int JurisdictionId { get; set; }
    public required string MonitoringJson { get; set; }
    public required string EvaluationJson { get; set; }
    public long RowVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
