namespace Dossier.Text.Tests.Events;

/// <summary>Another source's figure for an incident already told (our own sentences).</summary>
public sealed class SecondSourceFigureTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_JoinsAHigherToll_ToTheIncident_KeepingTheReportsFigure()
    {
        var events = UpstreamDoc.Events(
            "Militia fighters shelled the ferry port of Ostrel on 2 May 2016, killing nineteen passengers. "
            + "Opposition medics gave a higher toll of at least forty dead.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal(19, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsALaterIncidentWithItsOwnFigure_Apart()
    {
        var events = UpstreamDoc.Events(
            "Militia fighters shelled the ferry port of Ostrel on 2 May 2016, killing nineteen passengers. "
            + "Opposition medics said gunmen shot dead forty villagers in Marn on 9 May 2016.",
            Published);

        Assert.Equal(2, events.Count(e => e.Counts.ContainsKey("killed")));
    }

    [Fact]
    public void Find_JoinsATollSomeoneSaid_WithoutDateOrPlace_ToTheKillingToldBefore()
    {
        var events = UpstreamDoc.Events(
            "Militia fighters shelled the ferry port of Ostrel on 2 May 2016, killing nineteen passengers. "
            + "Medics reached the port the next day. "
            + "A spokesman for the opposition council said that more than forty people had been killed by the shells.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(19, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsASaidTollWithItsOwnDate_Apart()
    {
        var events = UpstreamDoc.Events(
            "Militia fighters shelled the ferry port of Ostrel on 2 May 2016, killing nineteen passengers. "
            + "A spokesman for the opposition council said that forty people had been killed on 9 May 2016.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
    }
}
