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
}
