namespace Dossier.Text.Tests.Events;

/// <summary>An undated toll that only sums the deaths told one by one after it (our own sentences).</summary>
public sealed class SummedDeathsTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_DropsATollThatSumsTheDeathsToldAfterIt()
    {
        var events = UpstreamDoc.Events(
            "At least two people have died. Marta Ilic, 19, was shot dead on 4 May near the river bridge in Ostrel. "
            + "In Marn, the teacher Goran Pavic died on 6 May after a beating in a police station.",
            Published);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(1, e.Counts["killed"].Min));
    }

    [Fact]
    public void Find_KeepsATollThatIsMoreThanTheDeathsToldAfterIt()
    {
        var events = UpstreamDoc.Events(
            "At least five people have died. Marta Ilic, 19, was shot dead on 4 May near the river bridge in Ostrel.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 5);
    }

    [Fact]
    public void Find_KeepsATollThatIsFewerThanTheDeathsToldAfterIt()
    {
        var events = UpstreamDoc.Events(
            "At least two people have died. Marta Ilic, 19, was shot dead on 4 May near the river bridge in Ostrel. "
            + "In Marn, the teacher Goran Pavic died on 6 May after a beating in a police station. "
            + "A third man, Ivo Sarac, was killed on 7 May in Dol.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 2);
    }
}
