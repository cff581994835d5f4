using Jixiao.Data.Security;

namespace Jixiao.Data.Caching;

/// <summary>
/// The reads every request repeats, cached for the process (issue 19 must-hold 8: <c>GET /api/documents</c> within
/// 50 ms under 50 clients): the session check behind every API call and Blazor action, and the document lists, keyed
/// by everything that decides their answer. docs/caching.md says what is cached, for how long, and why it stays right.
/// </summary>
public sealed class ReadCaches(DataVersion version, ReadCacheSettings settings, TimeProvider clock)
{
    /// <summary>A live session's user by the token's hash, with the session's absolute end.</summary>
    internal VersionedCache<string, CachedSession> Sessions { get; } = new(version, settings, clock, 10_000);

    /// <summary>Pages of the document lists by who asks (their scope) and what they ask for.</summary>
    internal VersionedCache<DocumentListKey, Paged<DocumentSummary>> DocumentLists { get; } = new(version, settings, clock, 1_000);
}

/// <summary>A session as the check needs it: the user's actor and when the session ends regardless.</summary>
internal sealed record CachedSession(Actor Actor, DateTimeOffset ExpiresAt);

/// <summary>
/// Everything a document list's answer depends on: the asker's role and scope (what <c>VisibleDocuments</c> filters
/// by; null role for the public), the filter, the page. Two users with the same scope see the same list.
/// </summary>
internal readonly record struct DocumentListKey(bool Published, Role? Role, int JurisdictionScope, int? DepartmentScope, int? UnitScope,
    int? Jurisdiction, int? Department, int? FiscalYear, int Page, int PageSize)
{
    public static DocumentListKey Of(Actor? actor, bool published, int? jurisdiction, int? department, int? fiscalYear, PageRequest page) =>
        new(published, actor?.Role, actor?.JurisdictionId ?? 0, actor?.DepartmentId, actor?.BudgetUnitId, jurisdiction, department, fiscalYear,
            page.Page, page.PageSize);
}
