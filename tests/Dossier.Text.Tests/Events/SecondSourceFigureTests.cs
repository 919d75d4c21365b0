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

    [Fact]
    public void Find_JoinsAnEstimateDatedByItsTelling_ToTheIncident()
    {
        var events = UpstreamDoc.Events(
            "Militia fighters shelled the ferry port of Ostrel on 2 March 2016, killing nineteen passengers. "
            + "In April a rights group put the number of civilians killed at around forty.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal(("2016-03-02", 19L), (killing.Date?.ToIso(), killing.Counts["killed"].Min));
    }

    [Fact]
    public void Find_KeepsAnEstimateOfManyActs_Apart()
    {
        var events = UpstreamDoc.Events(
            "Police shot dead a teenager in Ostrel on 2 March 2016. "
            + "Official figures put the number of people killed in police raids at close to 5,000.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var killed) && killed.Min == 5000);
    }

    [Fact]
    public void Find_JoinsATollToldAtARally_ToTheIncident_ThePlaceBeingTheTellers()
    {
        var events = UpstreamDoc.Events(
            "The commission said on Saturday that police had shot dead 24 people across the country since polling day. "
            + "Speaking at a rally in Ostrel yesterday, the opposition leader said that more than 100 had been killed.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(24, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_JoinsAWitnessFigureToldFirst_ToTheTollToldAfterIt()
    {
        var events = UpstreamDoc.Events(
            "Survivors reached the border over the weekend. A woman who had lived in the camp since 2004 said she counted the bodies "
            + "of eleven men from her block before she ran. The refugee agency said that more than 800 people had been killed in Tarn "
            + "between 4 and 7 May.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal(800, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsAFindingToldFirst_ApartFromAnotherSourcesToll()
    {
        var events = UpstreamDoc.Events(
            "Monitors visited Tarn on 9 April. They documented the unlawful killing of 50 civilians in the town. "
            + "According to the prosecutor, the bodies of 410 civilians had been recovered in the district by 30 April.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var killed) && killed.Min == 50);
        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var killed) && killed.Min == 410);
    }
}
