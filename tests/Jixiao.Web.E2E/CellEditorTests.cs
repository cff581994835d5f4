using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 item 10, as the 单位填报人 meets it at 1366×768: Enter saves, Shift+Enter is a line break only in long-text
/// fields, Esc cancels and the stored value comes back, an empty value is asked first, a conflict keeps the typed text
/// beside the other user's value, and 二级指标/度量单位 keep whole words per line while a cell is being edited.
/// The document is seed 001 (重庆 秀山, the widest table: 性质, 指标值, 度量单位, 权重) filed under a year of its own.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class CellEditorTests(E2EEnvironment environment)
{
    [Fact]
    public async Task Enter_saves_shift_enter_breaks_lines_only_in_long_text_escape_cancels_and_empty_is_asked_first()
    {
        var page = await FilerPageAsync();
        var projectId = await OpenFirstProjectOfNewDocumentAsync(page);
        var row = await FirstRowWithUnitAsync(page);
        var stored = await row.GetByTestId("cell-value").InnerTextAsync();
        Assert.NotEqual("", stored.Trim());

        // An empty value is asked first: 返回修改 keeps the editor, 确认清空 stores the empty cell (a reload shows it).
        var editor = page.Locator("#cell-editor");
        await row.GetByTestId("cell-value").ClickAsync();
        await editor.FillAsync("");
        await editor.PressAsync("Enter");
        await Expect(page.GetByTestId("cell-empty-question")).ToContainTextAsync("“指标值”将为空");
        await environment.Screenshots.TakeAsync(page, "70-cell-editor-empty-asked");
        await page.GetByTestId("cell-empty-back").ClickAsync();
        await Expect(page.GetByTestId("cell-empty-question")).ToHaveCountAsync(0);
        await Expect(editor).ToBeVisibleAsync();
        await editor.PressAsync("Escape");
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync(stored);
        await row.GetByTestId("cell-value").ClickAsync();
        await editor.FillAsync("");
        await editor.PressAsync("Enter");
        await page.GetByTestId("cell-empty-confirm").ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync("");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("editable-hint")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync("");

        // Enter saves: the editor closes and the value is stored (a reload shows it).
        await row.GetByTestId("cell-value").ClickAsync();
        await Expect(editor).ToBeFocusedAsync();
        await editor.FillAsync("4600");
        await editor.PressAsync("Enter");
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync("4600");

        // Shift+Enter in a short field adds no line; in 三级指标 (a sentence) it is a line break, and Enter then saves both lines.
        await row.GetByTestId("cell-value").ClickAsync();
        await editor.PressAsync("End");
        await editor.PressAsync("Shift+Enter");
        await Expect(editor).ToHaveValueAsync("4600");
        await editor.PressAsync("Escape");
        await row.GetByTestId("cell-name").ClickAsync();
        await Expect(page.GetByTestId("cell-keys")).ToHaveTextAsync("回车保存 · Shift+回车换行 · Esc取消");
        await editor.PressAsync("End");
        await editor.PressAsync("Shift+Enter");
        await editor.PressSequentiallyAsync("含调解协议履行");
        await Expect(editor).ToHaveValueAsync(new Regex("\n含调解协议履行$"));
        await editor.PressAsync("Enter");
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("cell-name")).ToContainTextAsync("含调解协议履行");

        // Esc cancels: the typed text is dropped and the cell shows the stored value, also after a reload.
        await row.GetByTestId("cell-value").ClickAsync();
        await editor.FillAsync("9999");
        await editor.PressAsync("Escape");
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync("4600");

        // What Enter and Esc did is what the store holds.
        await page.GotoAsync($"/projects/{projectId}");
        await Expect(page.GetByTestId("editable-hint")).ToBeVisibleAsync();
        var reloaded = page.Locator($"[data-testid=indicator-row][data-indicator-id='{await row.GetAttributeAsync("data-indicator-id")}']");
        await Expect(reloaded.GetByTestId("cell-value")).ToHaveTextAsync("4600");
        await Expect(reloaded.GetByTestId("cell-name")).ToContainTextAsync("含调解协议履行");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task After_a_conflict_the_typed_text_stays_with_the_chinese_message_and_the_other_value()
    {
        var page = await FilerPageAsync();
        var projectId = await OpenFirstProjectOfNewDocumentAsync(page);
        var row = await FirstRowWithUnitAsync(page);
        var indicatorId = await row.GetAttributeAsync("data-indicator-id");

        // The same filer in a second window (a colleague sharing the unit's account, or another tab) saves first.
        var other = await FilerPageAsync();
        await other.GotoAsync($"/projects/{projectId}");
        await Expect(other.GetByTestId("editable-hint")).ToBeVisibleAsync();
        await row.GetByTestId("cell-value").ClickAsync();
        var editor = page.Locator("#cell-editor");
        await editor.FillAsync("5000");
        await Ui.EditCellAsync(other, int.Parse(indicatorId!, CultureInfo.InvariantCulture), "cell-value", "4800");

        await editor.PressAsync("Enter");
        await Expect(page.GetByTestId("cell-conflict")).ToContainTextAsync("您的修改未保存");
        await Expect(page.GetByTestId("cell-conflict-value")).ToHaveTextAsync("对方保存的值：4800");
        await Expect(editor).ToHaveValueAsync("5000");
        await environment.Screenshots.TakeAsync(page, "71-cell-editor-conflict");

        // Saving again is a deliberate choice over the value now shown; it is stored.
        await editor.PressAsync("Enter");
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync("5000");
        await other.ReloadAsync();
        await Expect(Ui.IndicatorRow(other, int.Parse(indicatorId!, CultureInfo.InvariantCulture)).GetByTestId("cell-value")).ToHaveTextAsync("5000");
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_1366x768_level2_and_unit_keep_whole_words_per_line_while_a_cell_is_edited()
    {
        var page = await FilerPageAsync();
        await OpenFirstProjectOfNewDocumentAsync(page);
        var row = await FirstRowWithUnitAsync(page);

        foreach (var field in new[] { "name", "unit", "value" })
        {
            await row.GetByTestId($"cell-{field}").ClickAsync();
            await Expect(page.Locator("#cell-editor")).ToBeVisibleAsync();
            var columns = await MeasureAsync(page);
            await environment.Screenshots.TakeAsync(page, $"72-cell-editor-1366-{field}");
            foreach (var c in columns)
            {
                // A cell's text may wrap, but never to fewer than four characters a line (or its whole text when shorter):
                // the issue saw 二级指标 and 度量单位 one character per line.
                var least = Math.Min(4, c.Chars);
                Assert.True(c.Lines <= Math.Ceiling(c.Chars / (double)least),
                    $"编辑“{field}”时，“{c.Text}”（{c.Kind}）宽 {c.Width:0} 像素，排成 {c.Lines} 行，每行不足 {least} 个字");
            }
            Assert.Contains(columns, c => c.Kind == "二级指标表头");
            Assert.Contains(columns, c => c.Kind == "度量单位表头");
            Assert.Contains(columns, c => c.Kind == "度量单位");
            await page.Locator("#cell-editor").PressAsync("Escape");
        }
        await page.Context.CloseAsync();
    }

    private sealed record Column(string Kind, string Text, int Chars, int Lines, double Width);

    /// <summary>
    /// Counts the line boxes of each 二级指标 and 度量单位 cell's text in the browser (a Range's client rectangles, one per
    /// line), with its width.
    /// </summary>
    private static async Task<IReadOnlyList<Column>> MeasureAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const kinds = [['th.col-level2', '二级指标表头'], ['th.col-unit', '度量单位表头'],
                             ['td[data-testid=cell-level2]', '二级指标'], ['td[data-testid=cell-unit]', '度量单位']];
              const out = [];
              for (const [selector, kind] of kinds) {
                for (const cell of document.querySelectorAll('[data-testid=target-table] ' + selector)) {
                  const text = cell.textContent.trim();
                  if (!text || cell.querySelector('textarea')) continue;
                  const range = document.createRange();
                  range.selectNodeContents(cell);
                  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  out.push({ kind, text, chars: [...text].length, lines: tops.size, width: cell.getBoundingClientRect().width });
                }
              }
              return JSON.stringify(out);
            }
            """);
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => new Column(
            e.GetProperty("kind").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("chars").GetInt32(),
            e.GetProperty("lines").GetInt32(), e.GetProperty("width").GetDouble()))];
    }

    private async Task<IPage> FilerPageAsync()
    {
        var filer = environment.Server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        return page;
    }

    /// <summary>Imports seed 001 for a year of its own and opens its first project; returns the project's id.</summary>
    private async Task<int> OpenFirstProjectOfNewDocumentAsync(IPage page)
    {
        await Ui.ImportAsync(page, Seed001ForNewYear());
        await page.GetByTestId("project-link").First.ClickAsync();
        await page.WaitForURLAsync(Ui.ProjectUrl());
        await Expect(page.GetByTestId("editable-hint")).ToBeVisibleAsync();
        return int.Parse(Ui.ProjectUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<ILocator> FirstRowWithUnitAsync(IPage page)
    {
        var rows = page.GetByTestId("indicator-row");
        await Expect(rows.First).ToBeVisibleAsync();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            if ((await row.GetByTestId("cell-unit").InnerTextAsync()).Trim().Length > 0)
                return page.Locator($"[data-testid=indicator-row][data-indicator-id='{await row.GetAttributeAsync("data-indicator-id")}']");
        }
        throw new InvalidOperationException("种子 001 的第一个项目中没有填写度量单位的指标。");
    }

    private static int _year = 2068;

    /// <summary>
    /// Seed 001 with its 预算年度 changed to an even year no other test uses (the shared seed helper takes odd ones):
    /// a unit has one document per year.
    /// </summary>
    private static string Seed001ForNewYear()
    {
        var year = Interlocked.Add(ref _year, 2).ToString(CultureInfo.InvariantCulture);
        var text = File.ReadAllText(SharedSeeds.PathOf("001_ec4e56c4f21351cb.txt"));
        if (!text.Contains("预算年度:2023", StringComparison.Ordinal)) throw new InvalidOperationException("种子 001 中找不到“预算年度:2023”。");
        text = Year2023().Replace(text, year);
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-e2e-seeds");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{year}年秀山项目绩效目标表.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex("(?<=预算年度:)2023|2023(?=年)")]
    private static partial Regex Year2023();
}
