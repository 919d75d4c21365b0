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
}
