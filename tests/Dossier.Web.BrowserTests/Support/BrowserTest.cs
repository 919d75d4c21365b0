using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.Support;

/// <summary>Runs a test body in a fresh page; on failure, saves a full-page screenshot next to the others, then rethrows.</summary>
public abstract class BrowserTest(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    protected BrowserAppFixture App { get; } = app;

    protected async Task InPageAsync(string name, Func<IPage, Task> body)
    {
        await using var context = await App.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        try
        {
            await body(page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, $"FAILED-{name}.png"), FullPage = true });
            throw;
        }
    }

    /// <summary>
    /// Saves a full-page screenshot. Chromium now and then refuses a capture on a loaded machine ("Unable to capture
    /// screenshot") although the page is fine; the picture is an artifact, not what the test asserts, so it is taken
    /// once more after a pause before the test fails on it.
    /// </summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        var options = new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true };
        try
        {
            await page.ScreenshotAsync(options);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
        {
            await Task.Delay(500);
            await page.ScreenshotAsync(options);
        }
    }
}
