using Jixiao.Core.Review;
using Jixiao.Data.Limits;
using Jixiao.Data.Security;
using Jixiao.Documents;

namespace Jixiao.Data;

/// <summary>
/// The one way into the stored data for the web system: every method that takes an actor checks
/// <see cref="AccessPolicy"/> itself (missing or invisible → <see cref="NotFoundException"/>, visible but not allowed →
/// <see cref="AccessDeniedException"/>), so no page or API call can forget a check.
/// </summary>
public sealed partial class JixiaoStore(JixiaoDbContext db, InputGuard guard, Caching.ReadCaches? caches = null)
{
    /// <summary>A store with the default input limits (tests, tools); the web gets the configured ones.</summary>
    public JixiaoStore(JixiaoDbContext db) : this(db, InputGuard.CreateDefault())
    {
    }

    private static readonly Lazy<DocumentImporter> SharedImporter = new(DocumentImporter.CreateDefault);

    private readonly JixiaoDbContext _db = db;

    /// <summary>The process's read caches (the web gets them; tests and tools that build a store by hand read afresh).</summary>
    private readonly Caching.ReadCaches? _caches = caches;

    /// <summary>Limits on what comes in (docs/limits.md): checked before anything is read further or stored.</summary>
    private readonly InputGuard _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <summary>The store's context, for the services built on the store (they share its unit of work).</summary>
    internal JixiaoDbContext Context => _db;

    /// <summary>The input limits, for the services built on the store.</summary>
    internal InputGuard Guard => _guard;

    private static DocumentImporter Importer => SharedImporter.Value;

    private static ReviewEngine Engine => ReviewRules.Default;

    /// <summary>The clock; replaceable so that tests can order events without waiting.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    internal DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Where new project and indicator keys come from; replaceable so that tests get predictable keys.</summary>
    public Jixiao.Core.Model.Identity.KeyGenerator Keys { get; init; } = Jixiao.Core.Model.Identity.KeyGenerator.Random;
}
