using System.Net;
using System.Net.Http.Json;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests;

/// <summary>
/// Two instances started from one install (one process here, so one OS user's home folder) on different databases:
/// the session cookie of one is refused by the other, because each keeps its Data Protection key ring in its own
/// database under its own application name (issue 19, item 1: instance A's admin cookie was admin on instance B).
/// </summary>
public sealed class InstanceIsolationTests
{
    [Fact]
    public async Task A_cookie_from_another_instance_is_refused_and_the_same_instance_restarted_still_reads_it()
    {
        var a = new SqliteWebFixture();
        var b = new SqliteWebFixture();
        try
        {
            await a.InitializeAsync();
            await b.InitializeAsync();
            await CheckAsync(a, b);
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
        }
    }

    private static async Task CheckAsync(SqliteWebFixture a, SqliteWebFixture b)
    {

        var admin = a.User(Role.Administrator);
        using var raw = a.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var signIn = await raw.PostAsJsonAsync("/api/session", new { userName = admin.UserName, password = WebFixture.DemoPassword });
        await ApiClient.ExpectAsync(HttpStatusCode.OK, signIn);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));
        var value = cookie["jixiao.auth=".Length..];

        // B cannot even decrypt it: another key ring, another application name.
        Assert.NotNull(TicketFormatOf(a.Factory.Services).Unprotect(value));
        Assert.Null(TicketFormatOf(b.Factory.Services).Unprotect(value));
        using (var onB = b.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }))
        {
            onB.DefaultRequestHeaders.Add("Cookie", cookie);
            var refused = await onB.GetAsync("/api/session");
            await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, refused, "实例 A 的 Cookie 在实例 B 上");
            await ApiClient.ProblemAsync(refused);
        }

        // The key ring is in A's database, so a restart of A (a new host on the same data) still reads A's cookie.
        await using (var scope = a.Factory.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().DataProtectionKeys.AnyAsync(), "密钥应保存在实例的数据库中");
        await using var restarted = new JixiaoWebFactory(a.Settings);
        using var onRestarted = restarted.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        onRestarted.DefaultRequestHeaders.Add("Cookie", cookie);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await onRestarted.GetAsync("/api/session"), "重启后的同一实例");
    }

    private static Microsoft.AspNetCore.Authentication.ISecureDataFormat<Microsoft.AspNetCore.Authentication.AuthenticationTicket> TicketFormatOf(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
}
