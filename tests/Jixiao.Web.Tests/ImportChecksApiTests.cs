using System.Net;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Importing;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// The import checks through the API (issue 20 item 2): an empty file is 422 with the reason; a file naming another
/// department is 409 until confirmName=true; a second import for the unit and year is 409 naming the existing
/// document, and mode=replace / mode=version change that document instead (200).
/// </summary>
public abstract class ImportChecksApiTests(WebFixture fixture)
{
    private static byte[] ExplanationOnly(int year) => Encoding.UTF8.GetBytes(
        $"某某市司法局{year}年部门预算\n\n第一部分 {year}年部门预算编制说明\n\n一、部门基本情况\n某某市司法局负责全市法治建设工作。\n\n二、收支预算情况说明\n{year}年收入预算合计1000.00万元。\n");

    [Fact]
    public async Task A_file_with_nothing_to_store_is_422_in_preview_and_commit()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var year = Scenario.NextYear(fixture);
        foreach (var url in new[] { "/api/import/preview", "/api/import" })
        {
            var response = await filer.UploadAsync(url, ExplanationOnly(year), "说明.txt", Scenario.ImportFields(fixture, filer, year));
            await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response, url);
            var detail = (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString();
            Assert.Contains("没有读出任何项目绩效目标表、部门整体绩效目标或预算公开表，不能导入", detail, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(await Scenario.ListAsync(filer), d => d.FiscalYear == year);
    }

    [Fact]
    public async Task A_file_of_another_department_is_409_until_the_name_is_confirmed()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var year = Scenario.NextYear(fixture);
        var fields = Scenario.ImportFields(fixture, filer, year);
        fields.Remove("confirmName");
        var query = $"departmentId={fields["departmentId"]}&budgetUnitId={fields["budgetUnitId"]}&fiscalYear={year}&fileDepartment={Uri.EscapeDataString("秦皇岛市抚宁区司法局")}";
        var check = await filer.GetAsync<ImportTargetCheck>("/api/import/target?" + query);
        Assert.Contains("文件写明的部门是“秦皇岛市抚宁区司法局”", check.NameWarning, StringComparison.Ordinal);

        var refused = await filer.UploadAsync("/api/import", SharedSeeds.Seed002ForYear(year), "a.txt", fields);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, refused);
        Assert.Equal(check.NameWarning, (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString());
        Assert.DoesNotContain(await Scenario.ListAsync(filer), d => d.FiscalYear == year);

        fields["confirmName"] = "true";
        await ApiClient.ExpectAsync(HttpStatusCode.Created, await filer.UploadAsync("/api/import", SharedSeeds.Seed002ForYear(year), "a.txt", fields));
    }

    [Fact]
    public async Task A_second_import_is_409_and_replace_or_version_change_the_one_document()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var first = await Scenario.ImportDraftAsync(fixture, filer);
        var fields = Scenario.ImportFields(fixture, filer, first.FiscalYear);
        var bytes = SharedSeeds.Seed002ForYear(first.FiscalYear);

        var second = await filer.UploadAsync("/api/import", bytes, "再次.txt", fields);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, second);
        Assert.Contains($"已有文档“{first.Title}”（编号 {first.Id}，草稿，第 1 版）", (await ApiClient.ProblemAsync(second)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var target = await filer.GetAsync<ImportTargetCheck>(
            $"/api/import/target?departmentId={fields["departmentId"]}&budgetUnitId={fields["budgetUnitId"]}&fiscalYear={first.FiscalYear}");
        Assert.Equal((first.Id, true, true), (target.Existing!.Id, target.CanReplaceDraft, target.CanAddVersion));

        fields["mode"] = "replace";
        var replaced = await filer.UploadAsync("/api/import", bytes, "再次.txt", fields);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, replaced);
        var afterReplace = await ApiClient.ReadAsync<DocumentSummary>(replaced);
        Assert.Equal((first.Id, 1), (afterReplace.Id, afterReplace.CurrentVersion));

        fields["mode"] = "version";
        var versioned = await ApiClient.ReadAsync<DocumentSummary>(await filer.UploadAsync("/api/import", bytes, "第二版.txt", fields));
        Assert.Equal((first.Id, 2), (versioned.Id, versioned.CurrentVersion));
        Assert.Single(await Scenario.ListAsync(filer), d => d.FiscalYear == first.FiscalYear && d.BudgetUnitId == filer.Me!.BudgetUnitId);

        fields["mode"] = "merge";
        var bad = await filer.UploadAsync("/api/import", bytes, "x.txt", fields);
        await ApiClient.ExpectAsync(HttpStatusCode.BadRequest, bad);
        Assert.Contains("replace（替换草稿）", (await ApiClient.ProblemAsync(bad)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Submitted: neither is possible, and the message says to withdraw first.
        await Scenario.StepOkAsync(filer, first.Id, "submit");
        fields["mode"] = "replace";
        var blocked = await filer.UploadAsync("/api/import", bytes, "x.txt", fields);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, blocked);
        Assert.Contains("请先撤回送审", (await ApiClient.ProblemAsync(blocked)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class ImportChecksApiOnSqlite(SqliteWebFixture fixture) : ImportChecksApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ImportChecksApiOnPostgres(PostgresWebFixture fixture) : ImportChecksApiTests(fixture), IClassFixture<PostgresWebFixture>;
