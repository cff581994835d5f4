using System.Globalization;
using Jixiao.Core.Values;
using Jixiao.Data.Monitoring;

namespace Jixiao.Data.Tests.Monitoring;

/// <summary>Inputs of a unit on plan: every project's budget spent in full, every line at its target and 确定能.</summary>
internal static class MonitoringFill
{
    public static MonitoringInputs OnPlan(MonitoringReportDetail detail) => new(detail.Projects.Select(p =>
        new ProjectProgressInput(p.Key, p.YearBudget, p.YearBudget ?? "1", Lines: p.Lines.Select(Met).ToArray())).ToArray());

    public static LineProgressInput Met(MonitoringLineView line)
    {
        var target = line.Target is null ? null : TargetValue.Parse(line.Target);
        var progress = target is { IsMeasurable: true, Number: not null } ? target.Number + target.Unit : "按计划推进";
        return new LineProgressInput(line.Key, progress, progress, "确定能");
    }

    /// <summary>The first project whose plan expects spending by the period's end: spending nothing there is red.</summary>
    public static int Lagging(MonitoringReportDetail detail) => detail.Projects.ToList().FindIndex(p => p.PlannedRate > 0);

    /// <summary>The inputs with project <paramref name="index"/> replaced.</summary>
    public static MonitoringInputs With(MonitoringInputs inputs, int index, Func<ProjectProgressInput, ProjectProgressInput> change) =>
        new(inputs.Projects.Select((p, i) => i == index ? change(p) : p).ToArray());

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
