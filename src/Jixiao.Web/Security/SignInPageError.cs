namespace Jixiao.Web.Security;

/// <summary>The reasons the sign-in form sends the browser back to <c>/signin?error=…</c>; the page words each in Chinese.</summary>
public static class SignInPageError
{
    /// <summary>用户名或密码不正确 (kept as "1", the value older links and tests use).</summary>
    public const string WrongPassword = "1";

    /// <summary>登录尝试过于频繁 (per address, or per address and name).</summary>
    public const string TooManyAttempts = "limited";

    /// <summary>此用户名的登录失败次数过多 (the account's failure budget of the hour).</summary>
    public const string AccountPaused = "account";

    /// <summary>系统登录失败次数过多 (the instance's failure budget of the minute).</summary>
    public const string AllPaused = "paused";

    /// <summary>The Chinese message for a limit's error code, or null when the code is not a limit.</summary>
    public static string? LimitMessage(string? error) => error switch
    {
        TooManyAttempts => SignInRateLimiter.RefusedMessage,
        AccountPaused => SignInRateLimiter.AccountRefusedMessage,
        AllPaused => SignInRateLimiter.GlobalRefusedMessage,
        _ => null,
    };

    /// <summary>The error code for the refusal message <see cref="SignInRateLimiter.TryAttempt(HttpContext, string?, out TimeSpan, out string)"/> gave.</summary>
    public static string ForRefusal(string refusal) => refusal switch
    {
        SignInRateLimiter.AccountRefusedMessage => AccountPaused,
        SignInRateLimiter.GlobalRefusedMessage => AllPaused,
        _ => TooManyAttempts,
    };
}
