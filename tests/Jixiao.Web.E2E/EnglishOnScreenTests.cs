using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 must-hold: no English or internal code on any page a user can reach. Signs in as each role (and as the
/// public), walks every page reachable from the menus and from the pages themselves (documents list, a document, its
/// findings, versions with a diff, audit, projects, monitoring, evaluation, overview, administration, settings,
/// notifications), plus the import preview of a real PDF and an unknown address, and fails on any Latin word in the
/// visible text that LatinAllowList.json does not account for.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class EnglishOnScreenTests(E2EEnvironment environment, ITestOutputHelper output)
{
    /// <summary>Pages of one address shape (numbers replaced) visited at most this often: a second document adds little.</summary>
    private const int PerShape = 2;

    /// <summary>A walk stops here even if links remain (a safety net: the demo site has about 30 shapes per role).</summary>
    private const int MaxPages = 80;

    [Theory]
    [InlineData("public")]
    [InlineData("filer")]
    [InlineData("department")]
    [InlineData("finance")]
    [InlineData("admin")]
    public async Task No_page_reachable_by_the_role_shows_a_latin_word_outside_the_allow_list(string who)
    {
        var page = await environment.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var role = who switch
        {
            "filer" => Role.UnitFiler,
            "department" => Role.DepartmentReviewer,
            "finance" => Role.FinanceReviewer,
            "admin" => Role.Administrator,
            _ => (Role?)null,
        };
        if (role is { } r) await Ui.SignInAsync(page, environment.Server.FirstUser(r).UserName, E2EServer.DemoPassword);

        // Login names are the users' own data (shown as 姓名（登录名）, typed to sign in): read from the users table.
        var logins = await environment.Server.QueryAsync(db => db.Users.AsNoTracking().Select(u => u.UserName).ToListAsync());
        var allow = AllowList.Load(logins);
        var problems = new List<string>();
        var visited = new List<string>();

        async Task CheckAsync(string where)
        {
            var text = await page.InnerTextAsync("body");
            foreach (var word in allow.Offending(text)) problems.Add($"{where}：“{word.Context}”中的“{word.Word}”");
        }

        // The walk: from / (the signed-in home or the public list) along every link of every page, one or two pages per shape.
        // First, beside the home pages and an unknown address, the versions of a document that has two (比较 is run there):
        // the walk's own links may reach only first versions.
        var twoVersions = await environment.Server.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.CurrentVersion >= 2)
            .OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync());
        var queue = new Queue<string>(["/", "/public", "/no-such-page/at-all", $"/documents/{twoVersions}/versions"]);
        var shapes = new Dictionary<string, int>();
        while (queue.Count > 0 && visited.Count < MaxPages)
        {
            var path = queue.Dequeue();
            var shape = Digits().Replace(path, "{n}");
            if (visited.Contains(path) || shapes.GetValueOrDefault(shape) >= PerShape) continue;
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            await page.GotoAsync(path);
            await SettledAsync(page);
            visited.Add(path);
            await CheckAsync(path);
            if (path.EndsWith("/versions", StringComparison.Ordinal)) await CheckDiffAsync(page, path, CheckAsync);
            foreach (var link in await LinksAsync(page))
                if (!shapes.TryGetValue(Digits().Replace(link, "{n}"), out var n) || n < PerShape) queue.Enqueue(link);
        }

        // The import preview of a real PDF (the filer imports; nothing is committed here).
        if (role == Role.UnitFiler)
        {
            await Ui.PreviewAsync(page, SharedSeeds.PathOfRealDocument("yantai_justice_2026.pdf"));
            visited.Add("/import（yantai_justice_2026.pdf 预览）");
            await CheckAsync("/import（预览 yantai_justice_2026.pdf）");
            await environment.Screenshots.TakeAsync(page, "75-english-walk-import-preview");
        }

        output.WriteLine($"{who}：走过 {visited.Count} 个页面：{string.Join("，", visited)}");
        Assert.True(visited.Count >= (role is null ? 3 : 8), $"只走到 {visited.Count} 个页面：{string.Join("，", visited)}");
        Assert.True(problems.Count == 0, $"{who}看到的页面上有英文或内部代码（{problems.Count} 处）：\n" + string.Join("\n", problems.Distinct()));
        await page.Context.CloseAsync();
    }

    /// <summary>A versions page with two versions: run 比较 and read the diff too.</summary>
    private static async Task CheckDiffAsync(IPage page, string path, Func<string, Task> check)
    {
        if (await page.GetByTestId("version-row").CountAsync() < 2) return;
        await page.GetByTestId("diff-run").ClickAsync();
        await Expect(page.GetByTestId("diff-table").Or(page.GetByTestId("diff-empty"))).ToBeVisibleAsync();
        await check(path + "（比较）");
    }

    /// <summary>Waits until the page's own content is there: the circuit is up and no read is still running.</summary>
    private static async Task SettledAsync(IPage page)
    {
        var body = page.Locator("h1, [data-testid=not-found], [data-testid=forbidden], [data-testid=signin-form], [data-testid=store-error]");
        // Prerendering is off: a heading of the page's own content exists only once the circuit rendered it.
        await Expect(body.First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("loading")).ToHaveCountAsync(0);
    }

    /// <summary>Same-site page links (not the API, not downloads, not sign-out or sign-in posts).</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href]')]
                .filter(a => !a.hasAttribute('download'))
                .map(a => new URL(a.getAttribute('href'), location.href))
                .filter(u => u.origin === location.origin)
                .map(u => u.pathname + u.search)
            """);
        return [.. hrefs.Where(h => !h.StartsWith("/api/", StringComparison.Ordinal) && !h.StartsWith("/account/", StringComparison.Ordinal)
                                 && !h.StartsWith("/openapi", StringComparison.Ordinal) && !h.StartsWith("/_", StringComparison.Ordinal)
                                 && !h.StartsWith("/signin", StringComparison.Ordinal))
                        .Distinct()];
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>LatinAllowList.json: patterns removed from the text first, then words allowed as they are.</summary>
    private sealed partial class AllowList(IReadOnlyList<Regex> patterns, IReadOnlySet<string> words)
    {
        public static AllowList Load(IEnumerable<string> logins)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LatinAllowList.json")));
            var patterns = json.RootElement.GetProperty("patterns").EnumerateArray()
                .Select(p => new Regex(p.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant))
                // Longest first, so that filer.301001 goes before a login that is a prefix of it.
                .Concat(logins.OrderByDescending(l => l.Length).Select(l => new Regex(@"(?<![A-Za-z0-9._-])" + Regex.Escape(l) + @"(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)))
                .ToList();
            var words = json.RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetProperty("word").GetString()!).ToHashSet(StringComparer.Ordinal);
            return new AllowList(patterns, words);
        }

        public IEnumerable<(string Word, string Context)> Offending(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                var rest = patterns.Aggregate(line, (current, pattern) => pattern.Replace(current, " "));
                foreach (Match m in LatinWord().Matches(rest))
                    if (!words.Contains(m.Value)) yield return (m.Value, line.Trim().Length > 80 ? line.Trim()[..80] + "…" : line.Trim());
            }
        }

        /// <summary>Two or more Latin letters in a row: a word or an abbreviation (a single letter in a code is not one).</summary>
        [GeneratedRegex("[A-Za-z]{2,}")]
        private static partial Regex LatinWord();
    }
}
