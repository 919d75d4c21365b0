using System.Globalization;
using System.Net;
using System.Text;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Html;

namespace Dossier.Web.Rendering;

/// <summary>
/// Renders a report's text with its extracted spans as &lt;mark&gt; elements. Offsets index the document
/// text exactly; overlapping spans are not nested: a span that starts inside an earlier one is skipped
/// here (it stays listed on the claim). Each mark links to its claim so it works without JavaScript.
/// </summary>
public static class SpanText
{
    public static IHtmlContent Render(string text, IReadOnlyList<Highlight> highlights)
    {
        var html = new StringBuilder(text.Length + highlights.Count * 80);
        var position = 0;
        foreach (var h in highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.End > h.Start).OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            if (h.Start < position) continue;
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
}
