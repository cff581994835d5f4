using Jixiao.Core.Model;
using Jixiao.Data.Mapping;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteStableKeyTests : StableKeyTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStableKeyTests : StableKeyTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Every project and indicator has a key from import on, and it survives editing, versions and publication.</summary>
public abstract class StableKeyTests : StoreTestBase
{
    [Fact]
    public async Task Import_gives_every_project_and_indicator_a_distinct_key_the_rows_and_snapshot_share()
    {
        var (doc, filer) = await ImportSeed002Async();
        var model = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Model;
        var projectKeys = model.Projects.Select(p => p.Key).ToArray();
        var indicatorKeys = model.Projects.SelectMany(p => p.Indicators).Select(i => i.Key).ToArray();
        Assert.All(projectKeys.Concat(indicatorKeys), k => Assert.Matches("^[0-9a-z]{16}$", k));
        Assert.Equal(projectKeys.Length, projectKeys.Distinct().Count());
        Assert.Equal(indicatorKeys.Length, indicatorKeys.Distinct().Count());

        await using var context = Db.NewContext();
        var rows = await context.Projects.Where(p => p.DocumentId == doc.Id).OrderBy(p => p.Position).ToListAsync();
        Assert.Equal(projectKeys, rows.Select(r => r.Key));
        var indicatorRows = await context.Indicators.Where(i => i.DocumentId == doc.Id).ToListAsync();
        Assert.Equal(
            model.Projects.SelectMany((p, n) => p.Indicators.Select((i, m) => (n + 1, m + 1, i.Key))).Order(),
            indicatorRows.Select(r => (rows.Single(p => p.Id == r.ProjectId).Position, r.Position, (string?)r.Key)).Order());
        // Each project row's own snapshot carries the same keys as the document's.
        Assert.All(rows, r => Assert.Equal(r.Key, DocumentJsonReader.ReadProject(r.SnapshotJson!, 0)!.Key));
    }

    [Fact]
    public async Task Keys_survive_an_edit_submission_return_new_version_approval_and_publication()
    {
        var (doc, filer) = await ImportSeed002Async();
        var before = await KeysAsync(filer, doc.Id, 1);
        var (_, row) = await FirstIndicatorAsync(filer, doc.Id);
        await Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Name: "改过名称的指标"), row.RowVersion);
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        var reviewer = await SignIn(JusticeReviewer);
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Return, "请细化目标值");
        var (_, row2) = await FirstIndicatorAsync(filer, doc.Id, skip: 1);
        await Db.NewStore().UpdateIndicatorAsync(filer, row2.Id, new IndicatorEdit(Value: "≥99%"), row2.RowVersion);
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(reviewer, doc.Id, WorkflowAction.Approve, null);
        await Db.NewStore().TransitionAsync(await SignIn(Finance), doc.Id, WorkflowAction.Publish, null);

        Assert.Equal(before, await KeysAsync(filer, doc.Id, 1));
        Assert.Equal(before, await KeysAsync(filer, doc.Id, 2));
        Assert.Equal(before, await KeysAsync(null, doc.Id, 2)); // the public copy too

        // The edited indicator is found by its key in both versions; the diff names it once.
        var diff = await Db.NewStore().DiffAsync(filer, doc.Id, 1, 2);
        Assert.Equal([IndicatorFields.Value], diff.Changes.Select(c => c.Field));
    }

    [Fact]
    public async Task Documents_stored_before_keys_existed_get_keys_shared_by_their_versions()
    {
        var (doc, filer) = await ImportSeed002Async();
        await Db.NewStore().TransitionAsync(filer, doc.Id, WorkflowAction.Submit, null);
        await Db.NewStore().TransitionAsync(await SignIn(JusticeReviewer), doc.Id, WorkflowAction.Return, "请补充");
        await using (var context = Db.NewContext())
        {
            // What a database migrated from before keys holds: empty key columns, snapshots without keys.
            foreach (var v in await context.DocumentVersions.Where(v => v.DocumentId == doc.Id).ToListAsync())
                v.SnapshotJson = DocumentJsonWriter.ToJson(Keyless(DocumentJsonReader.Read(v.SnapshotJson)));
            await context.Projects.Where(p => p.DocumentId == doc.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Key, ""));
            await context.Indicators.Where(i => i.DocumentId == doc.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Key, ""));
            await context.SaveChangesAsync();
        }
        await using (var context = Db.NewContext())
            Assert.Equal(1, await LegacyKeyBackfill.RunAsync(context, new Core.Model.Identity.SequentialKeyGenerator("b")));

        var v1 = await KeysAsync(filer, doc.Id, 1);
        var v2 = await KeysAsync(filer, doc.Id, 2);
        Assert.Equal(v1, v2);
        Assert.DoesNotContain(v2, k => string.IsNullOrEmpty(k));
        await using (var context = Db.NewContext())
        {
            Assert.False(await context.Projects.AnyAsync(p => p.Key == ""));
            Assert.False(await context.Indicators.AnyAsync(i => i.Key == ""));
            Assert.Equal(0, await LegacyKeyBackfill.RunAsync(context, new Core.Model.Identity.SequentialKeyGenerator("c")));
        }
        var project = (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Model.Projects[0];
        Assert.Equal(project.Key, (await Db.NewStore().GetProjectAsync(filer, (await Db.NewStore().GetDocumentAsync(filer, doc.Id)).Projects[0].Id)).Model.Key);
    }

    private async Task<string?[]> KeysAsync(Security.Actor? actor, int documentId, int version)
    {
        var model = (await Db.NewStore().GetDocumentAsync(actor, documentId, version)).Model;
        return model.Projects.Select(p => p.Key).Concat(model.Projects.SelectMany(p => p.Indicators).Select(i => i.Key)).ToArray();
    }

    private static TargetDocument Keyless(TargetDocument d) => d with
    {
        Projects = d.Projects.Select(p => p with { Key = null, Indicators = p.Indicators.Select(i => i with { Key = null }).ToArray() }).ToArray(),
    };
}
