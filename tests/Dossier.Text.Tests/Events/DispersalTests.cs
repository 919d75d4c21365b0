namespace Dossier.Text.Tests.Events;

/// <summary>A gathering broken up by force: who used the force, and when the gathering was (our own sentences).</summary>
public sealed class DispersalTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May police used batons and tear gas to break up a sit-in by relatives of missing men.")]
    [InlineData("On 3 May police fired tear gas to disperse a rally by students.")]
    public void Find_NamesWhoUsedTheForce_NotWhoHeldTheGathering(string sentence)
    {
        var attack = Assert.Single(UpstreamDoc.Events(sentence, Published), e => e.Type == "attack");

        Assert.Equal("police", Assert.Single(attack.Perpetrators).Name);
    }

    [Fact]
    public void Find_DatesTheGatheringBrokenUp_ByTheSentencesDate()
    {
        var events = UpstreamDoc.Events("On 3 May police used tear gas to break up a sit-in outside the court.", Published);

        var protest = Assert.Single(events, e => e.Type == "protest");
        Assert.Equal(new DateOnly(2016, 5, 3), protest.Date!.Value.Start);
    }

    [Fact]
    public void Find_KeepsTheCourtAsAgent_OfASentenceToDeath()
    {
        var events = UpstreamDoc.Events("On 3 May the opposition leader was sentenced to death by a military court.", Published);

        Assert.Contains("military court", Assert.Single(events).Perpetrators.Single().Name);
    }
    [Theory]
    [InlineData("On 3 May police dispersed a sit-in of about 300 nurses in Varn; 14 were arrested.")]
    [InlineData("On 3 May, police broke up a rally by about 300 nurses in Varn and arrested 14 of them.")]
    [InlineData("In Varn, riot police broke up a sit-in of about 300 nurses on 3 May, detaining 14.")]
    public void Find_JoinsTheArrests_ToTheGatheringTheForceBrokeUp(string sentence)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal("arrest", incident.Type);
        Assert.Contains("protest", incident.Also);
        Assert.Equal(14, incident.Counts["arrested"].Min);
        Assert.Equal(300, incident.Counts["participants"].Min);
        Assert.Equal("police", Assert.Single(incident.Perpetrators).Name.Replace("riot ", ""));
    }

    [Fact]
    public void Find_KeepsAnArrestThatAProtestDecries_ApartFromTheProtest()
    {
        var events = UpstreamDoc.Events("On 3 May about 300 nurses held a protest in Varn against the arrest of 14 colleagues.", Published);

        Assert.Contains(events, e => e.Type == "protest" && !e.Also.Contains("arrest"));
    }
    [Theory]
    [InlineData("Police shot dead at least 23 people during protests against the new tax in Varn on 3 May.", "killing", "killed", 23)]
    [InlineData("Police arrested 40 people at a rally in Varn on 3 May.", "arrest", "arrested", 40)]
    [InlineData("Two students were killed amid demonstrations in Varn on 3 May.", "killing", "killed", 2)]
    public void Find_ViolenceDuringAGathering_IsOneIncidentWithIt(string sentence, string type, string key, int figure)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(type, incident.Type);
        Assert.Contains("protest", incident.Also);
        Assert.Equal(figure, incident.Counts[key].Min);
        Assert.Equal(new DateOnly(2016, 5, 3), incident.Date!.Value.Start);
    }

    [Fact]
    public void Find_AnExecutionOverADeathDuringProtests_IsNoProtest()
    {
        var events = UpstreamDoc.Events("In April a man was executed in Varn over the death of a guard during the protests of 2014.", Published);

        Assert.DoesNotContain(events, e => e.Type == "execution" && e.Also.Contains("protest"));
    }
    [Theory]
    [InlineData("On 18 April the first protests in Varn were met with gunfire.")]
    [InlineData("On 18 April the protests in Varn were met with live ammunition.")]
    public void Find_AProtestMetWithForce_IsAnAttackOnIt_NoMeeting(string sentence)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal("attack", incident.Type);
        Assert.Contains("protest", incident.Also);
        Assert.Equal(new DateOnly(2016, 4, 18), incident.Date!.Value.Start);
    }

    [Fact]
    public void Find_DemandsMetWithSilence_AreNoMeeting()
    {
        Assert.DoesNotContain(UpstreamDoc.Events("On 3 May the families' demands were met with silence.", Published), e => e.Type == "meeting");
    }
}
