namespace Dossier.Text.Tests.Events;

/// <summary>A named person taken from home, and one person's body found (our own sentences).</summary>
public sealed class TakenAndFoundTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May soldiers took Anna Varn from her home in Tarvo.")]
    [InlineData("On 3 May soldiers took Anna Varn, 32, from her home in Tarvo.")]
    [InlineData("On 3 May masked men took Jon Pel away.")]
    [InlineData("On 3 May men in plain clothes forced her into an unmarked van in Tarvo.")]
    public void Find_ANamedPersonTakenAway_IsAnAbduction(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("abduction", "2016-05-03"), (ev.Type, ev.Date?.ToIso()));
    }

    [Theory]
    [InlineData("On 3 May soldiers took the harvest away.")]
    [InlineData("On 3 May soldiers took Tarvo from the rebels.")]
    public void Find_TakingThingsOrPlaces_IsNoAbduction(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "abduction");
    }

    [Theory]
    [InlineData("Her bullet-riddled body was found near Tarvo on 3 May.", "Her bullet-riddled body")]
    [InlineData("On 3 May a body was found in the river at Tarvo.", "a body")]
    public void Find_OnePersonsBodyFound_CountsOneKilled(string text, string said)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("killing", ev.Type);
        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.Equal(said, text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }
}
