using Bunit;
using Jixiao.Data;
using Jixiao.Web.Api;
using Jixiao.Web.Components.Pages.Departments;
using Jixiao.Web.Components.Pages.Import;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

using Jixiao.Web.UiTests.Support;

namespace Jixiao.Web.UiTests;

/// <summary>
/// Issue 19 item 8, "every list in the UI is paged", on a real store: a department year of 120 projects shows 50 at a
/// time with a Chinese pager, numbered across pages, 合计 over the whole year on every page; the next and last pages
/// show the following projects. And the import page refuses an over-size file in Chinese, with the limit in MB.
/// </summary>
public sealed class PagedListPageTests : IAsyncLifetime
{
    private const string Password = "Ui-tests-1";
    private const int Projects = 120;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"jixiao-ui-{Guid.NewGuid():N}.db");
    private readonly BunitContext _context = new();
    private ServiceProvider _other = default!;
    private ScaleSeedResult _scale = default!;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Jixiao"] = $"Data Source={_database}",
            ["Jixiao:Demo:Password"] = Password,
        }).Build();
        _other = new ServiceCollection().AddJixiaoData(config).BuildServiceProvider();
        await JixiaoDatabase.MigrateAsync(_other);
        await using (var scope = _other.CreateAsyncScope())
            _scale = await scope.ServiceProvider.GetRequiredService<DemoData>().GenerateScaleAsync(1, Projects);

        _context.Services.AddJixiaoData(config);
        _context.Services.AddMudServices();
        _context.Services.AddScoped<CurrentActor>();
        _context.Services.AddSingleton(new UploadLimits(1024 * 1024));
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = _context.AddAuthorization();
        await PageSignIn.AsAsync(auth, _other, _scale.Finance);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _other.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public void A_years_projects_are_shown_fifty_a_page_with_a_Chinese_pager_and_the_whole_years_total()
    {
        var cut = _context.Render<DepartmentYearPage>(p => p
            .Add(x => x.DepartmentId, _scale.DepartmentIds[0])
            .Add(x => x.FiscalYear, _scale.FiscalYear));

        cut.WaitForAssertion(() => Assert.Equal(50, Rows(cut).Count), TimeSpan.FromSeconds(30));
        Assert.Contains("共 120 个项目，第 1 / 3 页", Pager(cut), StringComparison.Ordinal);
        Assert.Equal("1", FirstNumber(cut));
        var total = cut.Find("[data-testid=projects-total]").TextContent;
        var firstPage = Ids(cut);

        cut.Find("[data-testid=projects-pager] [data-testid=pager-next]").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 2 / 3 页", Pager(cut), StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(50, Rows(cut).Count);
        Assert.Equal("51", FirstNumber(cut));
        Assert.Empty(Ids(cut).Intersect(firstPage));
        Assert.Equal(total, cut.Find("[data-testid=projects-total]").TextContent);

        cut.Find("[data-testid=projects-pager] [data-testid=pager-last]").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 3 / 3 页", Pager(cut), StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(Projects - 100, Rows(cut).Count);
        Assert.Equal("101", FirstNumber(cut));
        Assert.True(cut.Find("[data-testid=projects-pager] [data-testid=pager-next]").HasAttribute("disabled"));
    }

    [Fact]
    public void An_over_size_file_on_the_import_page_is_refused_in_Chinese_with_the_limit_in_MB()
    {
        var cut = _context.Render<ImportPage>();
        cut.WaitForElement("[data-testid=import-choose]", TimeSpan.FromSeconds(30));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[1536 * 1024], "太大的目标表.pdf"));

        cut.WaitForAssertion(() => Assert.Equal(
            "文件“太大的目标表.pdf”有 1.5 MB，超过 1 MB 的上限，未导入。请拆分文件或压缩其中的图片后重试。",
            cut.Find("[data-testid=import-error]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.DoesNotContain("exceeds", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bytes", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<DepartmentYearPage> cut) =>
        cut.FindAll("[data-testid=project-row]");

    private static string Pager(IRenderedComponent<DepartmentYearPage> cut) => cut.Find("[data-testid=projects-pager]").TextContent;

    private static string FirstNumber(IRenderedComponent<DepartmentYearPage> cut) => Rows(cut)[0].Children[0].TextContent.Trim();

    private static HashSet<string> Ids(IRenderedComponent<DepartmentYearPage> cut) =>
        Rows(cut).Select(r => r.GetAttribute("data-project-id") ?? "").ToHashSet();
}
