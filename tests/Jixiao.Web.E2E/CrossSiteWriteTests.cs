using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 19, item 2, in a real Chromium: a page on <b>another port of the same host</b> (same-site, so the Lax cookie
/// is sent) tries to approve a submitted document with the signed-in reviewer's cookie, by fetch with credentials and
/// by an auto-submitted form. The app refuses both with 403 and the document stays 已送审; the same fetch from the
/// app's own page approves it, so the refusal is the origin check and nothing else.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CrossSiteWriteTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_page_on_another_port_of_the_same_host_cannot_approve_with_the_reviewers_cookie_but_the_apps_own_page_can()
    {
        var server = environment.Server;
        var (documentId, reviewer) = await SubmittedDocumentAndItsReviewerAsync(server);
        var approveUrl = $"{server.BaseUrl}/api/documents/{documentId}/approve";

        await using var attacker = await AttackerSite.StartAsync(approveUrl);
        Assert.NotEqual(new Uri(server.BaseUrl).Port, new Uri(attacker.Url).Port);
        Assert.Equal(new Uri(server.BaseUrl).Host, new Uri(attacker.Url).Host);

        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);

        // 1. fetch with credentials (no-cors: a simple request, no preflight) from the other port.
        await page.GotoAsync(attacker.Url + "/fetch");
        await Expect(page).ToHaveTitleAsync("sent");
        Assert.Equal(WorkflowState.Submitted, await StateAsync(server, documentId));

        // 2. A form the page submits by itself: the browser navigates to the app's answer.
        await page.GotoAsync(attacker.Url + "/form");
        await page.WaitForURLAsync(approveUrl);
        await Expect(page.Locator("body")).ToContainTextAsync("跨站请求被拒绝");
        await environment.Screenshots.TakeAsync(page, "20-cross-site-form-refused");
        Assert.Equal(WorkflowState.Submitted, await StateAsync(server, documentId));
        Assert.Equal(2, attacker.PagesServed);

        // Control: the same request from the app's own page (Sec-Fetch-Site: same-origin) goes through.
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        var status = await page.EvaluateAsync<int>(
            "url => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(r => r.status)", approveUrl);
        Assert.Equal(200, status);
        Assert.Equal(WorkflowState.Approved, await StateAsync(server, documentId));
        output.WriteLine($"文件 {documentId}：{attacker.Url} 的两次跨源审核被拒绝，本站页面审核成功");
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh document of the first filer, submitted, and the user name of its department's reviewer.</summary>
    private static async Task<(int DocumentId, string Reviewer)> SubmittedDocumentAndItsReviewerAsync(E2EServer server)
    {
        var filerUser = server.FirstUser(Role.UnitFiler);
        await using var scope = server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
        var filer = await store.SignInAsync(filerUser.UserName, E2EServer.DemoPassword) ?? throw new InvalidOperationException("填报人无法登录");
        var bytes = await File.ReadAllBytesAsync(SharedSeeds.Seed002ForNewYear());
        var year = (await store.PreviewImportAsync(filer, "项目绩效目标表.txt", bytes)).FiscalYear ?? throw new InvalidOperationException("种子没有年度");
        var created = await store.CommitImportAsync(filer, "项目绩效目标表.txt", bytes, filer.DepartmentId!.Value, filer.BudgetUnitId, year,
            new Jixiao.Data.Importing.ImportChoice(NameConfirmed: true));
        await store.TransitionAsync(filer, created.Id, WorkflowAction.Submit, null);
        foreach (var user in server.Users.Where(u => u.Role == Role.DepartmentReviewer))
            if ((await server.ScopeOfAsync(user.UserName)).DepartmentId == filer.DepartmentId) return (created.Id, user.UserName);
        throw new InvalidOperationException("演示数据中没有该部门的部门审核人");
    }

    private static Task<WorkflowState> StateAsync(E2EServer server, int documentId) =>
        server.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.State).SingleAsync());

    /// <summary>The other site: a tiny Kestrel server on another loopback port serving the two attack pages.</summary>
    private sealed class AttackerSite : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly int[] _served;

        private AttackerSite(WebApplication app, string url, int[] served)
        {
            _app = app;
            Url = url;
            _served = served;
        }

        public string Url { get; }

        public int PagesServed => Volatile.Read(ref _served[0]);

        public static async Task<AttackerSite> StartAsync(string approveUrl)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var served = new int[1];
            app.MapGet("/fetch", () => Page(served, $$"""
                <title>sending</title>
                <script>
                  fetch("{{approveUrl}}", { method: "POST", mode: "no-cors", credentials: "include",
                                            headers: { "Content-Type": "text/plain" }, body: "{}" })
                    .finally(() => { document.title = "sent"; });
                </script>
                """));
            app.MapGet("/form", () => Page(served, $$"""
                <title>form</title>
                <form id="f" method="post" action="{{approveUrl}}" enctype="text/plain"><input type="hidden" name="x" value="1"></form>
                <script>document.getElementById("f").submit();</script>
                """));
            await app.StartAsync();
            return new AttackerSite(app, app.Urls.First().TrimEnd('/'), served);
        }

        private static IResult Page(int[] served, string body)
        {
            Interlocked.Increment(ref served[0]);
            return Results.Content("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>", "text/html; charset=utf-8");
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
