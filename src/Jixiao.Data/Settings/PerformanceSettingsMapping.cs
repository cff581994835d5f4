using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Monitoring;

namespace Jixiao.Data.Settings;

/// <summary>
/// The edited settings ↔ Core's <see cref="MonitoringSettings"/> / <see cref="EvaluationSettings"/>, their JSON in the
/// table, and the checks a save must pass (each refusal in Chinese, naming the field and what is wrong). What the
/// page does not edit (完成目标可能性, the deadline words, the judged grades' other spellings) keeps FORMAT.md's defaults.
/// </summary>
public static class PerformanceSettingsMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MonitoringSettingsData FromCore(MonitoringSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.CheckpointMonths.ToArray(), s.RedBelow, s.YellowBelow, s.BlueFrom, s.Causes.ToArray());
    }

    public static EvaluationSettingsData FromCore(EvaluationSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.ExecutionPoints, s.IndicatorPoints, s.OutputPoints, s.BenefitPoints, s.SatisfactionPoints, s.CeilingFormula.ToString(),
            s.FarPastShare, s.Grades.Select(g => new GradeBandData(g.Label, g.From)).ToArray(),
            s.JudgedBands.Select(b => new JudgedBandData(b.Grade, b.From, b.To)).ToArray());
    }

    public static MonitoringSettings ToCore(MonitoringSettingsData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return MonitoringSettings.Default with
        {
            CheckpointMonths = d.CheckpointMonths.Order().ToArray(), RedBelow = d.RedBelow, YellowBelow = d.YellowBelow, BlueFrom = d.BlueFrom,
            Causes = d.Causes.ToArray(),
        };
    }

    public static EvaluationSettings ToCore(EvaluationSettingsData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var spellings = EvaluationSettings.Default.JudgedBands.ToDictionary(b => b.Grade, b => b.Spellings, StringComparer.Ordinal);
        var bands = d.JudgedBands.OrderByDescending(b => b.To).ToArray();
        return EvaluationSettings.Default with
        {
            ExecutionPoints = d.ExecutionPoints, IndicatorPoints = d.IndicatorPoints, OutputPoints = d.OutputPoints, BenefitPoints = d.BenefitPoints,
            SatisfactionPoints = d.SatisfactionPoints, CeilingFormula = Enum.Parse<CeilingFormula>(d.CeilingFormula), FarPastShare = d.FarPastShare,
            Grades = d.Grades.OrderByDescending(g => g.From).Select(g => new GradeBand(g.Label, g.From)).ToArray(),
            // The top band includes its upper edge (full points are 达成); the others end below the next band.
            JudgedBands = bands.Select((b, i) => new JudgedBand(b.Grade, b.From, b.To, i == 0, spellings.GetValueOrDefault(b.Grade) ?? [])).ToArray(),
        };
    }

    public static string ToJson(MonitoringSettingsData d) => JsonSerializer.Serialize(d, Json);
    public static string ToJson(EvaluationSettingsData d) => JsonSerializer.Serialize(d, Json);
    public static MonitoringSettingsData MonitoringFromJson(string json) =>
        JsonSerializer.Deserialize<MonitoringSettingsData>(json, Json) ?? FromCore(MonitoringSettings.Default);
    public static EvaluationSettingsData EvaluationFromJson(string json) =>
        JsonSerializer.Deserialize<EvaluationSettingsData>(json, Json) ?? FromCore(EvaluationSettings.Default);

    /// <summary>The monitoring settings cleaned (months sorted, causes trimmed), or a refusal naming the field.</summary>
    public static MonitoringSettingsData Check(MonitoringSettingsData? d)
    {
        if (d is null) throw new InvalidInputException("运行监控设置缺少内容（checkpointMonths、redBelow、yellowBelow、blueFrom、causes）。");
        var months = (d.CheckpointMonths ?? []).ToArray();
        if (months.Length == 0) throw new InvalidInputException("运行监控设置（监控月份）：至少要有一个监控月份，如 7（1–7月）或 3、6、9、12（按季度）。");
        if (months.FirstOrDefault(m => m is < 1 or > 12) is var bad and not 0)
            throw new InvalidInputException($"运行监控设置（监控月份）：“{bad}”不是 1–12 之间的月份。");
        if (months.Length != months.Distinct().Count()) throw new InvalidInputException("运行监控设置（监控月份）：同一月份写了两次。");
        if (d.RedBelow is <= 0 or > 100)
            throw new InvalidInputException($"运行监控设置（红灯线）：{F(d.RedBelow)} 应大于 0、不超过 100（完成进度低于它为红灯）。");
        if (d.YellowBelow <= d.RedBelow || d.YellowBelow > 100)
            throw new InvalidInputException($"运行监控设置（黄灯线）：{F(d.YellowBelow)} 应大于红灯线 {F(d.RedBelow)}、不超过 100（低于它为黄灯，达到为绿灯）。");
        if (d.BlueFrom <= 100)
            throw new InvalidInputException($"运行监控设置（蓝灯线）：{F(d.BlueFrom)} 应大于 100（完成值达到全年指标值的这一百分比为蓝灯）。");
        var causes = (d.Causes ?? []).Select(c => c?.Trim() ?? "").ToArray();
        if (causes.Length == 0) throw new InvalidInputException("运行监控设置（偏差原因）：至少要有一个可选的偏差原因。");
        if (causes.Any(c => c.Length is 0 or > 20)) throw new InvalidInputException("运行监控设置（偏差原因）：每个原因须有 1–20 个字。");
        if (causes.Length != causes.Distinct(StringComparer.Ordinal).Count()) throw new InvalidInputException("运行监控设置（偏差原因）：同一原因写了两次。");
        if (causes.Length > 12) throw new InvalidInputException("运行监控设置（偏差原因）：最多 12 个原因。");
        return d with { CheckpointMonths = months.Order().ToArray(), Causes = causes };
    }

    /// <summary>The evaluation settings cleaned, or a refusal naming the field: the points must add up, the bands join.</summary>
    public static EvaluationSettingsData Check(EvaluationSettingsData? d)
    {
        if (d is null) throw new InvalidInputException("绩效自评设置缺少内容。");
        if (d.ExecutionPoints < 0 || d.IndicatorPoints <= 0 || d.ExecutionPoints + d.IndicatorPoints != 100m)
            throw new InvalidInputException($"绩效自评设置（分值）：预算执行率 {F(d.ExecutionPoints)} 分加指标 {F(d.IndicatorPoints)} 分应为 100 分。");
        if (d.OutputPoints < 0 || d.BenefitPoints < 0 || d.SatisfactionPoints < 0
            || d.OutputPoints + d.BenefitPoints + d.SatisfactionPoints != d.IndicatorPoints)
            throw new InvalidInputException($"绩效自评设置（无权重时的分值）：产出 {F(d.OutputPoints)}、效益 {F(d.BenefitPoints)}、满意度 {F(d.SatisfactionPoints)} 之和应等于指标分值 {F(d.IndicatorPoints)}。");
        if (!Enum.TryParse<CeilingFormula>(d.CeilingFormula, ignoreCase: false, out _) || int.TryParse(d.CeilingFormula, out _))
            throw new InvalidInputException($"绩效自评设置（反向指标未达标的算法）：“{d.CeilingFormula}”应为 Ratio（指标值/实际值×分值）或 Deviation（按偏离程度扣分）。");
        if (d.FarPastShare is <= 0 or > 1)
            throw new InvalidInputException($"绩效自评设置（超目标提示）：{F(d.FarPastShare)} 应在 0 与 1 之间（0.2 即超过指标值 20% 提示）。");

        var grades = (d.Grades ?? []).Select(g => new GradeBandData(g.Label?.Trim() ?? "", g.From)).OrderByDescending(g => g.From).ToArray();
        if (grades.Length < 2) throw new InvalidInputException("绩效自评设置（等级）：至少要有两个等级。");
        if (grades.Any(g => g.Label.Length is 0 or > 10)) throw new InvalidInputException("绩效自评设置（等级）：每个等级须有 1–10 个字的名称。");
        if (grades.Select(g => g.Label).Distinct(StringComparer.Ordinal).Count() != grades.Length) throw new InvalidInputException("绩效自评设置（等级）：等级名称重复。");
        if (grades.Select(g => g.From).Distinct().Count() != grades.Length) throw new InvalidInputException("绩效自评设置（等级）：两个等级的起点分数相同。");
        if (grades.Any(g => g.From is < 0 or > 100)) throw new InvalidInputException("绩效自评设置（等级）：起点分数应在 0–100 之间。");
        if (grades[^1].From != 0) throw new InvalidInputException($"绩效自评设置（等级）：最低的等级“{grades[^1].Label}”应从 0 分起，否则低分没有等级。");

        var defaults = EvaluationSettings.Default.JudgedBands.Select(b => b.Grade).ToArray();
        var bands = (d.JudgedBands ?? []).OrderByDescending(b => b.To).ToArray();
        if (bands.Length != defaults.Length || bands.Select(b => b.Grade).Except(defaults, StringComparer.Ordinal).Any()
            || bands.Select(b => b.Grade).Distinct(StringComparer.Ordinal).Count() != defaults.Length)
            throw new InvalidInputException($"绩效自评设置（判断打分档次）：应为{string.Join("、", defaults)}三档，各有起止比例。");
        if (bands[0].To != 1m) throw new InvalidInputException($"绩效自评设置（判断打分档次）：最高档“{bands[0].Grade}”应止于 1（满分）。");
        if (bands[^1].From != 0m) throw new InvalidInputException($"绩效自评设置（判断打分档次）：最低档“{bands[^1].Grade}”应从 0 起。");
        for (var i = 0; i < bands.Length; i++)
        {
            if (bands[i].From >= bands[i].To)
                throw new InvalidInputException($"绩效自评设置（判断打分档次）：“{bands[i].Grade}”的起点 {F(bands[i].From)} 应小于止点 {F(bands[i].To)}。");
            if (i > 0 && bands[i].To != bands[i - 1].From)
                throw new InvalidInputException($"绩效自评设置（判断打分档次）：“{bands[i].Grade}”止于 {F(bands[i].To)}，应接上“{bands[i - 1].Grade}”的起点 {F(bands[i - 1].From)}。");
        }
        return d with { Grades = grades, JudgedBands = bands };
    }

    private static string F(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
