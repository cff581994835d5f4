namespace Jixiao.Data.Tests.Office;

/// <summary>A clock standing at one instant, so overdue and audit times do not depend on when the test runs.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
