using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 20 item 7: the API's 修改日志 and 版本记录 named people by login name only (filer.301001). Each line now carries
/// 姓名（登录名） beside the login name, as the pages show it; the public pages never get these lists.
/// </summary>
public abstract class PersonLabelApiTests(WebFixture fixture)
{
    [Fact]
    public async Task Audit_lines_and_versions_name_people_as_name_and_login_name()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        var me = filer.Me!;
        Assert.NotEqual(me.UserName, me.DisplayName);
        var expected = $"{me.DisplayName}（{me.UserName}）";

        // The 修改日志 is read by the finance bureau (a filer may not, docs/roles.md); it names the filer by name.
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var audit = await finance.GetAsync<List<AuditEntryResponse>>($"/api/documents/{draft.Id}/audit");
        Assert.NotEmpty(audit);
        var mine = audit.Where(a => a.User == me.UserName).ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, a => Assert.Equal(expected, a.UserLabel));

        var versions = await filer.GetAsync<List<VersionResponse>>($"/api/documents/{draft.Id}/versions");
        var first = Assert.Single(versions);
        Assert.Equal(me.UserName, first.CreatedBy);
        Assert.Equal(expected, first.CreatedByLabel);
    }
}

public sealed class PersonLabelApiOnSqlite(SqliteWebFixture fixture) : PersonLabelApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class PersonLabelApiOnPostgres(PostgresWebFixture fixture) : PersonLabelApiTests(fixture), IClassFixture<PostgresWebFixture>;
