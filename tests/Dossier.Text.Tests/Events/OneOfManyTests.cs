namespace Dossier.Text.Tests.Events;

/// <summary>A person's act told as "one of" a wider tally: two incidents, each with its own figure (our own sentences).</summary>
public sealed class OneOfManyTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_KeepsTheWiderTally_ApartFromThePersonsArrest()
    {
        var events = UpstreamDoc.Events(
            "On 18 May 2016 the union leader Tomas Varga was arrested at his home in Ostrel, one of more than 400 strikers detained since the lockout began.",
            Published);

        var arrests = events.Where(e => e.Counts.ContainsKey("arrested")).ToList();
        Assert.Equal(2, arrests.Count);
        Assert.Contains(arrests, e => e.Counts["arrested"].Min == 400);
        Assert.Contains(arrests, e => e.Counts["arrested"].Min == 1);
    }

    [Fact]
    public void Find_ReadsAFigureWithoutOneOf_AsTheActsOwn()
    {
        var events = UpstreamDoc.Events("On 18 May 2016 police detained more than 400 strikers in Ostrel.", Published);

        var arrest = Assert.Single(events);
        Assert.Equal(400, arrest.Counts["arrested"].Min);
    }
}
