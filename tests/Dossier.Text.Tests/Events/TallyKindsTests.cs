namespace Dossier.Text.Tests.Events;

/// <summary>One tally sentence with figures for two kinds of act gives two tallies (our own sentences).</summary>
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
}
