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
    [InlineData("On 4 May three more activists, Jon Pel, Ali Varn and Sara Lind, were arrested in Tarvo.", "arrested", 3, "three")]
    [InlineData("On 4 May four Vesta reporters, Jon Pel, Ali Varn, Sara Lind and Eva Sol, were arrested in Tarvo.", "arrested", 4, "four")]
    public void Find_CountsTheFigureBeforeTheNames(string text, string key, long count, string figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(count, ev.Counts[key].Min);
        Assert.Equal(figure, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Theory]
    [InlineData("At least eight dissidents who sought refuge in Laos have disappeared since 2010.", "eight")]
    [InlineData("At least eight dissidents who sought refuge in Laos, Vietnam and Cambodia have disappeared since 2010.", "eight")]
    [InlineData("At least eight exiled Tarvish dissidents who sought refuge in Laos, Viet Nam and Cambodia have disappeared since 2010.", "eight")]
    public void Find_CountsASubject_PastARelativeClauseWithItsOwnVerb(string text, string figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(8, ev.Counts["abducted"].Min);
        Assert.Equal(figure, text[ev.Counts["abducted"].Span.Start..ev.Counts["abducted"].Span.End]);
    }

    [Theory]
    [InlineData("Jon Pel vanished in Tarvo in 2018 along with two companions.", "abducted", "Jon Pel vanished in Tarvo in 2018 along with two")]
    [InlineData("Jon Pel was shot dead in Tarvo in 2018 together with two of his colleagues.", "killed", "Jon Pel was shot dead in Tarvo in 2018 together with two")]
    public void Find_CountsOnePerson_AndThoseWhoSharedTheirFate(string text, string key, string said)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(3, ev.Counts[key].Min);
        Assert.Equal(said, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Theory]
    [InlineData("Eight dissidents who had fled abroad were abducted in Tarvo in 2018.")]
    [InlineData("Eight dissidents who fled abroad were later abducted in Tarvo in 2018.")]
    public void Find_GivesTheFigure_ToTheMainVerb_NotToTheClauseDescribingThePeople(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(8, ev.Counts["abducted"].Min);
        Assert.False(ev.Counts.ContainsKey("displaced"));
    }
}
