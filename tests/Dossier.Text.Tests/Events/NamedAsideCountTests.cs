namespace Dossier.Text.Tests.Events;

/// <summary>A figure followed by the names of the people it counts, set off by commas (our own sentences).</summary>
public sealed class NamedAsideCountTests
{
    private static readonly DateOnly Published = new(2019, 5, 20);

    [Theory]
    [InlineData("On 4 May two activists, Jon Pel and Ali Varn, were arrested in Tarvo.", "arrested", 2, "two")]
    [InlineData("On 4 May three students, Jon Pel, Ali Varn and Sara Lind, were shot dead in Tarvo.", "killed", 3, "three")]
    [InlineData("On 4 May two reporters, Jon Pel, 32, and Ali Varn, 28, were detained in Tarvo.", "arrested", 2, "two")]
    [InlineData("On 4 May two members of the union, Luiz da Silva and Ali Varn, were arrested in Tarvo.", "arrested", 2, "two")]
    [InlineData("Two members of parliament who had called for a vote, Jon Pel and Ali Varn, were arrested in Tarvo on 4 May.", "arrested", 2, "Two")]
    public void Find_CountsTheFigureBeforeTheNames(string text, string key, long count, string figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(count, ev.Counts[key].Min);
        Assert.Equal(figure, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }
}
