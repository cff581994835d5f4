using System.Globalization;
using System.Net;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Limits;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19: limits on every input through the API, each a Chinese 4xx before anything is stored (never a 500, also
/// on PostgreSQL); control characters stripped on the way in, so that the exports never meet them.
/// </summary>
public abstract class LimitsApiTests(WebFixture fixture)
{
    private static string Seed002Text => Encoding.UTF8.GetString(SharedSeeds.Bytes(SharedSeeds.S002));

    [Fact]
    public async Task A_text_with_control_characters_imports_edits_with_them_save_and_every_export_succeeds()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var text = SyntheticDocument.Text(Seed002Text, 2, 3, i => i == 1 ? "法律\u0001援助\u001B[0m项目" : "普法经费",
            (_, j) => j == 2 ? "咨询\u001B数\u0001" : "指标" + j);
        var response = await filer.UploadAsync("/api/import", Encoding.UTF8.GetBytes(text), "控制字符.txt", Scenario.ImportFields(fixture, filer));
        var document = await ApiClient.ReadAsync<DocumentSummary>(response);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        var edited = await ApiClient.ReadAsync<IndicatorEditResult>(await filer.PutAsync($"/api/indicators/{indicator.Id}",
            new { description = "描述\u0000含\u0001控制\u001B字符\u007F", basis = "依据\u0001" }, ifMatch: indicator.RowVersion));
        Assert.Equal("描述含控制字符", edited.Row.Description);
        Assert.Equal("依据", edited.Row.Basis);

        foreach (var format in new[] { "docx", "xlsx", "pdf", "html" })
        {
            var export = await filer.GetAsync($"/api/documents/{document.Id}/export/{format}");
            await ApiClient.ExpectAsync(HttpStatusCode.OK, export, format);
            Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 100, format);
        }
        var json = await (await filer.GetAsync($"/api/documents/{document.Id}/json")).Content.ReadAsStringAsync();
        Assert.Contains("法律援助[0m项目", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0001", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u001B", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_over_long_nature_is_422_naming_the_field_and_its_limit()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        var response = await filer.PutAsync($"/api/indicators/{indicator.Id}", new { nature = new string('正', 21) }, ifMatch: indicator.RowVersion);

        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response);
        var detail = (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString();
        Assert.Contains("指标性质有 21 个字符，超过该字段 20 个字符的上限（多 1 个）", detail, StringComparison.Ordinal);
        var (_, unchanged) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        Assert.Equal(indicator.RowVersion, unchanged.RowVersion);
    }

    [Fact]
    public async Task A_project_name_of_over_500_characters_is_422_and_nothing_is_stored()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var before = await Scenario.ListAsync(filer);
        var name = string.Concat(Enumerable.Repeat("超长项目名称", 90)); // 540 characters
        var text = SyntheticDocument.Text(Seed002Text, 1, 2, _ => name);

        var response = await filer.UploadAsync("/api/import", Encoding.UTF8.GetBytes(text), "超长.txt", Scenario.ImportFields(fixture, filer));

        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response);
        Assert.Contains("项目名称有 540 个字符", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.Count, (await Scenario.ListAsync(filer)).Count);
    }

    [Fact]
    public async Task A_document_over_the_default_project_limit_is_422_with_the_excess_in_preview_and_import()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var bytes = Encoding.UTF8.GetBytes(SyntheticDocument.Text(Seed002Text, 502, 1));

        foreach (var url in new[] { "/api/import/preview", "/api/import" })
        {
            var response = await filer.UploadAsync(url, bytes, "502个项目.txt", Scenario.ImportFields(fixture, filer));
            await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response, url);
            Assert.Contains("超过每份文档 500 个项目的上限（多 2 个）", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_import_beyond_the_concurrent_imports_of_a_user_is_429_before_the_file_is_read()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var me = filer.Me!;
        var actor = new Actor(me.UserId, me.UserName, me.DisplayName, me.Role, me.JurisdictionId, me.DepartmentId, me.BudgetUnitId);
        var gate = fixture.Factory.Services.GetRequiredService<InputGuard>().Imports;
        var places = Enumerable.Range(0, InputLimits.Default.MaxConcurrentImportsPerUser).Select(_ => gate.Enter(actor)).ToList();
        try
        {
            var response = await filer.UploadAsync("/api/import/preview", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt");
            await ApiClient.ExpectAsync(HttpStatusCode.TooManyRequests, response);
            Assert.Contains("达到每个用户同时 2 个导入的上限", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            places.ForEach(p => p.Dispose());
        }
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await filer.UploadAsync("/api/import/preview", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt"));
    }

    [Fact]
    public async Task A_bad_severity_filter_is_422_not_409()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);

        var response = await filer.GetAsync($"/api/documents/{document.Id}/findings?severity=bogus");

        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response);
        Assert.Contains("bogus", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_form_answers_for_a_unknown_unit_without_naming_the_department()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var jurisdiction = (await finance.GetAsync<List<JurisdictionSummary>>("/api/jurisdictions"))[0];
        var other = (await finance.GetAsync<List<DepartmentSummary>>($"/api/jurisdictions/{jurisdiction.Id}/departments"))
            .First(d => d.Id != filer.Me!.DepartmentId);
        var fields = new Dictionary<string, string>
        {
            ["departmentId"] = other.Id.ToString(CultureInfo.InvariantCulture), ["budgetUnitId"] = "99999",
            ["fiscalYear"] = fixture.SeedFiscalYear.ToString(CultureInfo.InvariantCulture),
        };

        var response = await filer.UploadAsync("/api/import", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt", fields);

        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, response);
        var detail = (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString();
        Assert.DoesNotContain(other.Name, detail, StringComparison.Ordinal);
        Assert.Contains("99999", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_reviewer_who_submitted_the_department_document_cannot_approve_it()
    {
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var document = await Scenario.ImportDraftAsync(fixture, reviewer);
        await Scenario.StepOkAsync(reviewer, document.Id, "submit");

        var response = await Scenario.StepAsync(reviewer, document.Id, "approve");

        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("职责分离", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Approved, (await Scenario.StepOkAsync(finance, document.Id, "approve")).State);
    }
}

public sealed class LimitsApiOnSqlite(SqliteWebFixture fixture) : LimitsApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class LimitsApiOnPostgres(PostgresWebFixture fixture) : LimitsApiTests(fixture), IClassFixture<PostgresWebFixture>;
