using System.Text.Json;
using Jixiao.Core.Model;
using Jixiao.Data.Drafting;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSnapshotModelsTests : SnapshotModelsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSnapshotModelsTests : SnapshotModelsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// A save keeps the model of the snapshot it wrote so that the next save need not parse it (SnapshotModels). That model
/// must be exactly what parsing the stored snapshot gives — every property, including those the format does not carry
/// (source lines, the 分项目标/保障措施 heading flags the reader infers) — or the next save would review something other
/// than the stored document.
/// </summary>
public abstract class SnapshotModelsTests : StoreTestBase
{
    /// <summary>Every public property of the whole object graph, so that two models compare by value.</summary>
    private static readonly JsonSerializerOptions Deep = new() { WriteIndented = false };

    [Fact]
    public async Task After_each_kind_of_scoped_save_the_kept_model_is_the_parsed_snapshot()
    {
        var (doc, filer) = await ImportSeed002Async();
        var (project, row) = await FirstIndicatorAsync(filer, doc.Id);
        var edits = () => new DocumentEditService(Db.NewStore());

        await edits().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: "≥5万元", Weight: "20"), row.RowVersion);
        await AssertKeptAsParsedAsync(doc.Id, "修改指标值与权重后");

        var versions = await edits().ProjectRowVersionsAsync(filer, doc.Id);
        await edits().UpdateProjectAsync(filer, project.Summary.Id, new ProjectEdit(Name: "改名后的项目", Goals: ["目标一", "目标二"]), versions[project.Summary.Id]);
        await AssertKeptAsParsedAsync(doc.Id, "修改项目名称与目标后");

        var overall = await new DepartmentWideService(Db.NewStore()).GetAsync(filer, doc.Id);
        var written = await edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Goals: ["总体目标"], Measures: ["完善内控制度"]), overall.RowVersion);
        await AssertKeptAsParsedAsync(doc.Id, "修改部门整体目标后");

        // Emptying 保障措施: the model the edit made still says a heading was printed; read back, it is not (the reader
        // infers the heading from its content). The kept model must be the read one.
        written = await edits().UpdateOverallAsync(filer, doc.Id, new OverallEdit(Measures: []), written.OverallRowVersion);
        await AssertKeptAsParsedAsync(doc.Id, "清空保障措施后");

        await edits().AddOverallIndicatorAsync(filer, doc.Id, new NewOverallIndicator("产出指标", "数量指标", new IndicatorEdit(Name: "办理公证件数", Value: "≥5000件")),
            written.OverallRowVersion);
        await AssertKeptAsParsedAsync(doc.Id, "添加部门整体指标后");
    }

    [Fact]
    public void A_model_is_reused_only_for_the_very_text_it_was_read_from()
    {
        var json = DocumentJsonWriter.ToJson(new TargetDocument { Source = new DocumentSource("a.txt", "test"), FiscalYear = 2030 });
        var first = SnapshotModels.Read(-17, json);
        Assert.Same(first, SnapshotModels.Read(-17, new string(json.AsSpan())));
        var other = SnapshotModels.Read(-17, json.Replace("2030", "2031", StringComparison.Ordinal));
        Assert.Equal(2031, other.FiscalYear);
        Assert.False(SnapshotModels.TryGet(-17, json, out _));
    }

    private async Task AssertKeptAsParsedAsync(int documentId, string when)
    {
        await using var context = Db.NewContext();
        var d = await context.Documents.AsNoTracking().FirstAsync(x => x.Id == documentId);
        var json = (await context.DocumentVersions.AsNoTracking().FirstAsync(v => v.DocumentId == documentId && v.Number == d.CurrentVersion)).SnapshotJson;
        Assert.True(SnapshotModels.TryGet(documentId, json, out var kept), $"{when}：保存后没有保留所写快照的模型。");
        Assert.Equal(JsonSerializer.Serialize(DocumentJsonReader.Read(json), Deep), JsonSerializer.Serialize(kept, Deep));
    }
}
