namespace Dossier.Text.Tests.Events;

/// <summary>A single victim named by the report counts one (our own sentences).</summary>
public sealed class NamedVictimCountTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("The lawyer Teodor Malsky was shot dead outside his office in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky died in a police cell in Varn on 3 May 2016.", "killed")]
    [InlineData("The blogger Teodor Malsky was arrested at his home in Varn on 3 May 2016.", "arrested")]
    [InlineData("Teodor Malsky, a 40-year-old lawyer from the north, was killed in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky was beaten and shot dead by a crowd in Varn on 3 May 2016.", "killed")]
    public void Find_CountsOne_ForANamedVictim(string text, string key)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(1, ev.Counts[key].Min);
        Assert.Equal("Teodor Malsky", text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountOne_ForANamedVictimJoinedToOthers()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "His brother and Teodor Malsky were killed in Varn on 3 May 2016.", Published));

        Assert.False(ev.Counts.TryGetValue("killed", out var killed) && killed.Min == 1);
    }
}
