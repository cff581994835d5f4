namespace Jixiao.Data.Administration;

/// <summary>
/// How a person is named wherever people appear (操作日志、待办、版本记录、通知): 姓名（登录名）, e.g. 张三（filer.301001）,
/// so a name is readable and still unambiguous. A user name no longer in the database is shown as it is.
/// </summary>
public static class PersonLabel
{
    public static string Of(string? displayName, string userName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName == userName ? userName : $"{displayName}（{userName}）";
}
