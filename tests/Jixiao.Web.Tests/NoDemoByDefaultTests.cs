using Jixiao.Data;
using Jixiao.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// A host started with the shipped settings only (no Jixiao:Demo:Enabled given), as a production deployment is:
/// no demo users, no demo documents, nothing for the public (issue 19: demo users were on by default in Production).
/// </summary>
public sealed class NoDemoByDefaultTests(NoDemoByDefaultTests.ShippedSettingsFixture fixture) : IClassFixture<NoDemoByDefaultTests.ShippedSettingsFixture>
{
    public sealed class ShippedSettingsFixture : SqliteWebFixture
    {
        protected override IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
            base.HostSettings().Where(s => s.Key != "Jixiao:Demo:Enabled");

        protected override Task SeedAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_shipped_settings_seed_no_demo_users_or_documents()
    {
        using var anonymous = fixture.Anonymous();
        Assert.Empty(await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents"));

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
    }
}
