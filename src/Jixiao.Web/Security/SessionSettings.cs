namespace Jixiao.Web.Security;

/// <summary>
/// How long a sign-in lasts (<c>Jixiao:Session:*</c>): <see cref="Idle"/> without a request ends it (the cookie slides
/// while the user works), <see cref="Absolute"/> after sign-in ends it whatever the activity; a page request re-checks
/// the server-side session at most every <see cref="Recheck"/> (API calls and Blazor actions check it every time).
/// </summary>
public sealed record SessionSettings(TimeSpan Idle, TimeSpan Absolute, TimeSpan Recheck)
{
    public static SessionSettings From(IConfiguration config)
    {
        var idle = config.GetValue("Jixiao:Session:IdleMinutes", 30);
        var absolute = config.GetValue("Jixiao:Session:AbsoluteHours", 10);
        var recheck = config.GetValue("Jixiao:Session:RecheckSeconds", 5);
        if (idle < 1) throw new ArgumentOutOfRangeException(nameof(config), idle, "Jixiao:Session:IdleMinutes 须为正整数（空闲多少分钟后须重新登录）。");
        if (absolute < 1) throw new ArgumentOutOfRangeException(nameof(config), absolute, "Jixiao:Session:AbsoluteHours 须为正整数（登录后最长多少小时须重新登录）。");
        if (recheck < 0) throw new ArgumentOutOfRangeException(nameof(config), recheck, "Jixiao:Session:RecheckSeconds 不能为负数。");
        return new SessionSettings(TimeSpan.FromMinutes(idle), TimeSpan.FromHours(absolute), TimeSpan.FromSeconds(recheck));
    }
}
