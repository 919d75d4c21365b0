using System.Globalization;
using System.Net;
using System.Text;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Html;

namespace Dossier.Web.Rendering;

/// <summary>
/// Renders a report's text with its extracted spans as &lt;mark&gt; elements. Offsets index the document
/// text exactly. Marks cannot overlap, so where spans overlap the shorter (more precise) one is drawn and
/// the longer one is left out here (it stays listed on its claim). Each mark links to its claim, so the
/// viewer works without JavaScript.
/// </summary>
public static class SpanText
{
    public static IHtmlContent Render(string text, IReadOnlyList<Highlight> highlights)
    {
        var html = new StringBuilder(text.Length + highlights.Count * 80);
        var position = 0;
        foreach (var h in NonOverlapping(highlights, text.Length))
        {
            html.Append(WebUtility.HtmlEncode(text[position..h.Start]));
            var target = h.ClaimId is { } claim && h.IncidentId is { } incident ? $"/Incidents/{incident}#claim-{claim}" : null;
            html.Append(CultureInfo.InvariantCulture, $"<mark id=\"span-{h.Start}\" class=\"k-{WebUtility.HtmlEncode(h.Kind)}\" title=\"{WebUtility.HtmlEncode(h.Kind + ": " + h.Label)}\"");
            if (h.ClaimId is { } id) html.Append(CultureInfo.InvariantCulture, $" data-claim=\"{id}\"");
            html.Append('>');
            if (target is not null) html.Append("<a href=\"").Append(target).Append("\">");
            html.Append(WebUtility.HtmlEncode(text[h.Start..h.End]));
            if (target is not null) html.Append("</a>");
            html.Append("</mark>");
            position = h.End;
        }
        html.Append(WebUtility.HtmlEncode(text[position..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>Shortest spans first, each kept when it overlaps none already kept; then in text order.</summary>
    public static IReadOnlyList<Highlight> NonOverlapping(IReadOnlyList<Highlight> highlights, int textLength)
    {
        var kept = new List<Highlight>();
        foreach (var h in highlights.Where(h => h.Start >= 0 && h.End <= textLength && h.End > h.Start)
                     .OrderBy(h => h.End - h.Start).ThenBy(h => h.ClaimId is null).ThenBy(h => h.Start))
        {
            if (!kept.Any(k => k.Start < h.End && h.Start < k.End)) kept.Add(h);
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
