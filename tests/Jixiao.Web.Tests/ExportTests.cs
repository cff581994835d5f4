using System.Net;
using System.Text.Json;
using Jixiao.Core.Model;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Documents;
using Jixiao.Documents.Exchange;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// Downloading the official document (下载) as Word, PDF, Excel and web page: the owner gets a file our own importer
/// reads back to the stored document; the store's access rules decide who gets it (another unit 404, the public only
/// 已公开); an unknown format is a Chinese 400.
/// </summary>
public abstract class ExportTests(WebFixture fixture)
{
    public static TheoryData<string, string> Formats => new()
    {
        { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "pdf", "application/pdf" },
        { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "html", "text/html" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_owner_downloads_a_file_that_reads_back_as_the_stored_document(string format, string contentType)
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        var stored = DocumentJsonReader.Read(await (await filer.GetAsync($"/api/documents/{draft.Id}/json")).Content.ReadAsStringAsync());
        var lines = (await filer.GetAsync<DocumentResponse>($"/api/documents/{draft.Id}")).Projects;

        var response = await filer.GetAsync($"/api/documents/{draft.Id}/export/{format}");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response, $"下载 {format}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        // Seed 002 names 秦皇岛市抚宁区司法局; the file is named after the demo unit it is filed under.
        Assert.NotEqual(draft.UnitName, stored.Department!.Name);
        Assert.Equal($"{draft.UnitName}_{stored.FiscalYear}_部门预算绩效目标.{format}", disposition?.FileNameStar);
        Assert.All(disposition!.FileName!.Trim('"'), c => Assert.True(c < 128, $"filename 应为 ASCII：{disposition.FileName}"));
        Assert.EndsWith("." + format, disposition.FileName!.Trim('"'));

        Assert.Contains("nosniff", response.Headers.GetValues("X-Content-Type-Options"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var reread = DocumentImporter.CreateDefault().Import(disposition.FileNameStar!, bytes).Document;
        Assert.Equal(stored.Projects.Select(p => p.Name), reread.Projects.Select(p => p.Name));
        Assert.Equal(lines.Select(p => p.Name), reread.Projects.Select(p => p.Name));
        Assert.Equal(stored.Projects.Select(Budget), reread.Projects.Select(Budget));
        Assert.Equal(lines.Select(p => p.BudgetAsWritten), reread.Projects.Select(p => p.Budget.Total?.Text));
        Assert.Equal(stored.FiscalYear, reread.FiscalYear);
        // The cover names the unit it is filed under, not the source file's department.
        Assert.Equal(draft.UnitName, reread.Department?.Name);
    }

    [Fact]
    public async Task Each_unit_of_a_department_downloads_under_its_own_name_and_cover()
    {
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        var documents = await Scenario.ListAsync(reviewer);
        var perUnit = documents.Where(d => d.BudgetUnitId is not null).GroupBy(d => d.BudgetUnitId).Select(g => g.First()).ToList();
        Assert.True(perUnit.Count >= 3, $"部门审核人应能看到本部门至少三个单位的文档，实际 {perUnit.Count} 个");
        var importer = DocumentImporter.CreateDefault();
        foreach (var document in perUnit)
        {
            foreach (var format in new[] { "docx", "pdf" })
            {
                var response = await reviewer.GetAsync($"/api/documents/{document.Id}/export/{format}");
                await ApiClient.ExpectAsync(HttpStatusCode.OK, response, $"{document.UnitName} 下载 {format}");
                var name = response.Content.Headers.ContentDisposition!.FileNameStar;
                Assert.Equal($"{document.UnitName}_{document.FiscalYear}_部门预算绩效目标.{format}", name);
                var reread = importer.Import(name!, await response.Content.ReadAsByteArrayAsync()).Document;
                Assert.Equal(document.UnitName, reread.Department?.Name);
                // Every table is the unit's, under its department (主管部门).
                Assert.All(reread.Projects, p => Assert.Equal(document.UnitName, p.Unit?.Name));
                Assert.All(reread.Projects, p => Assert.Equal("某某市司法局", p.Supervisor));
            }
        }
        Assert.Equal(perUnit.Count, perUnit.Select(d => d.UnitName).Distinct().Count());
    }

    [Fact]
    public async Task A_version_can_be_chosen_and_a_missing_one_is_404()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        var (project, _) = await Scenario.FirstIndicatorAsync(filer, draft.Id);
        var versions = await filer.GetAsync<List<VersionSummary>>($"/api/documents/{draft.Id}/versions");

        var first = await filer.GetAsync($"/api/documents/{draft.Id}/export/html?version={versions[0].Version}");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, first, "下载指定版本");
        Assert.Contains(project.Summary.Name, await first.Content.ReadAsStringAsync());
        var missing = await filer.GetAsync($"/api/documents/{draft.Id}/export/html?version={versions[^1].Version + 1}");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, missing, "不存在的版本");
        await ApiClient.ProblemAsync(missing);
    }

