namespace Jixiao.Web.Security;

/// <summary>The reasons the sign-in form sends the browser back to <c>/signin?error=…</c>; the page words each in Chinese.</summary>
public static class SignInPageError
{
    /// <summary>用户名或密码不正确 (kept as "1", the value older links and tests use).</summary>
    public const string WrongPassword = "1";

    /// <summary>登录尝试过于频繁.</summary>
    public const string TooManyAttempts = "limited";
}
