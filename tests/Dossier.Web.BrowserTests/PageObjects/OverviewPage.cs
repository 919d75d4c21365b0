using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.PageObjects;

/// <summary>The overview, reached after signing in; the main navigation starts here.</summary>
public sealed class OverviewPage(IPage page)
{
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public async Task<UploadPage> GoToUploadAsync()
    {
        await Navigation.GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
        return new UploadPage(page);
    }
}
