using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.PageObjects;

/// <summary>One incident: claims field by field, shown values, and the analyst actions.</summary>
public sealed partial class IncidentPage(IPage page)
{
    public long Id => long.Parse(IdInPath().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<IncidentPage> OpenAsync(IPage page, long id)
    {
        await page.GotoAsync($"/Incidents/{id}");
        return new IncidentPage(page);
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Shown(string field) => page.GetByTestId("shown-" + field);

    public ILocator Field(string field) => page.Locator($"#field-{field.Replace(".", "\\.", StringComparison.Ordinal)}");

    public ILocator MergeButton => page.GetByRole(AriaRole.Button, new() { Name = "Merge into this one" });

    public ILocator SplitButton => page.GetByRole(AriaRole.Button, new() { Name = "Split (undo last merge)" });

    public ILocator ConfirmButton => page.GetByRole(AriaRole.Button, new() { Name = "Confirm incident" });

    public ILocator Flash => page.GetByRole(AriaRole.Status);

    /// <summary>Uses the "Correct or add a field" form.</summary>
    public async Task CorrectAsync(string fieldLabel, string value, string note)
    {
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Correct or add a field" });
        await form.GetByLabel("Field").SelectOptionAsync(new SelectOptionValue { Label = fieldLabel });
        await form.GetByLabel("Value").FillAsync(value);
        await form.GetByLabel("Note").FillAsync(note);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
    }

    public async Task MergeAsync(long other)
    {
        await page.GetByLabel("Incident to merge into this one").FillAsync(other.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await MergeButton.ClickAsync();
    }

    [GeneratedRegex(@"/Incidents/(\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex IdInPath();
}
