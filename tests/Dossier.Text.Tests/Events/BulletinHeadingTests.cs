namespace Dossier.Text.Tests.Events;

/// <summary>A bulletin's dated item headings date the items under them (our own bulletin).</summary>
public sealed class BulletinHeadingTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    private const string Bulletin =
        "RIVER PROVINCES MONITOR\nWeekly bulletin, published 20 May 2016\n\n"
        + "This bulletin lists incidents reported to our field staff during the week.\n\n"
        + "1. Shelling of the market in Ostrel (12 May)\n"
        + "Artillery struck the covered market at midday. Hospital staff said nine traders were killed. "
        + "About two hundred families fled the quarter.\n\n"
        + "2. Teachers held in Marn (14-15 May)\n"
        + "Police detained eleven teachers who had refused to sign a loyalty pledge.\n";

    [Fact]
    public void Find_DatesAnItem_ByItsNumberedHeading_RightUnderTheTitle()
    {
        // No prose between the title and the first item: the numbered line is still an item's heading, not a title.
        var events = UpstreamDoc.Events(Bulletin.Replace("This bulletin lists incidents reported to our field staff during the week.\n\n", ""), Published);

        var shelling = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(new DateOnly(2016, 5, 12), shelling.Date!.Value.Start);
        Assert.Equal(new DateOnly(2016, 5, 14), Assert.Single(events, e => e.Type == "arrest").Date!.Value.Start);
    }

    [Fact]
    public void Find_DatesAnItem_ByItsHeading()
    {
        var events = UpstreamDoc.Events(Bulletin, Published);

        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(new DateOnly(2016, 5, 14), arrest.Date!.Value.Start);
        Assert.Equal(11, arrest.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_JoinsTheActNamedInAHeading_ToTheItemsAccountOfIt()
    {
        var events = UpstreamDoc.Events(Bulletin, Published);

        var killing = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(new DateOnly(2016, 5, 12), killing.Date!.Value.Start);
        Assert.DoesNotContain(events, e => e != killing && e.Date is { } d && d.Start == new DateOnly(2016, 5, 12));
    }

    [Fact]
    public void Find_TakesNoItemDate_FromTheDatelineAboveTheReport()
    {
        var events = UpstreamDoc.Events(
            "Statement on the Ostrel market\n\nOstrel, 20 May 2016\n\nArtillery struck the covered market, and nine traders were killed.",
            Published);

        var killing = Assert.Single(events);
        Assert.Null(killing.Date);
    }

    [Fact]
    public void Find_JoinsEveryActOfAnItem_ToTheIncidentItsHeadingNamed()
    {
        var events = UpstreamDoc.Events(Bulletin, Published);

        var shelling = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(200, shelling.Counts["displaced"].Min);
    }

    [Fact]
    public void Find_DatesEachBulletedItem_ByTheDateThatOpensIt()
    {
        var events = UpstreamDoc.Events(
            "Incidents recorded by monitors this month:\n"
            + "- 3 May: 12 men detained by soldiers at a market in Tarn.\n"
            + "- 8 May: a convoy carrying food to Tarn was ambushed; 9 drivers were killed.\n"
            + "- 16 May: about 4,000 residents of Varn fled to the hills.",
            new DateOnly(2016, 5, 20));

        Assert.Equal("2016-05-03", Assert.Single(events, e => e.Type == "arrest").Date?.ToIso());
        Assert.Equal("2016-05-08", Assert.Single(events, e => e.Type == "killing").Date?.ToIso());
        var flight = Assert.Single(events, e => e.Type == "displacement");
        Assert.Equal("2016-05-16", flight.Date?.ToIso());
        Assert.Equal(4000, flight.Counts["displaced"].Min);
    }
    [Fact]
    public void Find_ASectionHeadingOpensItsOwnIncident_AndJoinsNoneToldBefore()
    {
        const string report =
            "Report on the Lower Tesso valley, 20 May 2016\n\n" +
            "About 9,000 residents fled to the town of Varn in April.\n\n" +
            "1. The attack on Umm Salam\n\n" +
            "Fighters entered Umm Salam on 3 May and killed 14 villagers.\n\n" +
            "2. Arrests in Varn\n\n" +
            "On 9 May the security committee detained 19 young men in Varn.\n";

        var events = UpstreamDoc.Events(report, new DateOnly(2016, 5, 20));

        var flight = Assert.Single(events, e => e.Counts.ContainsKey("displaced"));
        Assert.Empty(flight.Also);
        Assert.Contains(events, e => e.Type == "killing" && e.Also.Contains("attack") && e.Counts["killed"].Min == 14);
        Assert.Contains(events, e => e.Type == "arrest" && e.Counts["arrested"].Min == 19);
    }
    [Fact]
    public void Find_ADayStillToCome_DatesNoActToldAfterIt()
    {
        const string text = "Feature, 3 August 2016\n\nTomorrow the families will march again on the parliament. " +
            "They have marched on the fourth day of every month since.\n";

        var march = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 8, 3)), e => e.Type == "protest");

        Assert.NotEqual(new DateOnly(2016, 8, 4), march.Date?.Start);
    }
}
