using System.Net;
using System.Text.RegularExpressions;
using Dossier.Web.Data;
using Dossier.Web.Rendering;

namespace Dossier.Web.Tests;

/// <summary>The server-side renderers: highlighted report text and the overview chart.</summary>
public sealed partial class RenderingTests
{
    private const string Text = "On 1 March 2024 security forces killed 12 people in Tal Hamra.";

    private static Highlight At(string quote, string kind, long? claim = null)
    {
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        return new Highlight(start, start + quote.Length, kind, quote, claim, claim is null ? null : 7);
    }

    [Fact]
    public void SpanText_MarksExactlyTheSpannedText_AndKeepsAllTheRest()
    {
        var html = SpanText.Render(Text, [At("1 March 2024", "date", 1), At("12", "count", 2), At("Tal Hamra", "place")]).ToString()!;

        var marked = Marks().Matches(html).Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups[1].Value, ""))).ToList();
        Assert.Equal(["1 March 2024", "12", "Tal Hamra"], marked);
        Assert.Equal(Text, WebUtility.HtmlDecode(Tags().Replace(html, "")));
        Assert.Contains("href=\"/Incidents/7#claim-2\"", html);
    }

    [Fact]
    public void SpanText_PrefersTheShorterSpan_WhenSpansOverlap()
    {
        var kept = SpanText.NonOverlapping([At("security forces killed 12 people", "event", 3), At("12", "count", 2), At("forces", "actor")], Text.Length);
        Assert.Equal(["forces", "12"], kept.Select(h => h.Label));
    }

    [Fact]
    public void SpanText_EncodesMarkupInTheReport()
    {
        var html = SpanText.Render("<script>alert(1)</script>", []).ToString()!;
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void MonthlyChart_DrawsEmptyMonthsBetweenData_SoTimeReadsEvenly()
    {
        var svg = MonthlyChart.Render([new("killing", "2024-01", 2), new("arrest", "2024-04", 1)]).ToString()!;
        Assert.Equal(2, Regex.Count(svg, "<rect "));
        Assert.Contains(">2024-02<", svg);
        Assert.Contains(">2024-03<", svg);
    }

    [Fact]
    public void MonthlyChart_UsesYears_WhenTheRecordSpansManyYears()
    {
        var svg = MonthlyChart.Render([new("killing", "2004-01", 2), new("killing", "2004-06", 1), new("arrest", "2021-12", 1)]).ToString()!;
        Assert.Contains("<title>2004: 3 killing</title>", svg);
        Assert.DoesNotContain("2004-06", svg);
    }

    [GeneratedRegex("<mark[^>]*>(.*?)</mark>", RegexOptions.NonBacktracking)]
    private static partial Regex Marks();

    [GeneratedRegex("<[^>]+>", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();
}
