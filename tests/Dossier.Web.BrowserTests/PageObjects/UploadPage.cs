using System.Text;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.PageObjects;

/// <summary>The upload form and its per-file results.</summary>
public sealed class UploadPage(IPage page)
{
    public async Task UploadAsync(string fileName, string text)
    {
        await page.GetByLabel("Report files").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
    }

    public ILocator Result(string fileName) => page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = fileName });

    public async Task<IncidentPage> OpenFirstIncidentAsync(string fileName)
    {
        await Result(fileName).GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^incident #") }).First.ClickAsync();
        return new IncidentPage(page);
    }
}
