namespace Dossier.Text.Tests.Events;

/// <summary>Mentions in passing of an incident the report tells with a date elsewhere (our own sentences).</summary>
public sealed class PassingMentionTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_FoldsAnEarlierPassingMention_IntoTheDatedTellingOfItsAct()
    {
        var events = UpstreamDoc.Events(
            "Families are still waiting for answers about the massacre, and many say they no longer trust the police.\n\n"
            + "The council met on 9 May 2016.\n\n"
            + "Soldiers shot dead nine traders at the market in Doran on 3 May 2016.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2016-05-03", killing.Date?.ToIso());
        Assert.Equal(2, killing.Evidence.Count);
    }

    [Fact]
    public void Find_KeepsAnUndatedLegalStep_Apart()
    {
        var events = UpstreamDoc.Events(
            "The court convicted two officers on 9 May 2016.\n\n"
            + "Relatives say the prosecution of the commanders has stalled.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "legal_action"));
    }

    [Fact]
    public void Find_KeepsAnUndatedMentionWithItsOwnFigure_Apart()
    {
        var events = UpstreamDoc.Events(
            "Soldiers shot dead nine traders at the market on 3 May 2016.\n\n"
            + "The council met on 9 May 2016.\n\n"
            + "Elsewhere in the province, twelve farmers have been killed by unknown gunmen.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
    }

    [Fact]
    public void Find_FoldsAnUndatedMentionWithTheIncidentsOwnFigure_IntoIt()
    {
        var events = UpstreamDoc.Events(
            "What happened on the night that ended with ten people dead in the centre of Tarn is still unexplained. "
            + "The opposition had camped on the square for a week. Its leader was confined to his home. "
            + "Rallies were banned in March. On 1 March 2006 police fired on the crowd in Tarn, and ten people were killed.",
            new DateOnly(2016, 3, 3));

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(("2006-03-01", 10L), (killing.Date?.ToIso(), killing.Counts["killed"].Min));
    }

    [Fact]
    public void Find_KeepsAnUndatedSingleDeath_ApartFromAnotherSingleDeath()
    {
        var events = UpstreamDoc.Events(
            "The official count is sixteen dead in Tarn on 16 December 2011 and one more the following day in Varn. "
            + "Dozens were detained. Many said they were beaten in police stations. "
            + "One man, Ivo Marsh, died shortly after being released from custody.",
            new DateOnly(2016, 3, 3));

        Assert.Equal(2, events.Count(e => e.Counts.TryGetValue("killed", out var killed) && killed.Min == 1));
    }

    [Theory]
    [InlineData("Families still seek justice for the 2006 massacre in Varn.", "2006")]
    [InlineData("The protests began after the assassination of the opposition leader in 2015.", "2015")]
    public void Find_AnActNamedInPassingWithItsYear_IsAnIncident(string text, string year)
    {
        var killing = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)), e => e.Type == "killing");

        Assert.Equal(year, killing.Date?.ToIso());
    }
}
