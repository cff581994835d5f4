using Jixiao.Core.Model;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;

namespace Jixiao.Data.Drafting;

/// <summary>
/// Brings the stored project and indicator rows of a draft in line with its model after an edit, matching by key: new
/// items get rows, removed ones lose theirs (an earlier frozen version keeps them in its snapshot), positions follow
/// the model's order, and only projects whose record changed get their fields and one-project snapshot rewritten
/// (an unchanged project is the very same record instance before and after, so the test is by reference).
/// <c>partial</c>: the save loaded the rows of the changed projects only (the projects stayed where they were), so an
/// unchanged project without a loaded row is left alone rather than taken for a new one.
/// </summary>
internal sealed class DraftRowSync(JixiaoDbContext db, DocumentEntity document, TargetDocument before, TargetDocument after,
    List<ProjectEntity> projects, List<IndicatorEntity> indicators, bool partial = false)
{
    public void Apply()
    {
        var old = before.Projects.Where(p => p.Key is not null).ToDictionary(p => p.Key!, StringComparer.Ordinal);
        var rows = projects.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < after.Projects.Count; n++)
        {
            var project = after.Projects[n];
            var key = project.Key ?? throw new InvalidOperationException("编辑后的项目缺少稳定键。");
            keep.Add(key);
            if (partial && !rows.ContainsKey(key) && old.TryGetValue(key, out var untouched) && ReferenceEquals(untouched, project)) continue;
            if (!rows.TryGetValue(key, out var row))
            {
                row = new ProjectEntity { Document = document, DocumentId = document.Id, Key = key, Name = project.Name, UnitName = document.UnitName };
                db.Projects.Add(row);
                projects.Add(row);
            }
            row.Position = n + 1;
            if (old.TryGetValue(key, out var was) && ReferenceEquals(was, project)) continue;
            row.Code = project.Code;
            row.Name = project.Name;
            row.UnitCode = project.Unit?.Code;
            row.UnitName = project.Unit?.Name ?? row.UnitName;
            ProjectRows.ApplyBudget(row, project, after.MoneyUnit);
            row.SnapshotJson = ProjectRows.ProjectSnapshot(after, project);
            SyncIndicators(row, project);
        }
        foreach (var gone in projects.Where(p => !keep.Contains(p.Key)).ToList())
        {
            foreach (var i in indicators.Where(i => i.Project == gone || (gone.Id != 0 && i.ProjectId == gone.Id)).ToList())
            {
                db.Indicators.Remove(i);
                indicators.Remove(i);
            }
            db.Projects.Remove(gone);
            projects.Remove(gone);
        }
        projects.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    private void SyncIndicators(ProjectEntity row, Project project)
    {
        var mine = indicators.Where(i => i.Project == row || (row.Id != 0 && i.ProjectId == row.Id)).ToList();
        var byKey = mine.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < project.Indicators.Count; n++)
        {
            var indicator = project.Indicators[n];
            var key = indicator.Key ?? throw new InvalidOperationException("编辑后的指标缺少稳定键。");
            keep.Add(key);
            if (!byKey.TryGetValue(key, out var r))
            {
                r = new IndicatorEntity { Project = row, Document = document, DocumentId = document.Id, Key = key, Name = "" };
                db.Indicators.Add(r);
                indicators.Add(r);
            }
            r.Position = n + 1;
            IndicatorFields.CopyFrom(r, indicator);
        }
        foreach (var gone in mine.Where(i => !keep.Contains(i.Key)))
        {
            db.Indicators.Remove(gone);
            indicators.Remove(gone);
        }
    }
}
