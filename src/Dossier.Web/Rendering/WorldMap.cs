using System.Globalization;
using System.Net;
using System.Text;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Html;

namespace Dossier.Web.Rendering;

/// <summary>
/// Places drawn over the offline world map (tools/worldmap, plate carrée in a 360 × 180 view box).
/// A point's precision is visible: exact points are solid dots, approximate ones (a city, a region,
/// a country's centre) are rings whose size grows as precision falls.
/// </summary>
public static class WorldMap
{
    public static IHtmlContent Render(IReadOnlyList<PlaceSummary> places)
    {
        var svg = new StringBuilder();
        svg.Append("<svg class=\"worldmap\" viewBox=\"0 0 360 180\" role=\"img\" aria-label=\"Places on a world map\">");
        svg.Append("<image href=\"/assets/worldmap.svg\" x=\"0\" y=\"0\" width=\"360\" height=\"180\"/>");
        foreach (var place in places.Where(p => p.Latitude is not null && p.Longitude is not null))
        {
            var x = place.Longitude!.Value + 180;
            var y = 90 - place.Latitude!.Value;
            var radius = RadiusFor(place.Precision);
            var kind = radius <= 1 ? "exact" : "approximate";
            svg.Append(string.Create(CultureInfo.InvariantCulture,
                $"<a href=\"#place-{place.Id}\"><circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"{radius}\" class=\"point {kind}\">"));
            svg.Append(string.Create(CultureInfo.InvariantCulture,
                $"<title>{WebUtility.HtmlEncode(place.Name)} ({WebUtility.HtmlEncode(place.Precision)}), {place.Incidents} incidents</title></circle></a>"));
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Ring size in map degrees, roughly the uncertainty of the point.</summary>
    public static double RadiusFor(string precision) => precision.ToLowerInvariant() switch
    {
        "exact" or "point" or "site" => 1,
        "city" or "town" or "village" or "locality" => 1.5,
        "district" or "region" or "province" or "admin1" => 3,
        "country" => 5,
        _ => 2.5,
    };
}
