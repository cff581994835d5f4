using System.Security.Claims;
using Bunit;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Components.Pages.Projects;
using Jixiao.Web.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

using Jixiao.Web.UiTests.Support;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The project page on a real store (SQLite file with the demo data): an edit in place is stored and the findings
/// beside the table are replaced; a save on a row someone else changed first is refused with the store's Chinese
/// message and the row then shows the other user's value.
/// </summary>
public sealed class ProjectPageTests : IAsyncLifetime
{
    private const string Password = "Ui-tests-1";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"jixiao-ui-{Guid.NewGuid():N}.db");
    private readonly BunitContext _context = new();
    private Actor _filer = default!;
    private ProjectDetail _project = default!;

    /// <summary>A second service provider on the same database: "another session" and the check of what was stored.</summary>
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
        (_filer, _project) = await FindEditableProjectAsync(users);

        // bUnit wants every service registered before the first is resolved.
        _context.Services.AddJixiaoData(config);
        _context.Services.AddMudServices();
        _context.Services.AddScoped<CurrentActor>();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = _context.AddAuthorization();
        await PageSignIn.AsAsync(auth, _other, _filer);
    }

    // Any demo filer with a project they may edit now (a draft of their own unit).
    private async Task<(Actor, ProjectDetail)> FindEditableProjectAsync(IReadOnlyList<DemoUser> users)
    {
        await using var scope = _other.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
        foreach (var user in users.Where(u => u.Role == Role.UnitFiler))
        {
            var actor = await store.SignInAsync(user.UserName, Password) ?? throw new InvalidOperationException(user.UserName);
            foreach (var department in await store.ListDepartmentsAsync(actor, actor.JurisdictionId))
            foreach (var year in department.FiscalYears)
            foreach (var summary in (await store.GetOverviewAsync(actor, department.Id, year)).Projects)
            {
                var project = await store.GetProjectAsync(actor, summary.Id);
                if (project.CanEdit && project.Indicators.Count > 0) return (actor, project);
            }
        }
        throw new InvalidOperationException("演示数据中没有可编辑的项目。");
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _other.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private async Task<ProjectDetail> StoredProjectAsync()
    {
        await using var scope = _other.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JixiaoStore>().GetProjectAsync(_filer, _project.Summary.Id);
    }

    private static string CellSelector(int indicatorId, string field) => $"[data-indicator-id='{indicatorId}'] [data-testid=cell-{field}]";

    [Fact]
    public async Task An_edit_is_stored_and_the_findings_beside_the_table_are_the_stores_new_ones()
    {
        var page = _context.Render<ProjectPage>(p => p.Add(x => x.ProjectId, _project.Summary.Id));
        var row = _project.Indicators[0];
        page.WaitForElement(CellSelector(row.Id, "value")).Click();
        page.Find("[data-testid=cell-editor]").Input("≥12345人次");
        page.Find("[data-testid=cell-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("≥12345人次", page.Find(CellSelector(row.Id, "value")).TextContent));
        var stored = await StoredProjectAsync();
        Assert.Equal("≥12345人次", stored.Indicators.Single(r => r.Id == row.Id).Value);
        Assert.NotEqual(row.RowVersion, stored.Indicators.Single(r => r.Id == row.Id).RowVersion);
        page.WaitForAssertion(() => Assert.Equal(
            stored.Findings.Select(f => f.RuleId + "@" + f.IndicatorId),
            page.FindAll("[data-testid=project-findings] [data-testid=finding]")
                .Select(f => f.GetAttribute("data-rule") + "@" + f.GetAttribute("data-indicator-id"))));
    }

    [Fact]
    public async Task A_save_on_a_row_changed_by_someone_else_is_refused_keeps_the_typed_text_and_shows_their_value()
    {
        var page = _context.Render<ProjectPage>(p => p.Add(x => x.ProjectId, _project.Summary.Id));
        var row = _project.Indicators[0];
        page.WaitForElement(CellSelector(row.Id, "value"));

        // Another session saves the same row after this page loaded it.
        await using (var scope = _other.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JixiaoStore>()
                .UpdateIndicatorAsync(_filer, row.Id, new IndicatorEdit(Value: "≥777件"), row.RowVersion);

        page.Find(CellSelector(row.Id, "value")).Click();
        page.Find("[data-testid=cell-editor]").Input("≥1件");
        page.Find("[data-testid=cell-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("对方保存的值：≥777件", page.Find("[data-testid=cell-conflict-value]").TextContent));
        Assert.Equal("≥1件", page.Find("[data-testid=cell-editor]").GetAttribute("value"));
        Assert.Contains("未保存", page.Find("[data-testid=cell-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal("≥777件", (await StoredProjectAsync()).Indicators.Single(r => r.Id == row.Id).Value);
        var snackbar = _context.Services.GetRequiredService<ISnackbar>();
        Assert.Contains(snackbar.ShownSnackbars, s => s.Severity == Severity.Warning && (s.Message ?? "").Contains("未保存", StringComparison.Ordinal));
    }
}
