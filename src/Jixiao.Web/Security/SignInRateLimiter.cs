using System.Net;
using System.Threading.RateLimiting;

namespace Jixiao.Web.Security;

/// <summary>
/// Limits sign-in attempts (登录尝试) per client address and user name: at most <see cref="PermitPerMinute"/>
/// attempts in a one-minute window (<c>Jixiao:SignIn:PermitPerMinute</c>, default 10), successful or not. Past the
/// limit every attempt is refused before the password is checked, so a right password is refused too and the answer
/// says nothing about it. Keyed on address and name together, so one person mistyping does not lock out the office
/// behind the same address, and guessing at one account from one address is slowed to a crawl.
/// </summary>
/// <remarks>
/// The framework's fixed-window limiter (System.Threading.RateLimiting, as the rate-limiting middleware uses), applied
/// in the two sign-in handlers after the body is read: the middleware picks its partition before the body is read,
/// and the user name is in the body.
/// </remarks>
public sealed class SignInRateLimiter : IDisposable
{
    public const int DefaultPermitPerMinute = 10;

    /// <summary>The refusal the API (problem+json) and the sign-in page show.</summary>
    public const string RefusedMessage = "登录尝试过于频繁，请 1 分钟后再试。";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInRateLimiter(int permitPerMinute)
    {
        if (permitPerMinute < 1)
            throw new ArgumentOutOfRangeException(nameof(permitPerMinute), permitPerMinute,
                "Jixiao:SignIn:PermitPerMinute 须为正整数（每分钟允许的登录尝试次数）。");
        PermitPerMinute = permitPerMinute;
        // Idle partitions (a window fully replenished) are dropped by the partitioned limiter itself, so trying many
        // names does not grow memory beyond one minute's attempts.
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = Window, QueueLimit = 0 }));
    }

    public int PermitPerMinute { get; }

    public static SignInRateLimiter From(IConfiguration config) =>
        new(config.GetValue("Jixiao:SignIn:PermitPerMinute", DefaultPermitPerMinute));

    /// <summary>
    /// Counts one attempt of <paramref name="userName"/> from the request's client address. False when the window's
    /// attempts are used up; <paramref name="retryAfter"/> is then how long until the window turns.
    /// </summary>
    public bool TryAttempt(HttpContext http, string? userName, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(KeyOf(http.Connection.RemoteIpAddress, userName));
        retryAfter = lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? TimeSpan.Zero : wait;
        if (!lease.IsAcquired && retryAfter <= TimeSpan.Zero) retryAfter = Window;
        return lease.IsAcquired;
    }

    /// <summary>Whole seconds for a Retry-After header, at least 1.</summary>
    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The name as the store looks it up (trimmed); case folded so "Admin" and "admin" share one count.
    private static string KeyOf(IPAddress? address, string? userName)
    {
        var client = address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        return client + "\n" + (userName ?? "").Trim().ToUpperInvariant();
    }

    public void Dispose() => _limiter.Dispose();
}
