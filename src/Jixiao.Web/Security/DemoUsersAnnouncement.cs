using Jixiao.Data;
using Jixiao.Data.Security;

namespace Jixiao.Web.Security;

/// <summary>
/// Prints the demo users (演示用户) the first start created, one line each: role, user name, password. The passwords
/// are random and stored hashed, so each start renews them and this is where they are shown.
/// </summary>
internal static class DemoUsersAnnouncement
{
    public static void Write(TextWriter output, IReadOnlyList<DemoUser> users)
    {
        if (users.Count == 0)
        {
            output.WriteLine("没有演示用户（演示数据已关闭或属于其他辖区）。");
            return;
        }
        output.WriteLine("演示用户如下（密码在每次启动时重新生成）：");
        foreach (var user in users)
            output.WriteLine($"  角色：{user.Role.ToChinese()}  用户名：{user.UserName}  密码：{user.Password}  （{user.Description}）");
    }
}
