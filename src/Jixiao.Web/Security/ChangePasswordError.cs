namespace Jixiao.Web.Security;

/// <summary>Why the 修改密码 form sent the browser back (<c>/password?error=…</c>), worded in Chinese by the page.</summary>
public static class ChangePasswordError
{
    public const string WrongCurrent = "current";
    public const string TooShort = "short";
    public const string Mismatch = "mismatch";
    public const string SameAsCurrent = "same";

    public static string? MessageOf(string? error) => error switch
    {
        WrongCurrent => "当前密码不正确，密码未修改。",
        TooShort => $"新密码至少需要 {Jixiao.Data.Security.UserSessions.MinPasswordLength} 个字符，密码未修改。",
        Mismatch => "两次输入的新密码不一致，密码未修改。",
        SameAsCurrent => "新密码不能与当前密码相同，密码未修改。",
        _ => null,
    };
}
