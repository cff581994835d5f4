using Jixiao.Data.Monitoring;

namespace Jixiao.Web.Components.Pages.Monitoring;

/// <summary>The entry page's editable copy of a report's inputs (turned back into <see cref="MonitoringInputs"/> to light or save).</summary>
public sealed class ReportForm
{
    public List<ProjectForm> Projects { get; } = [];

    public static ReportForm From(MonitoringInputs inputs)
    {
        var form = new ReportForm();
        form.Projects.AddRange(inputs.Projects.Select(p => new ProjectForm
        {
            Key = p.Key, YearBudget = p.YearBudget, Executed = p.Executed, Causes = [.. p.Causes ?? []], CauseNote = p.CauseNote, Remedy = p.Remedy,
            Lines = (p.Lines ?? []).Select(l => new LineProgressForm
            {
                Key = l.Key, Progress = l.Progress, Forecast = l.Forecast, Likelihood = l.Likelihood, Causes = [.. l.Causes ?? []],
                CauseNote = l.CauseNote, Remedy = l.Remedy,
            }).ToList(),
        }));
        return form;
    }

    public MonitoringInputs ToInputs() => new(Projects.Select(p => new ProjectProgressInput(p.Key, p.YearBudget, p.Executed, p.Causes.ToArray(),
        p.CauseNote, p.Remedy, p.Lines.Select(l => new LineProgressInput(l.Key, l.Progress, l.Forecast, l.Likelihood, l.Causes.ToArray(), l.CauseNote,
            l.Remedy)).ToArray())).ToArray());

    public ProjectForm? Project(string key) => Projects.FirstOrDefault(p => p.Key == key);
}

public sealed class ProjectForm
{
    public required string Key { get; init; }
    public string? YearBudget { get; set; }
    public string? Executed { get; set; }
    public List<string> Causes { get; init; } = [];
    public string? CauseNote { get; set; }
    public string? Remedy { get; set; }
    public List<LineProgressForm> Lines { get; init; } = [];

    public LineProgressForm? Line(string key) => Lines.FirstOrDefault(l => l.Key == key);
}

public sealed class LineProgressForm
{
    public required string Key { get; init; }
    public string? Progress { get; set; }
    public string? Forecast { get; set; }
    public string? Likelihood { get; set; }
    public List<string> Causes { get; init; } = [];
    public string? CauseNote { get; set; }
    public string? Remedy { get; set; }
}
