using Jixiao.Data;
using Jixiao.Data.Security;

namespace Jixiao.Web.Security;

/// <summary>
/// Prints the demo users (演示用户) the first start created, one line each: role, user name, password. The passwords
/// are random per database and stored hashed, so this is the only time they can be shown.
/// </summary>
internal static class DemoUsersAnnouncement
{
    public static void Write(TextWriter output, IReadOnlyList<DemoUser> users)
    {
        if (users.Count == 0)
        {
            output.WriteLine("演示数据已存在；演示用户的密码只在首次创建时显示（删除数据库文件可重新生成）。");
            return;
        }
        output.WriteLine("已创建演示数据。演示用户如下（密码只显示这一次，请记下）：");
        foreach (var user in users)
            output.WriteLine($"  角色：{user.Role.ToChinese()}  用户名：{user.UserName}  密码：{user.Password}  （{user.Description}）");
    }
}
