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

    protected static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });
}
