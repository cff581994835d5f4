using System.Net;
using Jixiao.Data.Administration;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// 辖区设置 (issue 20 item 5): the administrator turns 职责分离 off and on through the API; the change applies at once
/// to the workflow (a department reviewer may then approve the version they submitted), is written to the
/// administration log with old and new value, and nobody but the administrator may read or change it.
/// </summary>
public abstract class JurisdictionSettingsApiTests(WebFixture fixture)
{
    [Fact]
    public async Task The_administrator_turns_separation_of_duties_off_and_on_with_effect_and_audit()
    {
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        var settings = await admin.GetAsync<JurisdictionSettingsView>("/api/admin/settings");
        Assert.True(settings.SeparateSubmitAndApprove);

        // On: the reviewer who submitted the department's own document may not approve it.
        var document = await Scenario.ImportDraftAsync(fixture, reviewer);
        await Scenario.StepOkAsync(reviewer, document.Id, "submit");
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await Scenario.StepAsync(reviewer, document.Id, "approve"), "职责分离开启时审核自己送审的版本");

        // Off: the same step passes.
        var off = await ApiClient.ReadAsync<JurisdictionSettingsView>(await admin.PutAsync("/api/admin/settings/separation", new { separateSubmitAndApprove = false }));
        Assert.False(off.SeparateSubmitAndApprove);
        Assert.Equal(Jixiao.Data.WorkflowState.Approved, (await Scenario.StepOkAsync(reviewer, document.Id, "approve")).State);

        var on = await ApiClient.ReadAsync<JurisdictionSettingsView>(await admin.PutAsync("/api/admin/settings/separation", new { separateSubmitAndApprove = true }));
        Assert.True(on.SeparateSubmitAndApprove);
        var log = await admin.GetAsync<List<AdministrationEntry>>("/api/admin/log?pageSize=20");
        Assert.Contains(log, e => e.Action == "修改辖区设置" && e.Old == "开启" && e.New == "关闭");
        Assert.Contains(log, e => e.Action == "修改辖区设置" && e.Old == "关闭" && e.New == "开启");
        Assert.All(log.Where(e => e.Action == "修改辖区设置"), e => Assert.Contains("（", e.Person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.UnitFiler)]
    [InlineData(Role.DepartmentReviewer)]
    [InlineData(Role.FinanceReviewer)]
    public async Task Nobody_but_the_administrator_reads_or_changes_the_settings(Role role)
    {
        using var client = await fixture.SignInAsync(role);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await client.GetAsync("/api/admin/settings"), "查看辖区设置");
        var refused = await client.PutAsync("/api/admin/settings/separation", new { separateSubmitAndApprove = false });
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, refused, "修改职责分离");
        Assert.Contains("系统管理员", (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString());
        using var anonymous = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync("/api/admin/settings"), "未登录");
    }
}

public sealed class JurisdictionSettingsApiOnSqlite(SqliteWebFixture fixture) : JurisdictionSettingsApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class JurisdictionSettingsApiOnPostgres(PostgresWebFixture fixture) : JurisdictionSettingsApiTests(fixture), IClassFixture<PostgresWebFixture>;
