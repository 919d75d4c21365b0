namespace Dossier.Text.Tests.Events;

/// <summary>Court stories: a judgment and the act it judged, each with its own date (our own sentences).</summary>
public sealed class CourtStoryTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("The three men had been sentenced in February 2015 over a bomb attack in Ostrel on 3 March 2014.")]
    [InlineData("A court sentenced two soldiers to 20 years in prison in February 2015 for the killing of a farmer in Varn on 3 March 2014.")]
    public void Find_DatesTheJudgmentAndTheJudgedActApart(string sentence)
    {
        var events = UpstreamDoc.Events(sentence, Published);

        var legal = Assert.Single(events, e => e.Type == "legal_action");
        Assert.Equal("2015-02", legal.Date?.ToIso());
        var act = Assert.Single(events, e => e.Type != "legal_action");
        Assert.Equal("2014-03-03", act.Date?.ToIso());
    }

    [Fact]
    public void Find_DatesASentenceToDeath_PastTheWordsOfTheSentence()
    {
        var events = UpstreamDoc.Events("Two men were sentenced to death in Ostrel on 3 May.", Published);

        Assert.Equal("2016-05-03", Assert.Single(events, e => e.Type == "legal_action").Date?.ToIso());
    }

    [Theory]
    [InlineData("The activist Tomas Brea was sentenced to eight years in prison in 2015 on charges of sedition.")]
    [InlineData("The court freed the activist Tomas Brea, who had been sentenced to eight years in prison in 2015 on charges of sedition.")]
    public void Find_DatesASentence_PastItsTerm(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.Equal("2015", Assert.Single(events, e => e.Type == "legal_action").Date?.ToIso());
    }

    [Fact]
    public void Find_GivesTheDateAfterTheJudgedAct_ToThatAct()
    {
        var events = UpstreamDoc.Events(
            "In 1993 a soldier was sentenced to 25 years for stabbing to death the anthropologist Ana Vell in Ostrel on 11 September 1990.", Published);

        Assert.Equal("1993", Assert.Single(events, e => e.Type == "legal_action").Date?.ToIso());
        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(("1990-09-11", 1L), (killing.Date?.ToIso(), killing.Counts["killed"].Min));
    }

    [Fact]
    public void Find_TakesNoArrest_FromATermOfImprisonment()
    {
        var events = UpstreamDoc.Events(
            "In April 2016 a military court sentenced three soldiers to life imprisonment for the killing of five farmers in Ostrel in 2014.", Published);

        Assert.DoesNotContain(events, e => e.Type == "arrest");
        Assert.Equal("2016-04", Assert.Single(events, e => e.Type == "legal_action").Date?.ToIso());
    }
}
