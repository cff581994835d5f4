using Jixiao.Core.Review;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Mapping;

/// <summary>Review findings ↔ stored rows and views.</summary>
public static class FindingRows
{
    /// <summary>
    /// Rows for the findings of one review. Positions in the finding (第N个项目第M项指标) are linked to the stored
    /// project and indicator rows of the same positions.
    /// </summary>
    public static List<FindingEntity> Build(IReadOnlyList<Finding> findings, DocumentEntity document,
        IReadOnlyList<ProjectEntity> projects, IReadOnlyList<IndicatorEntity> indicators)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var byPosition = projects.ToDictionary(p => p.Position);
        var indicatorByPosition = new Dictionary<(ProjectEntity, int), IndicatorEntity>();
        foreach (var i in indicators)
        {
            var project = i.Project ?? projects.First(p => p.Id == i.ProjectId);
            indicatorByPosition[(project, i.Position)] = i;
        }

        var rows = new List<FindingEntity>(findings.Count);
        foreach (var f in findings)
        {
            ProjectEntity? project = f.Where.Project is int p && p > 0 && byPosition.TryGetValue(p, out var pe) ? pe : null;
            IndicatorEntity? indicator = project is not null && f.Where.Indicator is int n && indicatorByPosition.TryGetValue((project, n), out var ie) ? ie : null;
            rows.Add(new FindingEntity
            {
                Document = document,
                // With room between (DraftFindings.Gap), so that a save's new findings fit among the stored ones.
                Position = (rows.Count + 1) * Drafting.DraftFindings.Gap,
                Project = project,
                Indicator = indicator,
                RuleId = f.RuleId,
                Severity = f.Severity.ToFormat(),
                Message = f.Message,
                Where = Describe(f.Where, project, indicator),
                Suggestion = f.Suggestion,
                FixField = f.Fix?.Field,
                FixFrom = f.Fix?.From,
                FixTo = f.Fix?.To,
                Basis = f.Basis,
                Expected = f.Expected,
                Actual = f.Actual,
                Fingerprint = f.Fingerprint,
                AcceptedReason = f.Accepted?.Reason,
                AcceptedBy = f.Accepted?.AcceptedBy,
                AcceptedAt = f.Accepted?.AcceptedAt,
            });
        }
        return rows;
    }

    /// <summary>“项目 名称 › 指标 名称（指标值）”; the Core description when the finding is not on a stored project.</summary>
    public static string Describe(FindingLocation where, ProjectEntity? project, IndicatorEntity? indicator)
    {
        ArgumentNullException.ThrowIfNull(where);
        if (project is null) return Truncate(where.ToString());
        var s = $"第{project.Position}个项目“{project.Name}”";
        if (indicator is not null) s += $" › 第{indicator.Position}项指标“{indicator.Name}”";
        else if (where.Indicator is int i) s += $" › 第{i}项指标";
        var field = where.Field is null ? "" : FindingFieldNames.ToChinese(where.Field, onProject: where.Indicator is null);
        if (field.Length > 0) s += $"（{field}）";
        return Truncate(s);
    }

    private static string Truncate(string s) => s.Length <= 300 ? s : s[..299] + "…";

    public static FindingView ToView(FindingEntity f) =>
        new(f.Id, f.RuleId, f.Severity, f.Message, f.Where, f.ProjectId, f.IndicatorId, f.Suggestion, f.Fingerprint,
            f.AcceptedReason is not null, f.AcceptedReason, f.AcceptedBy,
            f.FixField is { } field && f.FixFrom is { } from && f.FixTo is { } to ? new FixView(field, from, to) : null);

    /// <summary>A finding of a review that is not stored (import preview): Id 0.</summary>
    public static FindingView ToPreview(Finding f) =>
        new(0, f.RuleId, f.Severity.ToFormat(), f.Message, f.Where.ToString(), null, null, f.Suggestion, f.Fingerprint,
            f.Accepted is not null, f.Accepted?.Reason, f.Accepted?.AcceptedBy,
            f.Fix is { } fix ? new FixView(fix.Field, fix.From, fix.To) : null);

    /// <summary>Sets the open-finding counts of the document and of each project (what the overview shows without reading findings).</summary>
    private static bool On(FindingEntity f, ProjectEntity p) => f.Project == p || (p.Id != 0 && f.ProjectId == p.Id);

    public static void Count(DocumentEntity document, IReadOnlyList<ProjectEntity> projects, IReadOnlyList<FindingEntity> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        var open = findings.Where(f => f.AcceptedReason is null).ToArray();
        document.Errors = open.Count(f => f.Severity == "error");
        document.Warnings = open.Count(f => f.Severity == "warning");
        document.Infos = open.Count(f => f.Severity == "info");
        foreach (var p in projects)
        {
            p.Errors = open.Count(f => On(f, p) && f.Severity == "error");
            p.Warnings = open.Count(f => On(f, p) && f.Severity == "warning");
        }
    }
}
