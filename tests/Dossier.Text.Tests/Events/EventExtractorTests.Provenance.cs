using Dossier.Text.Model;

namespace Dossier.Text.Tests.Events;

public sealed class EventExtractorProvenanceTests
{
    private const string Report =
        "Riot police detained 40 students outside the law faculty in Velmora on 12 April 2016, witnesses said.\n\n" +
        "The detained students were beaten, and several were later tortured in custody by officers of the Interior Ministry.";

    [Fact]
    public void Find_TriggerSpans_PointAtTriggerWords()
    {
        var events = UpstreamDoc.Events(Report);

        var triggers = events.SelectMany(e => e.Triggers).Select(s => Report[s.Start..s.End]).ToList();
        Assert.Contains("detained", triggers);
        Assert.Contains("tortured", triggers);
    }

    [Fact]
    public void Find_EvidenceAndCountSpans_LieInsideText()
    {
        foreach (var ev in UpstreamDoc.Events(Report))
        {
            foreach (var span in ev.Evidence.Concat(ev.Triggers).Concat(ev.Counts.Values.Select(c => c.Span)))
            {
                Assert.InRange(span.Start, 0, Report.Length);
                Assert.InRange(span.End, span.Start, Report.Length);
            }

            foreach (var count in ev.Counts.Values)
            {
                Assert.Contains(count.Min.ToString(System.Globalization.CultureInfo.InvariantCulture), Report[count.Span.Start..count.Span.End]);
            }
        }
    }

    [Fact]
    public void Find_PlaceAndDate_ComeFromTheTriggerSentence()
    {
        var arrest = UpstreamDoc.Events(Report).First(e => e.Type == "arrest" || e.Also.Contains("arrest"));

        Assert.Equal("2016-04-12", arrest.Date?.ToIso());
        Assert.NotNull(arrest.DateSpan);
        Assert.Equal("12 April 2016", Report[arrest.DateSpan!.Value.Start..arrest.DateSpan.Value.End]);
        Assert.Equal(40, arrest.Counts["arrested"].Min);
    }
}
