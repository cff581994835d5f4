using System.Net;
using System.Threading.RateLimiting;

namespace Jixiao.Web.Security;

/// <summary>
/// Limits on sign-in (登录尝试), four at once, each a fixed window of the framework's rate limiter:
/// <list type="bullet">
/// <item>per client address and user name: <c>Jixiao:SignIn:PermitPerMinute</c> attempts a minute (default 10) — one
/// person mistyping does not lock out the office behind the same address;</item>
/// <item>per client address: <c>Jixiao:SignIn:PerAddressPerMinute</c> attempts a minute over all names (default 30) —
/// password spraying over many names from one address;</item>
/// <item>per account: <c>Jixiao:SignIn:AccountFailuresPerHour</c> failed attempts an hour from all addresses together
/// (default 30) — guessing one account from many addresses;</item>
/// <item>the whole instance: <c>Jixiao:SignIn:GlobalFailuresPerMinute</c> failed attempts a minute (default 200) —
/// spraying from many addresses; past it every sign-in waits for the minute to turn.</item>
/// </list>
/// Past any limit an attempt is refused before the password is checked, so a right password is refused too and the
/// answer says nothing about it. The client address is the socket's, or the X-Forwarded-For of a configured proxy
/// (<see cref="ProxySettings"/>): behind the proxy every user keeps their own address.
/// </summary>
public sealed class SignInRateLimiter : IDisposable
{
    public const int DefaultPermitPerMinute = 10;
    public const int DefaultPerAddressPerMinute = 30;
    public const int DefaultAccountFailuresPerHour = 30;
    public const int DefaultGlobalFailuresPerMinute = 200;

    /// <summary>The refusal the API (problem+json) and the sign-in page show for the per-address limits.</summary>
    public const string RefusedMessage = "登录尝试过于频繁，请 1 分钟后再试。";

    /// <summary>The refusal when the account's failures of the hour are used up (whoever tries; the name may not exist).</summary>
    public const string AccountRefusedMessage = "此用户名的登录失败次数过多，已暂停登录，请稍后再试或联系系统管理员。";

    /// <summary>The refusal when the whole instance's failure budget of the minute is used up.</summary>
    public const string GlobalRefusedMessage = "系统登录失败次数过多，已暂停全部登录，请 1 分钟后再试。";

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly PartitionedRateLimiter<string> _perAddressAndName;
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _accountFailures;
    private readonly FixedWindowRateLimiter _globalFailures;

    public SignInRateLimiter(int permitPerMinute, int perAddressPerMinute = DefaultPerAddressPerMinute,
        int accountFailuresPerHour = DefaultAccountFailuresPerHour, int globalFailuresPerMinute = DefaultGlobalFailuresPerMinute)
    {
        Positive(permitPerMinute, "Jixiao:SignIn:PermitPerMinute", "每分钟允许同一地址、同一用户名的登录尝试次数");
        Positive(perAddressPerMinute, "Jixiao:SignIn:PerAddressPerMinute", "每分钟允许同一地址的登录尝试次数");
        Positive(accountFailuresPerHour, "Jixiao:SignIn:AccountFailuresPerHour", "每小时允许同一用户名的登录失败次数");
        Positive(globalFailuresPerMinute, "Jixiao:SignIn:GlobalFailuresPerMinute", "每分钟允许全系统的登录失败次数");
        PermitPerMinute = permitPerMinute;
        // Idle partitions (a window fully replenished) are dropped by the partitioned limiter itself, so trying many
        // names does not grow memory beyond one window's attempts.
        _perAddressAndName = Partitioned(permitPerMinute, Minute);
        _perAddress = Partitioned(perAddressPerMinute, Minute);
        _accountFailures = Partitioned(accountFailuresPerHour, Hour);
        _globalFailures = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = globalFailuresPerMinute, Window = Minute, QueueLimit = 0 });
    }

    public int PermitPerMinute { get; }

    public static SignInRateLimiter From(IConfiguration config) => new(
        config.GetValue("Jixiao:SignIn:PermitPerMinute", DefaultPermitPerMinute),
        config.GetValue("Jixiao:SignIn:PerAddressPerMinute", DefaultPerAddressPerMinute),
        config.GetValue("Jixiao:SignIn:AccountFailuresPerHour", DefaultAccountFailuresPerHour),
        config.GetValue("Jixiao:SignIn:GlobalFailuresPerMinute", DefaultGlobalFailuresPerMinute));

    /// <summary>
    /// Counts one attempt of <paramref name="userName"/> from the request's client address. False when a limit is
    /// used up; <paramref name="refusal"/> is then the Chinese message and <paramref name="retryAfter"/> the wait.
    /// </summary>
    public bool TryAttempt(HttpContext http, string? userName, out TimeSpan retryAfter, out string refusal)
    {
        var address = AddressOf(http.Connection.RemoteIpAddress);
        var name = NameKey(userName);
        // The failure budgets are looked at (0 permits) before anything is counted: a refused attempt uses nothing.
        if (!Acquire(_globalFailures.AttemptAcquire(0), Minute, out retryAfter)) { refusal = GlobalRefusedMessage; return false; }
        if (!Acquire(_accountFailures.AttemptAcquire(name, 0), Hour, out retryAfter)) { refusal = AccountRefusedMessage; return false; }
        refusal = RefusedMessage;
        return Acquire(_perAddress.AttemptAcquire(address), Minute, out retryAfter)
               && Acquire(_perAddressAndName.AttemptAcquire(address + "\n" + name), Minute, out retryAfter);
    }

    /// <inheritdoc cref="TryAttempt(HttpContext, string?, out TimeSpan, out string)"/>
    public bool TryAttempt(HttpContext http, string? userName, out TimeSpan retryAfter) => TryAttempt(http, userName, out retryAfter, out _);

    /// <summary>A wrong password (or an unknown name): counted against the account's and the instance's failure budgets.</summary>
    public void RecordFailure(string? userName)
    {
        _accountFailures.AttemptAcquire(NameKey(userName)).Dispose();
        _globalFailures.AttemptAcquire().Dispose();
    }

    /// <summary>Whole seconds for a Retry-After header, at least 1.</summary>
    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool Acquire(RateLimitLease lease, TimeSpan window, out TimeSpan retryAfter)
    {
        using (lease)
        {
            retryAfter = lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? TimeSpan.Zero : wait;
            if (!lease.IsAcquired && retryAfter <= TimeSpan.Zero) retryAfter = window;
            return lease.IsAcquired;
        }
    }

    private static PartitionedRateLimiter<string> Partitioned(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

    private static void Positive(int value, string setting, string meaning)
    {
        if (value < 1) throw new ArgumentOutOfRangeException(setting, value, $"{setting} 须为正整数（{meaning}）。");
    }

    private static string AddressOf(IPAddress? address) =>
        address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    // The name as the store looks it up (trimmed); case folded so "Admin" and "admin" share one count.
    private static string NameKey(string? userName) => (userName ?? "").Trim().ToUpperInvariant();

    public void Dispose()
    {
        _perAddressAndName.Dispose();
        _perAddress.Dispose();
        _accountFailures.Dispose();
        _globalFailures.Dispose();
    }
}
