using Microsoft.Playwright;

namespace Jixiao.Web.E2E.Support;

/// <summary>
/// Full-page screenshots kept as test output: TestResults/screenshots/ under the test output directory, or the
/// folder in JIXIAO_E2E_SCREENSHOTS. Each run replaces the files of the same name, so the folder shows the last run.
/// </summary>
public sealed class Screenshots
{
    public string Folder { get; } = Environment.GetEnvironmentVariable("JIXIAO_E2E_SCREENSHOTS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public Screenshots() => Directory.CreateDirectory(Folder);

    /// <summary>Saves the page as <c>{name}.png</c> and returns the file's path.</summary>
    public async Task<string> TakeAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
