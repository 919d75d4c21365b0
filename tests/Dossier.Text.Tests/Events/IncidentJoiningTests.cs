namespace Dossier.Text.Tests.Events;

/// <summary>
/// Mentions that carry a figure, or tell another act, yet belong to an incident told before them
/// (our own sentences).
/// </summary>
public sealed class IncidentJoiningTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_JoinsADefiniteReferenceWithAPartOfTheToll_ToTheIncident()
    {
        var events = UpstreamDoc.Events(
            "Gunmen attacked the market in Dala on 3 March 2016, killing seven people.\n\n" +
            "The governor visited the town on 5 March 2016.\n\n" +
            "Four women died in the attack.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(7, killing.Counts["killed"].Min);
        Assert.Equal("2016-03-03", killing.Date?.ToIso());
    }

    [Fact]
    public void Find_JoinsTheDeathsOfACountedGroup_ToTheAttackTheyDiedIn()
    {
        var events = UpstreamDoc.Events(
            "On 2 June 2015 troops overran the town of Brell.\n\n" +
            "The mayor met aid agencies on 9 June 2015.\n\n" +
            "Relatives still grieve the deaths of about 40 villagers.",
            Published);

        var violent = Assert.Single(events, e => e.Type is "killing" or "attack");
        Assert.Equal("2015-06-02", violent.Date?.ToIso());
        Assert.Equal(40, violent.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsATally_ApartFromTheIncidentBeforeIt()
    {
        var events = UpstreamDoc.Events(
            "Police shot dead twelve protesters in Tarn on 4 May 2016.\n\n" +
            "The mayor met the families on 6 May 2016.\n\n" +
            "The deaths of more than 300 people in custody since 2010 have gone unpunished.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
    }

    [Fact]
    public void Find_KeepsADefiniteReferenceToAnotherAct_Apart()
    {
        var events = UpstreamDoc.Events(
            "Soldiers killed eight men in Ora on 1 May 2016.\n\n" +
            "The minister visited Ora on 3 May 2016.\n\n" +
            "Students protested against the arrest of 30 of their classmates.",
            Published);

        Assert.Contains(events, e => e.Type == "arrest" && e.Counts.ContainsKey("arrested"));
        Assert.DoesNotContain(events, e => e.Type == "killing" && e.Counts.ContainsKey("arrested"));
    }

    [Fact]
    public void Find_CountsArrestsToldAfterARaid_AsPartOfIt()
    {
        var events = UpstreamDoc.Events(
            "Police opened fire on striking workers at the Kellan mine on 9 March 2016, killing five.\n\n" +
            "Speaking to reporters, the police chief said 40 people had been arrested.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal("killing", killing.Type);
        Assert.Contains("arrest", killing.Also);
        Assert.Equal(40, killing.Counts["arrested"].Min);
        Assert.Equal(5, killing.Counts["killed"].Min);
    }

    [Theory]
    [InlineData("Witnesses said soldiers shot dead several people in Varn after 9 March 2016.\n\nThe ministry has said that 1,200 people were detained.")]
    [InlineData("Police opened fire on striking workers at the Kellan mine on 9 March 2016, killing five.\n\nThousands have been detained.")]
    public void Find_KeepsArrestsInTheNextParagraph_ApartFromARaidWithoutTheirKindOfFigure(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Type == "arrest" && e.Counts.ContainsKey("arrested"));
    }

    [Fact]
    public void Find_KeepsAVagueFigureOpeningTheNextParagraph_ApartFromTheLastArrest()
    {
        var events = UpstreamDoc.Events(
            "On 9 March 2016 police arrested the student leader Ana Vell outside the university.\n\n" +
            "Thousands have been detained.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "arrest"));
    }

    [Fact]
    public void Find_JoinsTheWoundedOpeningTheNextParagraph_ToTheViolenceTold()
    {
        var events = UpstreamDoc.Events(
            "Eleven farmers and six police officers were killed at Varn on 9 March 2016. Police say they were ambushed.\n\n" +
            "Dozens of people were wounded, on both sides.",
            Published);

        var clash = Assert.Single(events);
        Assert.Equal((17, 24, 99), (clash.Counts["killed"].Min, clash.Counts["injured"].Min, clash.Counts["injured"].Max));
    }

    [Fact]
    public void Find_JoinsALooseMention_ToTheIncidentItsOwnParagraphTells()
    {
        const string text =
            "On 9 March 2016 soldiers fired into a crowd in Varn, killing four.\n\n" +
            "Ana Vell died in hospital on 12 March 2016, two days after police detained her at a checkpoint. Her family says she was beaten in the van.";
        var events = UpstreamDoc.Events(text, Published);

        var beaten = text.IndexOf("beaten", StringComparison.Ordinal);
        var told = Assert.Single(events, e => e.Triggers.Any(t => t.Start == beaten));
        Assert.DoesNotContain(told.Triggers, t => t.Start < text.IndexOf("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_KeepsTheArrestOfSuspects_ApartFromTheRaid()
    {
        var events = UpstreamDoc.Events(
            "Police opened fire on striking workers at the Kellan mine on 9 March 2016, killing five.\n\n" +
            "Speaking to reporters, the police chief said three suspects had been arrested.",
            Published);

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Type == "arrest");
    }

    [Fact]
    public void Find_JoinsWhatHappenedOnTheLastDayOfAHostageTaking_ToIt()
    {
        var events = UpstreamDoc.Events(
            "On 2 May 2016 gunmen seized a hotel in Varn and held 60 guests hostage for four days. " +
            "On 5 May soldiers stormed the hotel. Nine guests died.",
            Published);

        var ev = Assert.Single(events);
        Assert.Contains("abduction", ev.Also.Append(ev.Type));
        Assert.Contains("killing", ev.Also.Append(ev.Type));
        Assert.Equal("2016-05-02/2016-05-05", ev.Date?.ToIso());
        Assert.Equal(60, ev.Counts["abducted"].Min);
    }

    [Fact]
    public void Find_KeepsAHostageTakingOneDay_WhenItsLengthIsNotSaid()
    {
        var events = UpstreamDoc.Events(
            "On 2 May 2016 gunmen seized a hotel in Varn and held 60 guests hostage. " +
            "On 5 May soldiers stormed the hotel.",
            Published);

        var abduction = Assert.Single(events, e => e.Type == "abduction");
        Assert.Equal("2016-05-02", abduction.Date?.ToIso());
    }

    [Fact]
    public void Find_JoinsAnOpeningDefiniteMention_ToTheIncidentToldAfterIt()
    {
        var events = UpstreamDoc.Events(
            "Parents blame the state for the deaths of their sons.\n\n" +
            "The families met the minister in the capital.\n\n" +
            "On 4 April 2010 soldiers opened fire on a march in Keld, killing 12 students.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2010-04-04", killing.Date?.ToIso());
        Assert.Equal(12, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_CountsTheWoundedWhoLay_OnTheGround()
    {
        var events = UpstreamDoc.Events(
            "Police shot dead nine miners at Rusk on 16 August 2012. By nightfall more than 60 men lay wounded.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal(60, killing.Counts["injured"].Min);
    }
    [Fact]
    public void Find_JoinsDeathsInTheShooting_ToTheShootingToldBefore()
    {
        var events = UpstreamDoc.Events(
            "Gunmen opened fire on a wedding party in Sela on 8 May 2016, killing eleven guests.\n\n" +
            "The governor visited Sela on 10 May 2016.\n\n" +
            "Three children died in the shooting.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(11, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsDeathsOnEarlierDays_ApartFromTheShooting()
    {
        var events = UpstreamDoc.Events(
            "Gunmen opened fire on a wedding party in Sela on 8 May 2016, killing eleven guests.\n\n" +
            "The governor visited Sela on 10 May 2016.\n\n" +
            "Three guards had been killed in the violence in the days before the wedding.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
    }
    [Fact]
    public void Find_KeepsADatedKilling_ApartFromTheTallyOfThePeriodItFallsIn()
    {
        var events = UpstreamDoc.Events(
            "At least 60 people have been shot dead by police in the province since the start of April 2016.\n\n" +
            "A farmer, Ali Sen, was killed on 12 April 2016 in what police called a shootout.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
        Assert.Contains(events, e => e.Type == "killing" && e.Date?.ToIso() == "2016-04-12");
    }

    [Fact]
    public void Find_JoinsTheExecutionOfTheSameCountedMen_WithoutCountingThemTwice()
    {
        var events = UpstreamDoc.Events(
            "Soldiers killed ten fishermen at Dorn on 2 March 2016. " +
            "An army inquiry later confirmed that the soldiers had executed the ten men.",
            Published);

        // Soldiers who execute kill without a court: one killing, not also a judicial execution.
        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.DoesNotContain("execution", killing.Also);
        Assert.Equal(10, killing.Counts["killed"].Min);
        Assert.False(killing.Counts.ContainsKey("executed"));
        Assert.DoesNotContain(events, e => e.Type == "execution");
    }
    [Fact]
    public void Find_TreatsAnEstimateFromALaterAside_AsAnAccountOfTheIncident()
    {
        var events = UpstreamDoc.Events(
            "Troops fired on the crowd in Pell on 4 June 1990, killing 40 people. The mayor resigned. " +
            "A report by the embassy, published in 2012, gave an estimate of at least 900 dead.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal("1990-06-04", killing.Date?.ToIso());
        Assert.Equal(40, killing.Counts["killed"].Min);
    }
    [Fact]
    public void Find_JoinsACountedCharge_ToTheKillingItNames()
    {
        var events = UpstreamDoc.Events(
            "Gunmen killed 14 people in Tarsk on 2 March 2015.\n\n" +
            "A court in Tarsk on 3 May 2016 sentenced five men to life in prison. " +
            "The court convicted them of 12 murders, not 14, because two bodies were never found.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2015-03-02", killing.Date?.ToIso());
        Assert.Equal(14, killing.Counts["killed"].Min);
    }
    [Fact]
    public void Find_DoesNotDateDocumentedKillings_ByTheVisitThatFoundThem()
    {
        var events = UpstreamDoc.Events(
            "Researchers visited Kost on 9 April 2016. They documented the killing of 30 civilians in the town. " +
            "Many of the victims had been abducted from their homes.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Null(killing.Date);
        Assert.Equal(30, killing.Counts["killed"].Min);
        Assert.DoesNotContain(events, e => e.Type == "abduction" && e.Date is not null);
    }
}
