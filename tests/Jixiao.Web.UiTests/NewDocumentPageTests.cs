using System.Security.Claims;
using Bunit;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Components.Pages.Documents;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

using Jixiao.Web.UiTests.Support;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The 新建文档 page on a real store (SQLite file with the demo data): a filer creates an empty draft for a year and is taken
/// to it; a year the unit already has shows that document instead of a create button; a carry-over without last year's
/// document shows the service's Chinese message and stores nothing.
/// </summary>
public sealed class NewDocumentPageTests : IAsyncLifetime
{
    private const string Password = "Ui-tests-1";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"jixiao-ui-{Guid.NewGuid():N}.db");
    private readonly BunitContext _context = new();
    private Actor _filer = default!;
    private ServiceProvider _other = default!;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Jixiao"] = $"Data Source={_database}",
            ["Jixiao:Demo:Password"] = Password,
        }).Build();
        _other = new ServiceCollection().AddJixiaoData(config).BuildServiceProvider();
        await JixiaoDatabase.MigrateAsync(_other);
        var users = (await _other.GetRequiredService<DemoData>().EnsureSeededAsync()).Users;
        await using (var scope = _other.CreateAsyncScope())
            _filer = await scope.ServiceProvider.GetRequiredService<JixiaoStore>()
                .SignInAsync(users.First(u => u.Role == Role.UnitFiler).UserName, Password) ?? throw new InvalidOperationException("filer");

        _context.Services.AddJixiaoData(config);
        _context.Services.AddMudServices();
        _context.Services.AddScoped<CurrentActor>();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = _context.AddAuthorization();
        await PageSignIn.AsAsync(auth, _other, _filer);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _other.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private async Task<IReadOnlyList<DocumentSummary>> FilersDocumentsAsync()
    {
        await using var scope = _other.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
        var documents = new List<DocumentSummary>();
        foreach (var department in await store.ListDepartmentsAsync(_filer, _filer.JurisdictionId))
        foreach (var year in department.FiscalYears)
            documents.AddRange((await store.GetOverviewAsync(_filer, department.Id, year)).Documents.Where(d => d.BudgetUnitId == _filer.BudgetUnitId));
        return documents;
    }

    // The page reads its prefill from the query string, as a link from a document page gives it.
    private IRenderedComponent<NewDocumentPage> Render(int year, string? start = null)
    {
        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/documents/new?year={year}" + (start is null ? "" : $"&start={start}"));
        return _context.Render<NewDocumentPage>();
    }

    [Fact]
    public async Task Filer_creates_an_empty_draft_and_is_taken_to_it()
    {
        var page = Render(2031);
        page.WaitForElement("[data-testid=new-create]").Click();

        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/documents/\d+$", navigation.Uri));
        var created = Assert.Single(await FilersDocumentsAsync(), d => d.FiscalYear == 2031);
        Assert.EndsWith($"/documents/{created.Id}", navigation.Uri, StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Draft, created.State);
    }

    [Fact]
    public async Task A_year_the_unit_already_has_shows_that_document_and_no_create()
    {
        var existing = (await FilersDocumentsAsync()).OrderBy(d => d.FiscalYear).First();
        var page = Render(existing.FiscalYear);

        var alert = page.WaitForElement("[data-testid=new-existing]");
        Assert.Contains($"“{existing.Title}”", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/documents/{existing.Id}", page.Find("[data-testid=new-existing-link]").GetAttribute("href"));
        Assert.True(page.Find("[data-testid=new-create]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Carrying_without_last_years_document_shows_why_and_stores_nothing()
    {
        var before = (await FilersDocumentsAsync()).Count;
        var page = Render(2040, start: "lastYear");
        page.WaitForElement("[data-testid=new-create]").Click();

        page.WaitForAssertion(() => Assert.Contains("没有2039年度的文档，无法从上年结转",
            page.Find("[data-testid=new-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, (await FilersDocumentsAsync()).Count);
    }
}
