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
}
