using System.Globalization;
using System.Security.Claims;
using Bunit;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Components.Pages.Documents;
using Jixiao.Web.Components.Pages.Public;
using Jixiao.Web.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

using Jixiao.Web.UiTests.Support;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The 下载 links on the document page (the version shown, signed-in export API) and on the public page (public export
/// API): Word（.docx）, PDF, Excel（.xlsx）, 网页（.html）, plain links the browser saves.
/// </summary>
public sealed class DownloadLinksTests : IAsyncLifetime
{
    private const string Password = "Ui-tests-1";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"jixiao-ui-{Guid.NewGuid():N}.db");
    private readonly BunitContext _context = new();
    private ServiceProvider _data = default!;
    private IReadOnlyList<DemoUser> _users = [];

    private static readonly (string Format, string Label)[] Expected =
        [("docx", "Word（.docx）"), ("pdf", "PDF"), ("xlsx", "Excel（.xlsx）"), ("html", "网页（.html）")];

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Jixiao"] = $"Data Source={_database}",
            ["Jixiao:Demo:Password"] = Password,
        }).Build();
        _data = new ServiceCollection().AddJixiaoData(config).BuildServiceProvider();
        await JixiaoDatabase.MigrateAsync(_data);
        _users = (await _data.GetRequiredService<DemoData>().EnsureSeededAsync()).Users;

        _context.Services.AddJixiaoData(config);
        _context.Services.AddMudServices();
        _context.Services.AddScoped<CurrentActor>();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _data.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task The_document_page_offers_the_four_formats_of_the_version_it_shows()
    {
        var (filer, document) = await FilersDocumentAsync();
        var auth = _context.AddAuthorization();
        await PageSignIn.AsAsync(auth, _data, filer);

        var page = _context.Render<DocumentPage>(p => p.Add(x => x.DocumentId, document.Id));
        page.WaitForElement("[data-testid=download-links]");

        foreach (var (format, label) in Expected)
        {
            var link = page.Find($"[data-testid=download-{format}]");
            Assert.Equal("A", link.TagName);
            Assert.Equal(label, link.TextContent.Trim());
            Assert.Equal($"/api/documents/{document.Id}/export/{format}?version={document.CurrentVersion}", link.GetAttribute("href"));
            Assert.True(link.HasAttribute("download"), $"{label} 应带 download 属性");
        }
        Assert.Equal(Expected.Length, page.FindAll("[data-testid=download-links] a").Count);
    }

    [Fact]
    public async Task The_public_page_links_to_the_public_downloads()
    {
        _context.AddAuthorization(); // the public: not signed in
        DocumentSummary published;
        await using (var scope = _data.CreateAsyncScope())
            published = (await scope.ServiceProvider.GetRequiredService<JixiaoStore>().ListPublishedAsync())[0];

        var page = _context.Render<PublicDocumentPage>(p => p.Add(x => x.DocumentId, published.Id));
        page.WaitForElement("[data-testid=download-links]");

        Assert.Equal(
            Expected.Select(e => ($"/api/public/documents/{published.Id}/export/{e.Format}", e.Label)),
            page.FindAll("[data-testid=download-links] a").Select(a => (a.GetAttribute("href") ?? "", a.TextContent.Trim())));
    }

    // Any demo filer and a document of their own unit.
    private async Task<(Actor, DocumentSummary)> FilersDocumentAsync()
    {
        await using var scope = _data.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
        foreach (var user in _users.Where(u => u.Role == Role.UnitFiler))
        {
            var actor = await store.SignInAsync(user.UserName, Password) ?? throw new InvalidOperationException(user.UserName);
            foreach (var department in await store.ListDepartmentsAsync(actor, actor.JurisdictionId))
            foreach (var year in department.FiscalYears)
            {
                var documents = (await store.GetOverviewAsync(actor, department.Id, year)).Documents;
                if (documents.Count > 0) return (actor, documents[0]);
            }
        }
        throw new InvalidOperationException("演示数据中没有填报人可见的文档。");
    }
}
