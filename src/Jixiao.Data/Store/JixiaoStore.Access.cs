using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>A project row without its snapshot: what lists and overviews need.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<ProjectEntity, ProjectEntity>> ProjectLine = p => new ProjectEntity
    {
        Id = p.Id, DocumentId = p.DocumentId, Position = p.Position, Code = p.Code, Name = p.Name, UnitCode = p.UnitCode,
        UnitName = p.UnitName, BudgetAsWritten = p.BudgetAsWritten, MoneyUnit = p.MoneyUnit, BudgetWan = p.BudgetWan,
        SpendingPlan = p.SpendingPlan, Errors = p.Errors, Warnings = p.Warnings,
    };

    private static DocumentScope ScopeOf(DocumentEntity d) => new(d.JurisdictionId, d.DepartmentId, d.BudgetUnitId, d.State);

    /// <summary>
    /// The documents an actor may view, as a query (the same matrix as <see cref="AccessPolicy"/> for View, so lists
    /// never load what a check would then hide).
    /// </summary>
    private IQueryable<DocumentEntity> VisibleDocuments(Actor? actor)
    {
        var q = _db.Documents.AsNoTracking();
        if (actor is null) return q.Where(d => d.State == WorkflowState.Published);
        // Plain locals, not actor.X: EF reads a captured local as a parameter directly, where a property of a captured
        // object makes it compile a small lambda on every query.
        var jurisdiction = actor.JurisdictionId;
        q = q.Where(d => d.JurisdictionId == jurisdiction);
        return actor.Role switch
        {
            Role.UnitFiler when actor.BudgetUnitId is int unit => q.Where(d => d.BudgetUnitId == unit),
            Role.DepartmentReviewer when actor.DepartmentId is int department => q.Where(d => d.DepartmentId == department),
            Role.FinanceReviewer or Role.Administrator => q,
            _ => q.Where(d => false),
        };
    }

    /// <summary>The document, or “not found” when it is missing or the actor may not even view it.</summary>
    internal async Task<DocumentEntity> VisibleDocumentAsync(Actor? actor, int documentId, bool track, CancellationToken ct)
    {
        var d = track
            ? await _db.Documents.FirstOrDefaultAsync(x => x.Id == documentId, ct).ConfigureAwait(false)
            : await DocumentById.For(_db)(_db, documentId, ct).ConfigureAwait(false);
        if (d is null || !AccessPolicy.CanView(actor, ScopeOf(d)))
            throw new NotFoundException($"找不到编号为 {documentId} 的文档，或您无权查看。");
        return d;
    }

    /// <summary>Whether the actor may edit this document now (AccessPolicy Edit with its state).</summary>
    internal bool CanEdit(Actor? actor, DocumentEntity d) => AccessPolicy.Can(actor, DocumentAction.Edit, ScopeOf(d));

    internal static void Require(Actor? actor, DocumentAction action, DocumentEntity d, string what)
    {
        if (!AccessPolicy.Can(actor, action, ScopeOf(d)))
            throw new AccessDeniedException(actor is null
                ? $"请先登录：未登录用户不能{what}。"
                : $"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权对文档“{d.Title}”（{d.State.ToChinese()}）{what}。");
    }

    /// <summary><see cref="ToSummary(DocumentEntity)"/> as SQL: lists read the summary's columns only, no entity.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<DocumentEntity, DocumentSummary>> SummaryColumns = d =>
        new DocumentSummary(d.Id, d.Title, d.FiscalYear, d.DepartmentId, d.BudgetUnitId, d.UnitName, d.State, d.CurrentVersion, d.ProjectCount, d.UpdatedAt);

    private static DocumentSummary ToSummary(DocumentEntity d) =>
        new(d.Id, d.Title, d.FiscalYear, d.DepartmentId, d.BudgetUnitId, d.UnitName, d.State, d.CurrentVersion, d.ProjectCount, d.UpdatedAt);

    internal static ProjectSummary ToSummary(ProjectEntity p) =>
        new(p.Id, p.DocumentId, p.Code, p.Name, p.UnitName, p.BudgetWan, p.BudgetAsWritten, p.MoneyUnit,
            Mapping.ProjectRows.SpendingPoints(p.SpendingPlan), p.Errors, p.Warnings);

    /// <summary>Adds one audit line (saved with the change it describes).</summary>
    internal void Audit(DocumentEntity? document, Actor actor, string action, string? where = null, string? field = null, string? oldValue = null, string? newValue = null)
    {
        var entry = new AuditLogEntity
        {
            At = Now,
            UserName = actor.UserName,
            Action = action,
            Where = where is { Length: > 600 } ? where[..599] + "…" : where,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        };
        // A document being created has no id yet: link it by reference so both are saved together.
        if (document is { Id: 0 }) entry.Document = document;
        else entry.DocumentId = document?.Id;
        _db.AuditLog.Add(entry);
    }
}
