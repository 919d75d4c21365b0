namespace Dossier.Text.Tests.Events;

/// <summary>Small details of wire copy and digests that change a figure or an actor (our own sentences).</summary>
public sealed class WireDetailTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May a 16-year-old student was shot dead by soldiers in Ostrel.")]
    [InlineData("On 3 May a 72-year-old farmer was detained at a checkpoint.")]
    [InlineData("On 3 May a 16-year-old was shot dead by police in Ostrel.")]
    public void Find_CountsOneVictim_PastTheirAge(string sentence)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(1, Assert.Single(incident.Counts).Value.Min);
    }

    [Fact]
    public void Find_CountsANamedVictim_ToldInTheHistoricPresent()
    {
        var incident = Assert.Single(UpstreamDoc.Events("3 May: Ana Vell, a student in Ostrel, is shot dead by police at the gate.", Published));

        Assert.Equal(1, incident.Counts["killed"].Min);
    }

    [Theory]
    [InlineData("Police said 27 bodies had been collected from the fields by Thursday morning.")]
    [InlineData("In Ostrel 14 people had been arrested by 3 May.")]
    [InlineData("In Ostrel 14 people had been arrested by then.")]
    public void Find_NamesNoActor_WhenTheByPhraseIsADeadline(string sentence)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Empty(incident.Perpetrators);
    }

    [Theory]
    [InlineData("Troops patrolled Ostrel on Thursday, a day after rival groups fought in a clash that left 27 people dead.")]
    [InlineData("Police detained 12 activists on 3 May, two days after a bomb killed nine people in the market.")]
    public void Find_DoesNotDateAnAct_ByADateACountedGapAway(string sentence)
    {
        var killing = Assert.Single(UpstreamDoc.Events(sentence, Published), e => e.Type == "killing");

        Assert.Null(killing.Date);
    }

    [Fact]
    public void Find_DoesNotDateAnAct_ByItsDeadline()
    {
        var incident = Assert.Single(UpstreamDoc.Events("Police said 27 bodies had been collected from the fields by Thursday morning.", Published));

        Assert.Null(incident.Date);
    }

    [Theory]
    [InlineData("In December 2015 the activist Ali Vell and two of his associates were arrested in Ostrel.", "arrested")]
    [InlineData("The activist Ali Vell and two of his associates vanished in Ostrel in December 2015.", "abducted")]
    public void Find_CountsANamedPersonAndAFewOfTheirs(string sentence, string key)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(3, incident.Counts[key].Min);
    }

    [Fact]
    public void Find_NamesNoActor_ForPeopleWhoVanished()
    {
        var incident = Assert.Single(UpstreamDoc.Events("In January five bloggers critical of the army vanished within a week.", Published));

        Assert.Empty(incident.Perpetrators);
    }

    [Fact]
    public void Find_CountsTheWholeAcrossAnAsideAboutAPart_InThePassive()
    {
        var incident = Assert.Single(UpstreamDoc.Events("On 3 May hundreds of people, police among them, were injured in the clashes.", Published));

        Assert.Equal(200, incident.Counts["injured"].Min);
    }

    [Fact]
    public void Find_ReadsHousesSetAblaze_AndLivesLostAcrossAnAside()
    {
        var events = UpstreamDoc.Events(
            "Soldiers set ablaze at least 50 houses in Ostrel on 3 May, and some 22 persons, among them 14 children, lost their lives.", Published);

        var incident = Assert.Single(events);
        Assert.Contains("destruction", incident.Also.Append(incident.Type));
        Assert.Equal(22, incident.Counts["killed"].Min);
    }

    [Theory]
    [InlineData("In Lyon a riot police officer kicked a 54-year-old woman in the stomach on 3 May.", "a riot police officer")]
    [InlineData("On 3 May soldiers punched and kicked a journalist outside the court.", "soldiers")]
    public void Find_ReadsKicksAndPunches_AsOneHurt_ByWhoeverGaveThem(string sentence, string perpetrator)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal("attack", incident.Type);
        Assert.Equal(1, incident.Counts["injured"].Min);
        Assert.Equal(perpetrator, Assert.Single(incident.Perpetrators).Name);
    }

    [Theory]
    [InlineData("The crowd kicked off the rally with songs.")]
    [InlineData("He was kicked out of the party in 2014.")]
    public void Find_NoAttack_ForKickedOffOrOut(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "attack");
    }

    [Fact]
    public void Find_CountsNoVictims_FromTheTimesOfAFlogging()
    {
        var incident = Assert.Single(UpstreamDoc.Events("On 3 May a blogger was flogged 50 times in public.", Published));

        Assert.DoesNotContain(incident.Counts.Values, c => c.Min == 50);
    }

    [Fact]
    public void Find_ReadsATotalBroughtToAQualifiedFigure_OfALongNoun()
    {
        var incident = Assert.Single(UpstreamDoc.Events(
            "Their deaths bring to at least 53 the number of journalists and media workers killed since the war began.", Published));

        Assert.Equal(53, incident.Counts["killed"].Min);
    }

    [Theory]
    [InlineData("The ombudsman's office put the number of community leaders killed in 2015 at 182.", "killed", 182)] // whoever put the toll
    [InlineData("Two men were publicly hanged in Ostrel on 3 May.", "executed", 2)] // a passive across an adverb
    public void Find_CountsTheVictims_AndNamesNoActor(string sentence, string key, int figure)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(figure, incident.Counts[key].Min);
        Assert.Empty(incident.Perpetrators);
    }

    [Theory]
    [InlineData("Recorded executions worldwide rose by more than half last year.", null)]
    [InlineData("Arrests rose by 40 per cent in May.", null)]
    [InlineData("On 3 May the village was attacked by a group of armed men.", "a group of armed men")]
    [InlineData("On 3 May two men were shot dead by two gunmen.", "two gunmen")]
    public void Find_TellsAMeasureFromAnAgent_InAByPhrase(string sentence, string? perpetrator)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(perpetrator, incident.Perpetrators.SingleOrDefault()?.Name);
    }
}
