using Dossier.Web.BrowserTests.PageObjects;
using Dossier.Web.BrowserTests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests;

/// <summary>A viewer reads everything but cannot edit: the buttons are absent, and a forged POST is refused.</summary>
public sealed class ViewerTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Viewer_SeesNoEditButtons_AndEditPostsAreRefused() => InPageAsync(nameof(Viewer_SeesNoEditButtons_AndEditPostsAreRefused), async page =>
    {
        var overview = await new SignInPage(page).SignInAsync("viewer", BrowserAppFixture.Password);
        await Assertions.Expect(overview.Navigation.GetByRole(AriaRole.Link, new() { Name = "Upload" })).ToHaveCountAsync(0);
        var id = (await (await IncidentListPage.OpenAsync(page)).IdsAsync())[0];
        var incident = await IncidentPage.OpenAsync(page, id);
        await Assertions.Expect(incident.Heading).ToBeVisibleAsync();
        await Assertions.Expect(incident.ConfirmButton).ToHaveCountAsync(0);
        await Assertions.Expect(incident.MergeButton).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Correct or add a field" })).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "incident-as-viewer");

        // The same requests an analyst's buttons send, from the viewer's own signed-in page, with a valid anti-forgery token.
        var pagePost = await page.EvaluateAsync<int>(
            """
            async () => {
              const token = document.querySelector("input[name=__RequestVerificationToken]").value;
              const body = new URLSearchParams({ __RequestVerificationToken: token, Field: "count.killed", Value: "1", Note: "forged" });
              const response = await fetch(location.pathname + "?handler=Correct", { method: "POST", body, redirect: "manual" });
              return response.status;
            }
            """);
        Assert.Equal(403, pagePost);
        var apiPost = await page.EvaluateAsync<int>(
            "async id => (await fetch(`/api/incidents/${id}/confirm`, { method: 'POST' })).status", id);
        Assert.Equal(403, apiPost);

        await page.GotoAsync("/Upload");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
    });
}