    [Fact]
    public async Task The_Excel_download_is_the_official_form_and_reads_back_through_the_neutral_model()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        var response = await filer.GetAsync($"/api/documents/{draft.Id}/export/xlsx");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response, "下载 xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("published-xlsx", DocumentImporter.CreateDefault().Import("下载.xlsx", bytes).Document.Source.Layout);
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = book.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal("封面", sheets[0].Name?.Value);
        // The first project's sheet (after 封面 and 整体目标) is the 项目绩效目标表 form: merged labels, not a label/value list.
        var first = sheets.First(s => s.Name?.Value is not ("封面" or "整体目标"));
        var form = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(first.Id!.Value!)).Worksheet;
        Assert.Contains(form.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>(), c => c.InnerText == "预算规模及资金用途");
        Assert.True(form.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>().Count() > 3);
    }

    [Fact]
    public async Task Another_units_user_gets_404_like_a_missing_document()
    {
        using var owner = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, owner);
        using var stranger = await OtherUnitsFilerAsync(owner);

        foreach (var format in new[] { "docx", "pdf", "xlsx", "html" })
        {
            var refused = await stranger.GetAsync($"/api/documents/{draft.Id}/export/{format}");
            await ApiClient.ExpectAsync(HttpStatusCode.NotFound, refused, "其他单位的文档");
            var body = await refused.Content.ReadAsStringAsync();
            Assert.DoesNotContain(draft.Title, body);
            Assert.DoesNotContain(draft.UnitName, body);
            await ApiClient.ProblemAsync(refused);
        }
        var missing = await stranger.GetAsync("/api/documents/99999999/export/pdf");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, missing, "不存在的文档");
        using var anonymous = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync($"/api/documents/{draft.Id}/export/pdf"), "未登录");
    }

    [Fact]
    public async Task The_public_path_serves_published_documents_only()
    {
        using var owner = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, owner);
        using var anonymous = fixture.Anonymous();

        var refused = await anonymous.GetAsync($"/api/public/documents/{draft.Id}/export/pdf");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, refused, "草稿经公开路径下载");
        Assert.DoesNotContain(draft.Title, await refused.Content.ReadAsStringAsync());
        // Signed in as the owner changes nothing: the public path reads as the public.
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await owner.GetAsync($"/api/public/documents/{draft.Id}/export/pdf"), "所有者经公开路径下载草稿");

        var published = (await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents"))[0];
        var publicJson = DocumentJsonReader.Read(await (await anonymous.GetAsync($"/api/public/documents/{published.Id}/json")).Content.ReadAsStringAsync());
        var pdf = await anonymous.GetAsync($"/api/public/documents/{published.Id}/export/pdf");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, pdf, "公众下载已公开文档");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var reread = DocumentImporter.CreateDefault().Import("public.pdf", await pdf.Content.ReadAsByteArrayAsync()).Document;
        Assert.Equal(publicJson.Projects.Select(p => p.Name), reread.Projects.Select(p => p.Name));
        Assert.Equal(publicJson.Projects.Select(Budget), reread.Projects.Select(Budget));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_in_Chinese_naming_the_formats()
    {
        using var owner = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, owner);
        using var anonymous = fixture.Anonymous();
        var published = (await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents"))[0];

        foreach (var (client, url) in new[]
                 {
                     (owner, $"/api/documents/{draft.Id}/export/doc"),
                     (anonymous, $"/api/public/documents/{published.Id}/export/odt"),
                 })
        {
            var response = await client.GetAsync(url);
            await ApiClient.ExpectAsync(HttpStatusCode.BadRequest, response, "未知格式");
            var detail = (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString()!;
            Assert.Contains("不支持的下载格式", detail);
            foreach (var name in new[] { "docx", "pdf", "xlsx", "html" }) Assert.Contains(name, detail);
        }
    }

    [Fact]
    public async Task Both_download_paths_are_in_OpenAPI_with_Chinese_summaries()
    {
        using var anonymous = fixture.Anonymous();
        using var openApi = JsonDocument.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = openApi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/documents/{documentId}/export/{format}", "/api/public/documents/{documentId}/export/{format}" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"OpenAPI 缺少 {path}");
            Assert.StartsWith("下载", item.GetProperty("get").GetProperty("summary").GetString());
        }
    }

    private static string Budget(Project p) => $"{p.Budget.Total?.Text}|{p.Budget.Fiscal?.Text}|{p.Budget.Other?.Text}";

    private async Task<ApiClient> OtherUnitsFilerAsync(ApiClient owner)
    {
        foreach (var user in fixture.Users.Where(u => u.Role == Role.UnitFiler))
        {
            var client = await fixture.SignInAsync(user);
            if (client.Me!.BudgetUnitId != owner.Me!.BudgetUnitId) return client;
            client.Dispose();
        }
        throw new InvalidOperationException("演示数据中没有其他单位的填报人。");
    }
}

public sealed class ExportOnSqlite(SqliteWebFixture fixture) : ExportTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ExportOnPostgres(PostgresWebFixture fixture) : ExportTests(fixture), IClassFixture<PostgresWebFixture>;
