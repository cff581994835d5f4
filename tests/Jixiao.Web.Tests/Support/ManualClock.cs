namespace Jixiao.Web.Tests.Support;

/// <summary>A clock the test moves by hand (session expiry is tested without waiting and without the machine's time).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
