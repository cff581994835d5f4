using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Caching;

/// <summary>
/// Raises <see cref="DataVersion"/> after every write through any context of this process: SaveChanges, ExecuteUpdate
/// and ExecuteDelete, raw SQL, and each transaction's end. It is raised when the write can be seen by other
/// connections (after the statement completed, after the commit), never only before it: a read that fetched the
/// version, then the rows from before a commit, would otherwise keep the old rows under the new version. Raising too
/// often costs a cache miss, never a wrong answer, so anything that is not a plain SELECT counts as a write.
/// </summary>
public sealed class WriteTracker(DataVersion version) : IDbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Bump(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump(command);
        return ValueTask.FromResult(result);
    }

    // A write that returns rows (INSERT … RETURNING outside SaveChanges): its statement completes when the reader is
    // done with; SaveChanges and the transaction's end raise the version again after it for EF's own writes.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Bump(command);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        version.Bump();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => version.Bump();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    // Rolled back: a read inside the transaction (on its own connection) saw rows that are now gone.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    private void Bump(DbCommand command)
    {
        if (!IsPlainSelect(command.CommandText)) version.Bump();
    }

    /// <summary>EF's queries begin with SELECT; anything else (INSERT, UPDATE, DELETE, DDL, a tagged query) counts as a write.</summary>
    public static bool IsPlainSelect(string? sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
    }
}
