using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>Upload of published documents: preview stores nothing, commit makes a draft, refusals store nothing.</summary>
public abstract class ImportTests(WebFixture fixture)
{
    [Fact]
    public async Task Preview_of_seed_002_reads_projects_and_stores_nothing()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var before = await Scenario.ListAsync(filer);

        var response = await filer.UploadAsync("/api/import/preview", SharedSeeds.Bytes(SharedSeeds.S002), "项目绩效目标表.txt");
        var preview = await ApiClient.ReadAsync<ImportPreview>(response);

        Assert.False(string.IsNullOrWhiteSpace(preview.Layout));
        Assert.True(preview.Projects > 0);
        Assert.True(preview.Indicators > preview.Projects);
        Assert.All(preview.Findings, f => Assert.Equal(0, f.Id));
        Assert.Equal(before.Select(d => d.Id), (await Scenario.ListAsync(filer)).Select(d => d.Id));
    }

    [Fact]
    public async Task Commit_of_seed_002_creates_a_draft_version_1_with_what_the_preview_showed()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var bytes = SharedSeeds.Bytes(SharedSeeds.S002);
        var preview = await ApiClient.ReadAsync<ImportPreview>(await filer.UploadAsync("/api/import/preview", bytes, "项目绩效目标表.txt"));
        var fields = Scenario.ImportFields(fixture, filer);

        var response = await filer.UploadAsync("/api/import", bytes, "项目绩效目标表.txt", fields);
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response);
        var created = await ApiClient.ReadAsync<DocumentSummary>(response);

        Assert.Equal($"/api/documents/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(WorkflowState.Draft, created.State);
        Assert.Equal(1, created.CurrentVersion);
        Assert.Equal(int.Parse(fields["fiscalYear"]), created.FiscalYear);
        Assert.Equal(filer.Me!.BudgetUnitId, created.BudgetUnitId);
        var document = await filer.GetAsync<DocumentResponse>($"/api/documents/{created.Id}");
        Assert.Equal(preview.Projects, document.Projects.Count);
        Assert.Equal("草稿", document.StateName);
        var findings = await filer.GetAsync<List<FindingView>>($"/api/documents/{created.Id}/findings");
        Assert.Equal(preview.Findings.Count, findings.Count);
        var json = await (await filer.GetAsync($"/api/documents/{created.Id}/json")).Content.ReadAsStringAsync();
        Assert.Contains("jixiao.document/1", json);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00 })]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xE4, 0xBD, 0xA0, 0xE5, 0xA5, 0xBD, 0x0A })]
    public async Task A_file_the_readers_refuse_is_422_with_their_Chinese_message_and_nothing_is_stored(byte[] bytes)
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var before = await Scenario.ListAsync(filer);

        foreach (var url in new[] { "/api/import/preview", "/api/import" })
        {
            var response = await filer.UploadAsync(url, bytes, "坏文件.bin", Scenario.ImportFields(fixture, filer));
            await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response, url);
            await ApiClient.ProblemAsync(response);
        }
        Assert.Equal(before.Select(d => d.Id), (await Scenario.ListAsync(filer)).Select(d => d.Id));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_413_with_a_Chinese_message()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var tooLarge = new byte[3 * 1024 * 1024]; // the test hosts allow 1 MB
        Array.Fill(tooLarge, (byte)'a');

        var response = await filer.UploadAsync("/api/import", tooLarge, "大文件.txt", Scenario.ImportFields(fixture, filer));

        await ApiClient.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, response);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var before = await Scenario.ListAsync(filer);

        var response = await filer.UploadAsync("/api/import", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt",
            Scenario.ImportFields(fixture, filer), withAntiforgery: false);

        await ApiClient.ExpectAsync(HttpStatusCode.BadRequest, response);
        await ApiClient.ProblemAsync(response);
        Assert.Equal(before.Count, (await Scenario.ListAsync(filer)).Count);
    }

    [Fact]
    public async Task Missing_form_fields_are_named_in_the_message()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var fields = Scenario.ImportFields(fixture, filer);
        fields.Remove("fiscalYear");

        var response = await filer.UploadAsync("/api/import", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt", fields);

        await ApiClient.ExpectAsync(HttpStatusCode.BadRequest, response);
        Assert.Contains("fiscalYear", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_filer_cannot_import_into_another_unit()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var jurisdiction = (await finance.GetAsync<List<JurisdictionSummary>>("/api/jurisdictions"))[0];
        var departments = await finance.GetAsync<List<DepartmentSummary>>($"/api/jurisdictions/{jurisdiction.Id}/departments");
        var (department, unit) = departments.SelectMany(d => d.Units.Select(u => (d, u))).First(x => x.u.Id != filer.Me!.BudgetUnitId);
        var before = await Scenario.ListAsync(finance);
        var fields = new Dictionary<string, string>
        {
            ["departmentId"] = department.Id.ToString(), ["budgetUnitId"] = unit.Id.ToString(), ["fiscalYear"] = fixture.SeedFiscalYear.ToString(),
        };

        var response = await filer.UploadAsync("/api/import", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt", fields);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        await ApiClient.ProblemAsync(response);
        Assert.Equal(before.Count, (await Scenario.ListAsync(finance)).Count);
    }
}

public sealed class ImportOnSqlite(SqliteWebFixture fixture) : ImportTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ImportOnPostgres(PostgresWebFixture fixture) : ImportTests(fixture), IClassFixture<PostgresWebFixture>;
