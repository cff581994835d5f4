using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The queries every page read runs (the signed-in user, one document, one project, a department with its units),
/// compiled once per model (<see cref="CompiledPerModel{TQuery}"/>): EF then skips translating the LINQ tree and looking
/// it up in its query cache on each request (issue 5 point 9, CPU per request).
/// </summary>
public sealed partial class JixiaoStore
{
    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, CancellationToken, Task<UserEntity?>>> UserById = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int id, CancellationToken ct) => db.Users.AsNoTracking().FirstOrDefault(u => u.Id == id)));

    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, CancellationToken, Task<DocumentEntity?>>> DocumentById = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int id, CancellationToken ct) => db.Documents.AsNoTracking().FirstOrDefault(d => d.Id == id)));

    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, CancellationToken, Task<ProjectEntity?>>> ProjectById = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int id, CancellationToken ct) => db.Projects.AsNoTracking().FirstOrDefault(p => p.Id == id)));

    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, CancellationToken, Task<DepartmentEntity?>>> DepartmentById = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int id, CancellationToken ct) => db.Departments.AsNoTracking().FirstOrDefault(d => d.Id == id)));

    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, IAsyncEnumerable<BudgetUnitSummary>>> UnitsOfDepartment = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int departmentId) => db.BudgetUnits.AsNoTracking()
            .Where(u => u.DepartmentId == departmentId).OrderBy(u => u.Code).Select(u => new BudgetUnitSummary(u.Id, u.Name, u.Code))));

    // AsQueryable(): an IOrderedQueryable lambda would bind to the single-result overload; this picks the row stream.
    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, IAsyncEnumerable<IndicatorEntity>>> IndicatorsOfProject = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int projectId) => db.Indicators.AsNoTracking()
            .Where(i => i.ProjectId == projectId).OrderBy(i => i.Position).AsQueryable()));

    private static readonly CompiledPerModel<Func<JixiaoDbContext, int, int, IAsyncEnumerable<FindingEntity>>> FindingsOfProject = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, int documentId, int projectId) => db.Findings.AsNoTracking()
            .Where(f => f.DocumentId == documentId && f.ProjectId == projectId).OrderBy(f => f.Position).AsQueryable()));

    /// <summary>
    /// Runs a read of several queries on one open connection: EF otherwise opens and closes the connection around each
    /// query, and on SQLite every open also runs <see cref="SqlitePragmas"/>. A connection someone else opened (a
    /// transaction in progress) is used as it is and left open.
    /// </summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> read, CancellationToken ct)
    {
        if (_db.Database.GetDbConnection().State == System.Data.ConnectionState.Open) return await read().ConfigureAwait(false);
        await _db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            return await read().ConfigureAwait(false);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false)) list.Add(row);
        return list;
    }
}
