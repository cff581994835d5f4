using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;
using Jixiao.Data.Mapping;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// 为加入稳定键之前存储的文档补上键（迁移 AddProjectAndIndicatorKeys 之后运行一次；之后不再有无键的行，查询立即返回）。
/// 当前版本的每个项目、指标得到新键；较早的版本按位置沿用当前版本的键（那时的版本对比正是按位置对应的），
/// 多出的再给新键。各行的键取自当前版本，与快照一致。
/// </summary>
public static class LegacyKeyBackfill
{
    public static async Task<int> RunAsync(JixiaoDbContext db, KeyGenerator keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        var documentIds = await db.Projects.Where(p => p.Key == "").Select(p => p.DocumentId)
            .Union(db.Indicators.Where(i => i.Key == "").Select(i => i.DocumentId))
            .Distinct().ToListAsync(ct).ConfigureAwait(false);
        foreach (var id in documentIds)
        {
            var document = await db.Documents.FirstAsync(d => d.Id == id, ct).ConfigureAwait(false);
            var versions = await db.DocumentVersions.Where(v => v.DocumentId == id).ToListAsync(ct).ConfigureAwait(false);
            var current = versions.First(v => v.Number == document.CurrentVersion);
            var model = DocumentKeys.AssignMissing(DocumentJsonReader.Read(current.SnapshotJson), keys);
            current.SnapshotJson = DocumentJsonWriter.ToJson(model);
            foreach (var older in versions.Where(v => v != current))
                older.SnapshotJson = DocumentJsonWriter.ToJson(
                    DocumentKeys.AssignMissing(ByPosition(DocumentJsonReader.Read(older.SnapshotJson), model), keys));

            var projects = await db.Projects.Where(p => p.DocumentId == id).ToListAsync(ct).ConfigureAwait(false);
            var indicators = await db.Indicators.Where(i => i.DocumentId == id).ToListAsync(ct).ConfigureAwait(false);
            foreach (var row in projects.Where(p => p.Position <= model.Projects.Count))
            {
                var project = model.Projects[row.Position - 1];
                row.Key = project.Key!;
                row.SnapshotJson = ProjectRows.ProjectSnapshot(model, project);
                foreach (var ind in indicators.Where(i => i.ProjectId == row.Id && i.Position <= project.Indicators.Count))
                    ind.Key = project.Indicators[ind.Position - 1].Key!;
            }
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return documentIds.Count;
    }

    /// <summary>An older version with the keys of the current one, position by position, where it has none.</summary>
    private static TargetDocument ByPosition(TargetDocument older, TargetDocument current)
    {
        var projects = older.Projects.Select((p, n) =>
        {
            if (n >= current.Projects.Count) return p;
            var now = current.Projects[n];
            return p with
            {
                Key = p.Key ?? now.Key,
                Indicators = p.Indicators.Select((i, m) => m < now.Indicators.Count ? i with { Key = i.Key ?? now.Indicators[m].Key } : i).ToArray(),
            };
        }).ToArray();
        var overall = older.Overall is { } o && current.Overall is { } c
            ? o with { Indicators = o.Indicators.Select((i, m) => m < c.Indicators.Count ? i with { Key = i.Key ?? c.Indicators[m].Key } : i).ToArray() }
            : older.Overall;
        return older with { Projects = projects, Overall = overall };
    }
}
