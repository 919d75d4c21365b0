using System.Globalization;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.PageObjects;

/// <summary>The incident list with its filters.</summary>
public sealed class IncidentListPage(IPage page)
{
    public static async Task<IncidentListPage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync("/Incidents" + query);
        return new IncidentListPage(page);
    }

    /// <summary>The ids of the incidents listed, in order.</summary>
    public async Task<IReadOnlyList<long>> IdsAsync()
    {
        var cells = await page.Locator("table.list tbody tr td:first-child a").AllTextContentsAsync();
        return cells.Select(c => long.Parse(c.Trim(), CultureInfo.InvariantCulture)).ToList();
    }
}
