using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 item 9 (must-hold: every chart readable at 1366×768). The 财政审核人 opens every department's year overview
/// linked from the home page, and the monitoring and evaluation pages; each chart's SVG is read in the browser: items
/// named, axis ticks round and from 0, text at a readable size, lines in distinct colours, inside the screen. A filer's
/// document with a project without a plan shows that project named under the chart. Screenshots 80-.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ChartsTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_chart_the_finance_bureau_reads_has_named_items_round_ticks_from_zero_and_distinct_colours()
    {
        var page = await environment.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await Ui.SignInAsync(page, environment.Server.FirstUser(Role.FinanceReviewer).UserName, E2EServer.DemoPassword);
        await Expect(page.GetByTestId("department-year").First).ToBeVisibleAsync();
        var years = await page.GetByTestId("department-year").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(years);

        var falls = 0;
        var shot = 0;
        foreach (var href in years.Distinct())
        {
            await page.GotoAsync(href);
            await Expect(page.GetByTestId("overview-title")).ToBeVisibleAsync();
            if (await page.GetByTestId("budget-bars").CountAsync() == 0) continue;
            var report = await ReadChartsAsync(page);
            output.WriteLine($"{href}：{report}");

            // Bars: one named bar per project of the table, with its name.
            var names = await page.GetByTestId("project-link").AllInnerTextsAsync();
            var labels = report.Texts("budget-bar-label");
            Assert.Equal(names.Count, labels.Count);
            for (var i = 0; i < names.Count; i++)
                Assert.StartsWith(names[i][..Math.Min(names[i].Length, 13)], labels[i].Split(". ", 2)[1], StringComparison.Ordinal);
            AssertRoundFromZero(report.Texts("budget-axis-tick"), href + " 预算轴");

            // Lines: 0–100 %, a colour each, a legend entry each, named by number, name and unit.
            AssertRoundFromZero(report.Texts("plan-axis-tick"), href + " 支出计划轴");
            var colours = report.Strokes;
            Assert.Equal(colours.Count, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            var legend = report.Texts("plan-legend-item");
            Assert.Equal(colours.Count, legend.Count);
            Assert.Equal(legend.Count, legend.Distinct().Count());
            falls += report.Count("plan-fall-mark");
            if (report.Count("plan-fall-mark") > 0)
                await Expect(page.GetByTestId("plan-falling")).ToContainTextAsync("累计计划不应下降");

            AssertReadable(report, href);
            if (shot++ < 2) await environment.Screenshots.TakeAsync(page, $"80-charts-1366x768-{shot}");
        }
        // The demo data has plans that fall (30 → 60 → 50 → 100 %): the chart must mark them.
        Assert.True(falls > 0, "没有任何年度总览标出下降的累计支出计划");

        // The monitoring overview's spending chart and the evaluation grade chart, where the pages have them.
        foreach (var (path, tick) in new[] { ("/monitoring", "spending-axis-tick"), ("/evaluations", "grade-axis-tick") })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("loading")).ToHaveCountAsync(0);
            if (await page.Locator($"[data-testid={tick}]").CountAsync() == 0) continue;
            var report = await ReadChartsAsync(page);
            AssertRoundFromZero(report.Texts(tick), path);
            AssertReadable(report, path);
            await environment.Screenshots.TakeAsync(page, $"81-charts-1366x768{path.Replace('/', '-')}");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_project_without_a_spending_plan_is_named_under_the_chart_not_dropped()
    {
        var filer = environment.Server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        await page.GetByTestId("nav-new-document").ClickAsync();
        var year = page.Locator("input[data-testid=new-year], [data-testid=new-year] input").First;
        await year.FillAsync("2066");
        await year.BlurAsync();
        await page.GetByTestId("new-create").ClickAsync();
        await page.WaitForURLAsync(Ui.DocumentUrl());
        await page.GetByTestId("np-name").FillAsync("法治宣传教育基地建设");
        await page.GetByTestId("np-add").ClickAsync();
        await Expect(page.GetByTestId("project-row")).ToHaveCountAsync(1);

        var (departmentId, _) = await environment.Server.ScopeOfAsync(filer.UserName);
        await page.GotoAsync($"/departments/{departmentId}/2066");
        await Expect(page.GetByTestId("plan-missing-item")).ToHaveTextAsync("1. 法治宣传教育基地建设");
        await Expect(page.GetByTestId("plan-missing")).ToContainTextAsync("未填写资金支出计划");
        await Expect(page.GetByTestId("budget-bar-value")).ToHaveTextAsync("未填预算");
        await environment.Screenshots.TakeAsync(page, "82-charts-project-without-plan");
        await page.Context.CloseAsync();
    }

    private static void AssertRoundFromZero(IReadOnlyList<string> ticks, string where)
    {
        Assert.True(ticks.Count >= 2, $"{where}：刻度不足两个");
        var values = ticks.Select(t => decimal.Parse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();
        Assert.True(values[0] == 0m, $"{where}：最小刻度是 {values[0]}，不是 0");
        var step = values[1] - values[0];
        Assert.True(values.Zip(values.Skip(1)).All(p => p.Second - p.First == step), $"{where}：刻度间隔不等：{string.Join("、", ticks)}");
        // A round step is 1, 2 or 5 times a power of ten.
        var mantissa = step;
        while (mantissa >= 10m) mantissa /= 10m;
        while (mantissa < 1m) mantissa *= 10m;
        Assert.True(mantissa is 1m or 2m or 5m, $"{where}：刻度间隔 {step} 不是整数值（1、2、5 × 10ⁿ）");
    }

    private static void AssertReadable(ChartReport report, string where)
    {
        Assert.True(report.SmallestTextPx >= 10, $"{where}：图中最小的文字只有 {report.SmallestTextPx:0.#} 像素高");
        Assert.True(report.RightmostPx <= 1366, $"{where}：图表超出 1366 像素宽：{report.RightmostPx:0}");
    }

    private sealed record ChartReport(Dictionary<string, List<string>> ByTestId, List<string> Strokes, double SmallestTextPx, double RightmostPx)
    {
        public IReadOnlyList<string> Texts(string testId) => ByTestId.GetValueOrDefault(testId) ?? [];

        public int Count(string testId) => Texts(testId).Count;

        public override string ToString() =>
            string.Join("；", ByTestId.Select(kv => $"{kv.Key} ×{kv.Value.Count}")) + $"；线条颜色 {string.Join(" ", Strokes)}；最小文字 {SmallestTextPx:0.#} 像素";
    }

    /// <summary>Every chart element with a test id (its text), the plan lines' colours, the smallest text and the rightmost edge.</summary>
    private static async Task<ChartReport> ReadChartsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const byTestId = {};
              for (const el of document.querySelectorAll('figure [data-testid]')) {
                const id = el.getAttribute('data-testid');
                const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
                (byTestId[id] ??= []).push(own || el.textContent.trim());
              }
              const strokes = [...document.querySelectorAll('[data-testid=plan-line]')].map(l => l.getAttribute('stroke'));
              const texts = [...document.querySelectorAll('figure svg text')].map(t => t.getBoundingClientRect()).filter(r => r.height > 0);
              const figures = [...document.querySelectorAll('figure')].map(f => f.getBoundingClientRect().right);
              return JSON.stringify({ byTestId, strokes,
                smallest: texts.length ? Math.min(...texts.map(r => r.height)) : 99,
                rightmost: figures.length ? Math.max(...figures) : 0 });
            }
            """);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var by = root.GetProperty("byTestId").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToList());
        return new ChartReport(by, [.. root.GetProperty("strokes").EnumerateArray().Select(s => s.GetString()!)],
            root.GetProperty("smallest").GetDouble(), root.GetProperty("rightmost").GetDouble());
    }
}
