namespace Dossier.Text.Tests.Events;

/// <summary>A tally sentence keeps apart what it adds up: two kinds of act, or a dated act of some it counts (our own sentences).</summary>
public sealed class TallyKindsTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_KeepsTalliesOfTwoKindsOfAct_Apart()
    {
        var events = UpstreamDoc.Events(
            "A monitoring group said that 87 people had been killed since the curfew of 2 March and that more than 900 had been detained.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 87 && !e.Counts.ContainsKey("arrested"));
        Assert.Contains(events, e => e.Counts.TryGetValue("arrested", out var held) && held.Min == 900 && !e.Counts.ContainsKey("killed"));
    }

    [Fact]
    public void Find_KeepsOneNightsDeadAndTakenTogether_WhenSinceIsAnAdverb()
    {
        var events = UpstreamDoc.Events(
            "On 2 March 2016 four villagers were killed in Ostrel and 30 others were abducted by the militia; only two have since been found.",
            Published);

        var raid = Assert.Single(events);
        Assert.Equal(4, raid.Counts["killed"].Min);
        Assert.Equal(30, raid.Counts["abducted"].Min);
    }

    [Fact]
    public void Find_KeepsADatedArrestOfSomeOfATally_ApartFromTheTally()
    {
        var events = UpstreamDoc.Events(
            "More than 100 people have been detained, including the former mayor, Ivo Marsh, and his wife, Ana Marsh, "
            + "who were arrested in Varn in November 2015.",
            new DateOnly(2016, 5, 20));

        Assert.Equal(2, events.Count(e => e.Type == "arrest"));
        Assert.Contains(events, e => e.Date is null && e.Counts.TryGetValue("arrested", out var tally) && tally.Min == 100);
        Assert.Contains(events, e => e.Date?.ToIso() == "2015-11");
    }
    [Theory]
    [InlineData("A research institute counts 7 massacres in the country since 1 January 2016, with 26 victims.", 26)]
    [InlineData("The massacre in Tarvo on 3 May 2016 left 17 victims, most of them children.", 17)]
    public void Find_CountsTheVictimsOfMassacres_AsKilled(string text, int figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal(figure, ev.Counts["killed"].Min);
    }
}
