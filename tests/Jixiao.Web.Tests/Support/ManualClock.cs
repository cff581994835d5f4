namespace Jixiao.Web.Tests.Support;

/// <summary>A clock the test moves by hand (session expiry is tested without waiting and without the machine's time).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    // Kept in UTC, as TimeProvider.GetUtcNow promises (PostgreSQL stores only offset 0).
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
