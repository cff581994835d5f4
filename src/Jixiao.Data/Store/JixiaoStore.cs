using Jixiao.Core.Review;
using Jixiao.Data.Security;
using Jixiao.Documents;

namespace Jixiao.Data;

/// <summary>
/// The one way into the stored data for the web system: every method that takes an actor checks
/// <see cref="AccessPolicy"/> itself (missing or invisible → <see cref="NotFoundException"/>, visible but not allowed →
/// <see cref="AccessDeniedException"/>), so no page or API call can forget a check.
/// </summary>
public sealed partial class JixiaoStore(JixiaoDbContext db)
{
    private static readonly Lazy<DocumentImporter> SharedImporter = new(DocumentImporter.CreateDefault);

    private readonly JixiaoDbContext _db = db;

    /// <summary>The store's context, for the services built on the store (they share its unit of work).</summary>
    internal JixiaoDbContext Context => _db;

    private static DocumentImporter Importer => SharedImporter.Value;

    private static ReviewEngine Engine => ReviewRules.Default;

    /// <summary>The clock; replaceable so that tests can order events without waiting.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    internal DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Where new project and indicator keys come from; replaceable so that tests get predictable keys.</summary>
    public Jixiao.Core.Model.Identity.KeyGenerator Keys { get; init; } = Jixiao.Core.Model.Identity.KeyGenerator.Random;
}
