using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Mapping;

/// <summary>Turns a Core document's projects and indicators into the queryable rows of a stored document.</summary>
public static class ProjectRows
{
    /// <summary>
    /// The rows of every project (with its indicators in <see cref="ProjectEntity"/>-linked
    /// <see cref="IndicatorEntity"/> rows). <paramref name="unitName"/> is used when a project prints no unit line.
    /// </summary>
    public static List<(ProjectEntity Project, List<IndicatorEntity> Indicators)> Build(TargetDocument model, DocumentEntity document, string unitName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = new List<(ProjectEntity, List<IndicatorEntity>)>(model.Projects.Count);
        for (var p = 0; p < model.Projects.Count; p++)
        {
            var project = model.Projects[p];
            var entity = new ProjectEntity
            {
                Document = document,
                Position = p + 1,
                // The store gives every key before storing (DocumentKeys.AssignMissing); "" only for a snapshot read for display.
                Key = project.Key ?? "",
                Code = project.Code,
                Name = project.Name,
                UnitCode = project.Unit?.Code,
                UnitName = project.Unit?.Name ?? unitName,
            };
            ApplyBudget(entity, project, model.MoneyUnit);
            entity.SnapshotJson = ProjectSnapshot(model, project);
            var indicators = new List<IndicatorEntity>(project.Indicators.Count);
            for (var i = 0; i < project.Indicators.Count; i++)
            {
                var row = new IndicatorEntity
                {
                    Project = entity, Document = document, Position = i + 1, Name = "",
                    Key = project.Indicators[i].Key ?? "",
                };
                IndicatorFields.CopyFrom(row, project.Indicators[i]);
                indicators.Add(row);
            }
            rows.Add((entity, indicators));
        }
        return rows;
    }

    /// <summary>
    /// Budget as written, its unit and the amount in 万元 (exact decimal conversion). A project without a unit of its
    /// own takes the document's; when neither states one, 万元 is assumed (what every template prints).
    /// </summary>
    public static void ApplyBudget(ProjectEntity entity, Project project, MoneyUnit? documentUnit)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(project);
        var unit = project.MoneyUnit ?? documentUnit ?? MoneyUnit.TenThousandYuan;
        entity.MoneyUnit = unit.ToChinese();
        entity.BudgetAsWritten = project.Budget.Total?.Text;
        entity.BudgetWan = project.Budget.Total is { } total ? MoneyUnits.Convert(total.Value, unit, MoneyUnit.TenThousandYuan) : null;
        entity.SpendingPlan = project.SpendingPlan is { Points.Count: > 0 } plan
            ? string.Join(';', plan.Points.Select(x => x.Month.ToString(CultureInfo.InvariantCulture) + "=" + x.Percent.Text))
            : null;
    }

    /// <summary>The project as a one-project document (source, department, year and unit of the whole one).</summary>
    public static string ProjectSnapshot(TargetDocument model, Project project)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Documents.Exchange.DocumentJsonWriter.ToJson(model with { Overall = null, BudgetTables = [], Projects = [project] });
    }

    /// <summary>"3=15;6=25" → 3月底 15, 6月底 25.</summary>
    public static IReadOnlyList<SpendingPoint> SpendingPoints(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return [];
        var points = new List<SpendingPoint>();
        foreach (var part in stored.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            var month = part[..eq];
            decimal? percent = WrittenDecimal.TryParse(part[(eq + 1)..]) is { } d ? d.Value : null;
            points.Add(new SpendingPoint(month + "月底", percent));
        }
        return points;
    }
}
