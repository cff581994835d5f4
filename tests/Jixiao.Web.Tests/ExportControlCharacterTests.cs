using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19 item 6: 0x01 and 0x1B stored before control characters were stripped on the way in made the Word export
/// answer 500 for everyone, the public download of a published document included. Such rows may still be in a database,
/// so the exporters clean text as they write it. The snapshot is changed in the database directly here, bypassing the
/// store's cleaning, as an old import left it.
/// </summary>
public abstract class ExportControlCharacterTests(WebFixture fixture)
{
    private static readonly string[] Formats = ["docx", "xlsx", "pdf", "html"];

    [Fact]
    public async Task A_published_document_stored_with_control_characters_exports_in_every_format_for_its_unit_and_the_public()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var anonymous = fixture.Anonymous();
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, document.Id, "submit");
        await Scenario.StepOkAsync(reviewer, document.Id, "approve");
        await Scenario.StepOkAsync(finance, document.Id, "publish");
        await StoreControlCharactersAsync(document.Id);
        var json = await (await filer.GetAsync($"/api/documents/{document.Id}/json")).Content.ReadAsStringAsync();
        Assert.Contains("\\u0001", json, StringComparison.OrdinalIgnoreCase); // the stored data really holds them

        foreach (var format in Formats)
        {
            foreach (var (who, path) in new[] { (filer, $"/api/documents/{document.Id}/export/{format}"), (anonymous, $"/api/public/documents/{document.Id}/export/{format}") })
            {
                var export = await who.GetAsync(path);
                await ApiClient.ExpectAsync(HttpStatusCode.OK, export, path);
                var bytes = await export.Content.ReadAsByteArrayAsync();
                Assert.True(bytes.Length > 100, path);
                if (format == "html")
                {
                    var page = System.Text.Encoding.UTF8.GetString(bytes);
                    Assert.DoesNotContain('\u0001', page);
                    Assert.DoesNotContain('\u001B', page);
                    Assert.Contains("法律援助[0m", page, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>Puts 0x01 and 0x1B into the department name, a project's name, purpose and goal, and an indicator's texts.</summary>
    private async Task StoreControlCharactersAsync(int documentId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var document = await db.Documents.SingleAsync(d => d.Id == documentId);
        var version = await db.DocumentVersions.SingleAsync(v => v.DocumentId == documentId && v.Number == document.CurrentVersion);
        var root = JsonNode.Parse(version.SnapshotJson)!.AsObject();
        root["department"]!["name"] = "某某\u0001司法局\u001B";
        var project = root["projects"]![0]!;
        project["name"] = "法律\u0001援助\u001B[0m项目";
        project["purpose"] = "用途\u0001说明\u001B";
        project["goals"] = new JsonArray("目标\u0001一\u001B");
        var indicator = project["indicators"]![0]!;
        indicator["name"] = "咨询\u001B数\u0001";
        indicator["description"] = "描述\u0001\u001B";
        indicator["basis"] = "依据\u0001";
        version.SnapshotJson = root.ToJsonString();
        document.Title = "标题\u0001\u001B";
        await db.SaveChangesAsync();
    }
}

public sealed class ExportControlCharactersOnSqlite(SqliteWebFixture fixture) : ExportControlCharacterTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ExportControlCharactersOnPostgres(PostgresWebFixture fixture) : ExportControlCharacterTests(fixture), IClassFixture<PostgresWebFixture>;
