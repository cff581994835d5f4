using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Security;
using Jixiao.Web.Tests.Support;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>A host started with demo data on (as scripts/run.sh asks for it): it migrates and seeds by itself.</summary>
public sealed class StartupTests(StartupTests.DemoAtStartupFixture fixture) : IClassFixture<StartupTests.DemoAtStartupFixture>
{
    /// <summary>A temporary SQLite database whose host seeds the demo itself, as run.sh does.</summary>
    public sealed class DemoAtStartupFixture : SqliteWebFixture
    {
        protected override IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
            base.HostSettings().Where(s => s.Key != "Jixiao:Demo:Enabled").Append(new("Jixiao:Demo:Enabled", "true"));

        protected override Task SeedAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_host_seeds_the_demo_once_and_the_public_sees_its_published_document()
    {
        using var anonymous = fixture.Anonymous();
        var published = await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents");
        Assert.NotEmpty(published);

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureSeededAsync();
        Assert.Empty(again.Users);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_that_cannot_bind_its_port_changes_no_password()
    {
        var before = await PasswordHashesAsync();
        Assert.NotEmpty(before);
        // The port is taken (as by the running instance); the second host has demo data on, as run.sh asks.
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using (var second = new JixiaoWebFactory(fixture.Settings))
        {
            second.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            Assert.ThrowsAny<Exception>(() => second.StartServer());
        }
        Assert.Equal(before, await PasswordHashesAsync());
    }

    private async Task<Dictionary<string, string>> PasswordHashesAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Users.AsNoTracking().ToDictionaryAsync(u => u.UserName, u => u.PasswordHash);
    }

    [Fact]
    public void Demo_users_are_announced_one_line_each_with_role_user_name_and_password()
    {
        var output = new StringWriter();
        DemoUsersAnnouncement.Write(output, [new DemoUser("czsh", "Xy7-密码", Role.FinanceReviewer, "某某县财政局")]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("财政审核人", lines[1]);
        Assert.Contains("czsh", lines[1]);
        Assert.Contains("Xy7-密码", lines[1]);
    }
}
