using System.Globalization;
using System.Net;
using System.Text;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Html;

namespace Dossier.Web.Rendering;

/// <summary>
/// Draws incidents by type and month as a stacked bar chart in server-rendered SVG: readable without
/// JavaScript, printable, and every bar carries a title with its figures.
/// </summary>
public static class MonthlyChart
{
    private const int Width = 760, Height = 240, Left = 36, Bottom = 36, Top = 10;

    /// <summary>
    /// Months without incidents are drawn as empty slots so that time reads evenly; when the record spans
    /// more than <paramref name="maxMonths"/> months the bars are years instead.
    /// </summary>
    public static IHtmlContent Render(IReadOnlyList<TypeMonthCount> counts, int maxMonths = 36)
    {
        if (counts.Count == 0) return new HtmlString("<p class=\"hint\">No dated incidents yet.</p>");
        var all = counts.Select(c => c.Month).Order(StringComparer.Ordinal).ToList();
        var (first, last) = (Period.Parse(all[0]), Period.Parse(all[^1]));
        var byYear = (last.Year - first.Year) * 12 + last.Month - first.Month >= maxMonths;
        if (byYear)
            counts = counts.GroupBy(c => (c.Type, Year: c.Month[..4])).Select(g => new TypeMonthCount(g.Key.Type, g.Key.Year, g.Sum(c => c.Count))).ToList();
        var months = byYear
            ? Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList()
            : Enumerable.Range(0, (last.Year - first.Year) * 12 + last.Month - first.Month + 1)
                .Select(i => new DateOnly(first.Year, first.Month, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        var types = counts.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var byMonth = counts.Where(c => months.Contains(c.Month)).ToLookup(c => c.Month);
        var max = Math.Max(1, months.Max(m => byMonth[m].Sum(c => c.Count)));
        var slot = (Width - Left) / (double)months.Count;
        var scale = (Height - Top - Bottom) / (double)max;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Incidents by type and month\">"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\" class=\"axis\"/>"));
        svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Top + 8}\" class=\"tick\" text-anchor=\"end\">{max}</text>"));
        svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" class=\"tick\" text-anchor=\"end\">0</text>"));
        for (var i = 0; i < months.Count; i++)
        {
            var x = Left + i * slot + slot * 0.15;
            var y = (double)(Height - Bottom);
            foreach (var count in byMonth[months[i]].OrderBy(c => types.IndexOf(c.Type)))
            {
                var h = count.Count * scale;
                y -= h;
                svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\" class=\"t{types.IndexOf(count.Type) % 8}\">"));
                svg.Append(Invariant($"<title>{Encode(months[i])}: {count.Count} {Encode(count.Type)}</title></rect>"));
            }
            if (months.Count <= 12 || i % (months.Count / 8 + 1) == 0)
                svg.Append(Invariant($"<text x=\"{x + slot * 0.35:0.#}\" y=\"{Height - Bottom + 14}\" class=\"tick\" text-anchor=\"middle\">{Encode(months[i])}</text>"));
        }
        svg.Append("</svg><ul class=\"legend\">");
        for (var t = 0; t < types.Count; t++)
            svg.Append(Invariant($"<li><span class=\"swatch t{t % 8}\"></span>{Encode(types[t])}</li>"));
        svg.Append("</ul>");
        return new HtmlString(svg.ToString());
    }

    private readonly record struct Period(int Year, int Month)
    {
        public static Period Parse(string yearMonth) => new(
            int.Parse(yearMonth[..4], CultureInfo.InvariantCulture),
            yearMonth.Length >= 7 ? int.Parse(yearMonth[5..7], CultureInfo.InvariantCulture) : 1);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
