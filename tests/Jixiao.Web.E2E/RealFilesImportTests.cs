using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 真实文件经浏览器导入（issue 20 必备“Import through the browser”）：../shared/realdocs 的每个文件，和 ../shared/corpus
/// 中按规则抽出的样本（<see cref="CorpusSample"/>），由部门审核人在 /import 上传。每个文件只能有两种结局：
/// 读取结果出来并确认导入，到达文档页面，页面和库里的项目数、指标数与读取结果一致；或者页面上给出中文的拒绝理由。
/// 电路断开（重连提示）、英文消息、什么都不显示，都算失败。共用一个网站和浏览器（E2ECollection）。
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class RealFilesImportTests(E2EEnvironment environment, ITestOutputHelper output)
{
    /// <summary>语料样本的大小：issue 20 要求至少 20 个。</summary>
    public const int CorpusSampleSize = 20;

    /// <summary>一份大 PDF 在繁忙的双核机器上读取和审核的上限（读取结果或拒绝理由出现之前）。</summary>
    private const float OutcomeTimeoutMs = 180_000;

    public static TheoryData<string> RealDocuments() =>
        [.. Directory.GetFiles(SharedSeeds.PathOfRealDocument(""))
            .Where(p => !p.EndsWith("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> CorpusFiles() =>
        [.. CorpusSample(Directory.GetFiles(SharedSeeds.PathOfCorpus()).Select(Path.GetFileName).OfType<string>(), CorpusSampleSize)];

    /// <summary>
    /// 抽样规则（不挑能通过的）：文件按城市（名字中第一个“_”之前的部分）分组，城市按名字排序，每个城市的文件按名字
    /// 排序（名字后半是内容的散列，排序即随机）；然后轮流从每个城市取下一个文件，直到取满 <paramref name="count"/> 个。
    /// 这样每个城市先有一个，再轮到第二个……样本遍及所有城市。
    /// </summary>
    public static IReadOnlyList<string> CorpusSample(IEnumerable<string> fileNames, int count)
    {
        var cities = fileNames
            .Where(n => !n.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && n.Contains('_', StringComparison.Ordinal))
            .GroupBy(n => n[..n.IndexOf('_', StringComparison.Ordinal)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<string>(g.Order(StringComparer.Ordinal)))
            .ToList();
        var sample = new List<string>();
        while (sample.Count < count && cities.Any(c => c.Count > 0))
            foreach (var city in cities.Where(c => c.Count > 0))
            {
                if (sample.Count == count) break;
                sample.Add(city.Dequeue());
            }
        return sample;
    }

    [Fact]
    public void The_corpus_sample_spreads_over_every_city_and_has_the_size_asked()
    {
        var all = Directory.GetFiles(SharedSeeds.PathOfCorpus()).Select(Path.GetFileName).OfType<string>().ToList();
        var sample = CorpusSample(all, CorpusSampleSize);
        Assert.Equal(CorpusSampleSize, sample.Distinct().Count());
        var cities = all.Where(n => n.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).Select(n => n[..n.IndexOf('_', StringComparison.Ordinal)]).Distinct().ToList();
        Assert.True(cities.Count <= CorpusSampleSize, "城市比样本多时规则要改");
        Assert.All(cities, city => Assert.Contains(sample, n => n.StartsWith(city + "_", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(RealDocuments))]
    public Task A_real_document_commits_or_is_refused_in_Chinese(string fileName) =>
        ImportOrRefusalAsync(SharedSeeds.PathOfRealDocument(fileName));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public Task A_corpus_file_commits_or_is_refused_in_Chinese(string fileName) =>
        ImportOrRefusalAsync(Path.Combine(SharedSeeds.PathOfCorpus(), fileName));

    private async Task ImportOrRefusalAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        var fileName = Path.GetFileName(path);
        var server = environment.Server;
        // 部门审核人导入到部门本级：演示数据没有本级的文档，已公开的单位文档不会挡住这里要试的读取。
        var reviewer = server.FirstUser(Role.DepartmentReviewer);
        var page = await environment.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        try
        {
            await Ui.SignInAsync(page, reviewer.UserName, E2EServer.DemoPassword);
            await page.GotoAsync("/import");
            await Expect(page.GetByTestId("import-choose")).ToBeVisibleAsync();
            await page.Locator("input[type=file]").SetInputFilesAsync(path);

            var summary = page.GetByTestId("import-summary");
            var error = page.GetByTestId("import-error");
            var outcome = page.Locator("[data-testid=import-summary], [data-testid=import-error], " + DeadCircuit);
            try
            {
                await Expect(outcome.First).ToBeVisibleAsync(new() { Timeout = OutcomeTimeoutMs });
            }
            catch (PlaywrightException)
            {
                // What the user was left looking at, for the report.
                await environment.Screenshots.TakeAsync(page, "70-real-import-no-outcome-" + Path.GetFileNameWithoutExtension(fileName));
                throw;
            }
            await AssertCircuitAliveAsync(page, consoleErrors, fileName);

            if (await error.CountAsync() > 0)
            {
                var reason = await error.InnerTextAsync();
                AssertChineseReason(reason, fileName);
                output.WriteLine($"{fileName}：拒绝（{clock.Elapsed.TotalSeconds:0.0} 秒）：{reason}");
                return;
            }

            var projects = Count(await page.GetByTestId("summary-projects").InnerTextAsync());
            var indicators = Count(await page.GetByTestId("summary-indicators").InnerTextAsync());
            await Expect(page.Locator("[data-testid=import-target][data-checked=yes]")).ToBeVisibleAsync();
            // 本级在选单的第一位，页面默认选它；年度取文件写明的年度。
            await Expect(page.GetByTestId("import-unit")).ToContainTextAsync("部门本级");
            await Ui.ConfirmNameIfWarnedAsync(page);
            if (await page.GetByTestId("import-existing").CountAsync() > 0)
            {
                // 同一年度的本级文档已由前面的文件建立：作为它的新版本导入（不是第二份文档）。
                await Expect(page.GetByTestId("import-blocked")).ToHaveCountAsync(0);
                await page.GetByText("作为新版本（保留当前版本").ClickAsync();
            }
            await Expect(summary).ToBeVisibleAsync();
            await Expect(page.GetByTestId("import-commit")).ToBeEnabledAsync();
            await page.GetByTestId("import-commit").ClickAsync();
            var committed = page.GetByTestId("document-title");
            await Expect(page.Locator("[data-testid=document-title], [data-testid=import-error], " + DeadCircuit).First)
                .ToBeVisibleAsync(new() { Timeout = OutcomeTimeoutMs });
            await AssertCircuitAliveAsync(page, consoleErrors, fileName);
            if (await committed.CountAsync() == 0)
            {
                var reason = await error.InnerTextAsync();
                AssertChineseReason(reason, fileName);
                output.WriteLine($"{fileName}：确认导入时拒绝（{clock.Elapsed.TotalSeconds:0.0} 秒）：{reason}");
                return;
            }

            var documentId = Ui.DocumentIdOf(page.Url);
            await Expect(page.Locator("h2.section-title").Filter(new() { HasTextString = "项目（" }))
                .ToHaveTextAsync($"项目（{projects.ToString("N0", CultureInfo.InvariantCulture)}个）");
            await Expect(page.GetByTestId("project-row")).ToHaveCountAsync(Math.Min(projects, 50));
            var stored = await server.QueryAsync(async db => (
                await db.Projects.AsNoTracking().CountAsync(p => p.DocumentId == documentId),
                await db.Indicators.AsNoTracking().CountAsync(i => i.DocumentId == documentId)));
            Assert.Equal((projects, indicators), stored);
            await AssertCircuitAliveAsync(page, consoleErrors, fileName);
            output.WriteLine($"{fileName}：导入为文档 {documentId}，{projects} 个项目、{indicators} 个指标（{clock.Elapsed.TotalSeconds:0.0} 秒）");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>重连提示出现（任何状态）就是电路断了：页面再也不会回应。</summary>
    private const string DeadCircuit = "#components-reconnect-modal[class*=components-reconnect-]:not(.components-reconnect-hide)";

    private static async Task AssertCircuitAliveAsync(IPage page, List<string> consoleErrors, string fileName)
    {
        var modalClass = await page.Locator("#components-reconnect-modal").GetAttributeAsync("class") ?? "";
        Assert.False(Regex.IsMatch(modalClass, @"components-reconnect-(show|failed|rejected|retrying|paused|resume-failed)"),
            $"{fileName}：电路断开（{modalClass}）");
        Assert.True(consoleErrors.Count == 0, $"{fileName}：浏览器控制台报错：{string.Join(" | ", consoleErrors)}");
    }

    /// <summary>
    /// 拒绝理由是中文的：有汉字；去掉引号“…”里引用的文件自己的文字（文件名、开头几行）以后，不许有英文单词，
    /// 允许的只有格式和单位的名字。
    /// </summary>
    private static void AssertChineseReason(string reason, string fileName)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason), $"{fileName}：拒绝了却没有说理由");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reason);
        // What the message quotes “…” is the file's own words (its name, its first lines), in whatever letters it has.
        var withoutName = Quoted().Replace(reason, "“”");
        var words = LatinWord().Matches(withoutName).Select(m => m.Value).Where(w => !AllowedWords.Contains(w)).ToList();
        Assert.True(words.Count == 0, $"{fileName}：拒绝理由里有英文：{string.Join(", ", words)}（{reason}）");
    }

    private static readonly HashSet<string> AllowedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "PDF", "Word", "Excel", "HTML", "WPS", "OFD", "MB", "KB", "docx", "xlsx", "doc", "xls", "pdf", "html", "txt", "zip",
    };

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    private static int Count(string text) => int.Parse(text.Replace(",", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}
