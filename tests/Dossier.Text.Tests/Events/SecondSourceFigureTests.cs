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
    public void Find_JoinsAQuotedToll_WithNoDateOrPlace_ToTheIncidentAlreadyCounted()
    {
        var events = UpstreamDoc.Events(
            "Soldiers fired on marchers in the river town of Ostrel on 2 May 2016, and our monitors counted 31 people killed. "
            + "Weeks later a provincial deputy said that 18 people had died.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal(31, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsAQuotedToll_Apart_WhenNoEarlierIncidentHasThatFigure()
    {
        var events = UpstreamDoc.Events(
            "Guards detained 40 marchers in Ostrel on 2 May 2016. Hospital staff said that six people had died.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 6);
        Assert.Contains(events, e => e.Counts.TryGetValue("arrested", out var held) && held.Min == 40);
    }

    [Fact]
    public void Find_KeepsOurOwnLaterFigure_ForAnIncidentOfItsOwn()
    {
        var events = UpstreamDoc.Events(
            "Soldiers fired on marchers in Ostrel on 2 May 2016, killing 31 people. "
            + "We have since found that 18 people died in a second shooting in Marn on 9 May 2016.",
            Published);

        Assert.Equal(2, events.Count(e => e.Counts.ContainsKey("killed")));
    }
}
