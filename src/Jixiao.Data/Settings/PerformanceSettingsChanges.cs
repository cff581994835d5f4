using System.Globalization;

namespace Jixiao.Data.Settings;

/// <summary>The audit lines of a settings save: one per field whose value changed, old and new as the page shows them.</summary>
internal static class PerformanceSettingsChanges
{
    public sealed record Change(string Field, string Old, string New);

    public static IEnumerable<Change> Of(MonitoringSettingsData before, MonitoringSettingsData after) => Changed(
    [
        ("监控月份", Months(before.CheckpointMonths), Months(after.CheckpointMonths)),
        ("红灯线", F(before.RedBelow), F(after.RedBelow)),
        ("黄灯线", F(before.YellowBelow), F(after.YellowBelow)),
        ("蓝灯线", F(before.BlueFrom), F(after.BlueFrom)),
        ("偏差原因", string.Join("、", before.Causes), string.Join("、", after.Causes)),
    ]);

    public static IEnumerable<Change> Of(EvaluationSettingsData before, EvaluationSettingsData after) => Changed(
    [
        ("预算执行率分值", F(before.ExecutionPoints), F(after.ExecutionPoints)),
        ("指标分值", F(before.IndicatorPoints), F(after.IndicatorPoints)),
        ("产出分值", F(before.OutputPoints), F(after.OutputPoints)),
        ("效益分值", F(before.BenefitPoints), F(after.BenefitPoints)),
        ("满意度分值", F(before.SatisfactionPoints), F(after.SatisfactionPoints)),
        ("反向指标算法", before.CeilingFormula, after.CeilingFormula),
        ("超目标提示比例", F(before.FarPastShare), F(after.FarPastShare)),
        ("等级", Grades(before.Grades), Grades(after.Grades)),
        ("判断打分档次", Bands(before.JudgedBands), Bands(after.JudgedBands)),
    ]);

    private static IEnumerable<Change> Changed(IEnumerable<(string Field, string Old, string New)> fields) =>
        fields.Where(f => !string.Equals(f.Old, f.New, StringComparison.Ordinal)).Select(f => new Change(f.Field, f.Old, f.New));

    /// <summary>[7] → 1–7月; [3, 6, 9, 12] → 1–3月、1–6月、1–9月、1–12月.</summary>
    public static string Months(IEnumerable<int> months) => string.Join("、", months.Order().Select(m => $"1–{m}月"));

    private static string Grades(IEnumerable<GradeBandData> grades) =>
        string.Join("、", grades.OrderByDescending(g => g.From).Select(g => $"{g.Label}≥{F(g.From)}"));

    private static string Bands(IEnumerable<JudgedBandData> bands) =>
        string.Join("、", bands.OrderByDescending(b => b.To).Select(b => $"{b.Grade}{F(b.From)}–{F(b.To)}"));

    private static string F(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
