using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.PageObjects;

/// <summary>The sign-in form.</summary>
public sealed class SignInPage(IPage page)
{
    public async Task<OverviewPage> SignInAsync(string name, string password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        return new OverviewPage(page);
    }
}
