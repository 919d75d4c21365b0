namespace Dossier.Text.Tests.Events;

/// <summary>Chronicles and digests told in the present tense (our own sentences).</summary>
public sealed class ChronicleTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("3 May – Police detain nine students at a march in Ostrel.", "arrest", "Police")]
    [InlineData("3 May – In Ostrel, a crowd storms the district prison.", "attack", null)]
    [InlineData("- 3 May: Gunmen abduct two engineers on the road to Varn.", "abduction", "Gunmen")]
    [InlineData("3 May – Soldiers kill four farmers near the border.", "killing", "Soldiers")]
    public void Find_ReadsAnActToldInThePresent_InADatedItem(string sentence, string type, string? perpetrator)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(type, incident.Type);
        Assert.Equal(new DateOnly(2016, 5, 3), incident.Date!.Value.Start);
        if (perpetrator is not null)
        {
            Assert.Equal(perpetrator, Assert.Single(incident.Perpetrators).Name);
        }
    }

    [Theory]
    [InlineData("In Ostrel the police detain people at will and the courts look away.")]
    [InlineData("The authorities must stop: they kill and they detain without trial.")]
    public void Find_NoEvent_ForThePresentOutsideADatedItem(string sentence)
    {
        Assert.Empty(UpstreamDoc.Events(sentence, Published));
    }

    [Fact]
    public void Find_NamesTheSeenActor_NotTheWitness()
    {
        var incident = Assert.Single(UpstreamDoc.Events("On 3 May our observers in Ostrel saw police officers fire into a crowd.", Published));

        Assert.Equal("police officers", Assert.Single(incident.Perpetrators).Name);
    }

    private const string Digest =
        "Monthly digest\n\nIssued Friday 2 August 2024\n\nThe month was the most violent of the year.\n\n" +
        "16 July \u2013 The first deaths. Ana Vell, a student, is shot dead by police. Five other people are killed the same day.\n\n" +
        "19 July \u2013 The bloodiest day of the month. Dozens of people are killed in the capital alone.\n\n" +
        "26 July \u2013 The first arrests of the month. Three more student leaders are picked up over the next two days.\n";

    [Fact]
    public void Find_DatesEverySentenceOfAnItem_ByTheDateThatHeadsIt()
    {
        var events = UpstreamDoc.Events(Digest, new DateOnly(2024, 8, 2));

        var dozens = Assert.Single(events, e => e.Counts.TryGetValue("killed", out var k) && k.Min == 24);
        Assert.Equal(new DateOnly(2024, 7, 19), dozens.Date!.Value.Start);
        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(new DateOnly(2024, 7, 26), arrest.Date!.Value.Start);
        Assert.Equal(3, arrest.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_ReadsADeathToldInThePresent_AfterAnotherVerb()
    {
        var events = UpstreamDoc.Events(
            "Monthly digest\n\nIssued 2 June 2016\n\n3 May \u2013 Clashes spread. A student, Ali Vell, is shot in the head at the gate, and dies shortly afterwards.\n",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(new DateOnly(2016, 5, 3), killing.Date!.Value.Start);
    }
}
