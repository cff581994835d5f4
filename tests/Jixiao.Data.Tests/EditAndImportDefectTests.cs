using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Data.Tests;

public sealed class SqliteEditAndImportDefectTests : EditAndImportDefectTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresEditAndImportDefectTests : EditAndImportDefectTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Issue 19 item 8: false conflicts between edits of different indicators, a bad filter, the import form's leak.</summary>
public abstract class EditAndImportDefectTests : StoreTestBase
{
    [Fact]
    public async Task Twenty_parallel_saves_of_different_indicators_of_one_document_all_succeed_and_all_reach_the_snapshot()
    {
        var (doc, filer) = await ImportSeed002Async();
        var store = Db.NewStore();
        var rows = new List<IndicatorRow>();
        foreach (var p in (await store.GetDocumentAsync(filer, doc.Id)).Projects)
            rows.AddRange((await store.GetProjectAsync(filer, p.Id)).Indicators);
        Assert.True(rows.Count >= 20, $"种子 002 只有 {rows.Count} 项指标");
        var chosen = rows.Take(20).ToArray();

        using var start = new ManualResetEventSlim();
        var saves = chosen.Select((row, n) => Task.Run(async () =>
        {
            start.Wait();
            return await Db.NewStore().UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Basis: $"并行依据{n:D2}"), row.RowVersion);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(saves); // a ConcurrencyConflictException here is the false 409 of the issue

        Assert.All(results, (r, n) => Assert.Equal($"并行依据{n:D2}", r.Row.Basis));
        var json = await Db.NewStore().ExportJsonAsync(filer, doc.Id);
        for (var n = 0; n < 20; n++) Assert.Contains($"并行依据{n:D2}", json, StringComparison.Ordinal);
        var audit = await Db.NewStore().GetAuditAsync(await SignIn(Finance), doc.Id);
        Assert.Equal(20, audit.Count(a => a.Action == "修改指标" && a.New?.StartsWith("并行依据", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_bad_severity_filter_is_an_input_error_not_a_conflict()
    {
        var (doc, filer) = await ImportSeed002Async();

        var e = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Db.NewStore().GetFindingsAsync(filer, doc.Id, new FindingFilter("严重\0", null, null, true)));

        Assert.Contains("审核意见级别“严重”无法识别", e.Message, StringComparison.Ordinal);
        // A rule filter with a NUL byte is cleaned, not sent to the database (PostgreSQL would refuse it).
        Assert.NotNull(await Db.NewStore().GetFindingsAsync(filer, doc.Id, new FindingFilter(null, "R-\0IND-001", null, true)));
    }

    [Fact]
    public async Task Import_into_another_jurisdiction_names_nothing_it_hides()
    {
        var filer = await SignIn(NotaryFiler);
        int otherDepartment;
        await using (var context = Db.NewContext())
        {
            var jurisdiction = new JurisdictionEntity { Name = "另一市", Code = "999999" };
            context.Jurisdictions.Add(jurisdiction);
            await context.SaveChangesAsync();
            var department = new DepartmentEntity { JurisdictionId = jurisdiction.Id, Code = "901", Name = "某某市司法局", Kind = "司法" };
            context.Departments.Add(department);
            await context.SaveChangesAsync();
            context.BudgetUnits.Add(new BudgetUnitEntity { DepartmentId = department.Id, Code = "901001", Name = "某某市公证处" });
            await context.SaveChangesAsync();
            otherDepartment = department.Id;
        }
        var bytes = Seeds.Bytes(Seeds.S002);

        foreach (var unit in new int?[] { 99999, null })
        {
            var e = await Assert.ThrowsAsync<NotFoundException>(() =>
                Db.NewStore().CommitImportAsync(filer, "a.txt", bytes, otherDepartment, unit, 2022));
            Assert.DoesNotContain("某某市", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("另一市", e.Message, StringComparison.Ordinal);
            Assert.Contains($"编号为 {otherDepartment} 的部门", e.Message, StringComparison.Ordinal);
        }

        // A unit of the filer's own department that is not the filer's: not named either.
        var neighbour = await SignIn(DetoxFiler);
        var own = await Assert.ThrowsAsync<NotFoundException>(() =>
            Db.NewStore().CommitImportAsync(filer, "a.txt", bytes, filer.DepartmentId!.Value, neighbour.BudgetUnitId, 2022));
        await using (var context = Db.NewContext())
            Assert.DoesNotContain(context.BudgetUnits.Single(u => u.Id == neighbour.BudgetUnitId).Name, own.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(c => c.Documents.Where(d => d.DepartmentId == otherDepartment)));
    }
}
