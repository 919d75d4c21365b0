namespace Dossier.Text.Tests.Events;

/// <summary>Common ways wire copy and NGO statements tell a figure (our own sentences).</summary>
public sealed class CommonPhrasingTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("The shelling forced more than 5,000 people to flee their homes on 3 May.", "displacement", "displaced", 5000)]
    [InlineData("Thousands of villagers were forced to flee their homes on 3 May.", "displacement", "displaced", 2000)]
    [InlineData("The clashes on 3 May claimed the lives of at least nine people.", "killing", "killed", 9)]
    [InlineData("The fire at the prison on 3 May claimed 14 lives.", "killing", "killed", 14)]
    [InlineData("The bodies of 15 men were found in a ditch outside the town on 3 May.", "killing", "killed", 15)]
    [InlineData("On 3 May 15 bodies were found in a ditch outside the town.", "killing", "killed", 15)]
    [InlineData("On 3 May at least seven people were reported killed in the shelling.", "killing", "killed", 7)]
    public void Find_ReadsTheActAndItsFigure_AndTheDate(string sentence, string type, string key, int figure)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(type, incident.Type);
        Assert.Equal(figure, incident.Counts[key].Min);
        Assert.Equal(new DateOnly(2016, 5, 3), incident.Date!.Value.Start);
    }

    [Fact]
    public void Find_ReadsADeathToll_PastWhatItIsTheTollOf()
    {
        var events = UpstreamDoc.Events("The death toll from the attack on the ferry has risen to 41.", Published);

        Assert.Equal(41, Assert.Single(events).Counts["killed"].Min);
    }

    [Theory]
    [InlineData("On 3 May gunmen abducted a priest and two nuns from the mission.", "abducted", 3)]
    [InlineData("On 3 May police arrested two journalists and a driver in Ostrel.", "arrested", 3)]
    [InlineData("On 3 May two journalists and a driver were arrested in Ostrel.", "arrested", 3)]
    [InlineData("On 3 May soldiers killed two farmers and a boy was wounded.", "killed", 2)]
    [InlineData("On 3 May twelve students have been detained and the inquiry goes on.", "arrested", 12)]
    [InlineData("On 3 May police killed a 16-year-old boy and injured his two brothers.", "injured", 2)]
    [InlineData("Five people, three of them children, were killed in the strike on 3 May.", "killed", 5)]
    [InlineData("On 3 May a drone strike killed a family of six.", "killed", 6)]
    [InlineData("On 3 May the militia killed the village chief, his wife and their three children.", "killed", 5)]
    [InlineData("Eight people including a child died in the fire that police set on 3 May.", "killed", 8)]
    [InlineData("On 3 May the police took 30 protesters into custody.", "arrested", 30)]
    [InlineData("On 3 May, the police killed one protester and wounded another.", "injured", 1)]
    [InlineData("On 3 May a man was shot dead by police in Ostrel.", "killed", 1)]
    [InlineData("On 3 May security forces raided the newspaper and arrested its editor and five reporters.", "arrested", 6)]
    [InlineData("Since 3 May, 45 people have gone missing after being stopped at checkpoints.", "abducted", 45)]
    [InlineData("On 3 May more than 60 people were hurt when police charged the crowd.", "injured", 60)]
    [InlineData("Doctors say some 900 people have sought medical treatment since the riots of 3 May.", "injured", 900)]
    [InlineData("At least three other men, Ali al-Hassan, Omar Said and Karim Aziz, who were also arrested on 3 May, remain in custody.", "arrested", 3)]
    [InlineData("On 3 May the militia killed the village chief, his wife and their son.", "killed", 3)]
    [InlineData("On 3 May 30 police were deployed to the square, opened fire and killed a boy.", "killed", 1)]
    public void Find_CountsSmallGroupsInAList_AndStopsAtAnotherVerb(string sentence, string key, int figure)
    {
        var events = UpstreamDoc.Events(sentence, Published);

        Assert.Contains(events, e => e.Counts.TryGetValue(key, out var count) && count.Min == figure && count.Max == figure);
    }

    [Fact]
    public void Find_CountsTheDead_NotTheBodiesFoundAmongThem()
    {
        var events = UpstreamDoc.Events(
            "Doctors have recorded 61 deaths in Ostrel since 3 May, and say that at least 20 bodies were recovered from the river.",
            Published);

        Assert.Equal(61, Assert.Single(events).Counts["killed"].Min);
    }

    [Theory]
    [InlineData("The bodies of evidence gathered by the commission point to the army.")]
    [InlineData("The governor claimed the lives of the passengers were never at risk.")]
    public void Find_TakesNoBodiesOrLivesOfThings_ForTheDead(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "killing");
    }

    [Fact]
    public void Find_TakesNoTreatyBodies_ForTheDead()
    {
        Assert.Empty(UpstreamDoc.Events("The treaty bodies of the United Nations met in Geneva on 3 May.", Published));
    }

    [Fact]
    public void Find_ReadsProtestersChargedWithAnOffence_AsALegalStep()
    {
        var events = UpstreamDoc.Events("On 3 May police charged the protesters with unlawful assembly in Ostrel.", Published);

        Assert.Equal("legal_action", Assert.Single(events).Type);
    }

    [Fact]
    public void Find_ReadsPoliceChargingACrowd_AsAnAttack_NotACharge()
    {
        var events = UpstreamDoc.Events("On 3 May riot police charged the crowd outside the court in Ostrel.", Published);

        Assert.Equal("attack", Assert.Single(events).Type);
    }

    [Fact]
    public void Find_LetsAnExactFigure_RefineAVagueOneForTheSameIncident()
    {
        var events = UpstreamDoc.Events(
            "On 3 May soldiers fired on marchers in Ostrel and dozens were killed. Hospital staff later counted 38 dead from the shooting in Ostrel.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal(38, killing.Counts["killed"].Min);
        Assert.Equal(38, killing.Counts["killed"].Max);
    }

    [Theory]
    [InlineData("On 3 May police fired live rounds at demonstrators in Ostrel.", "attack")]
    [InlineData("On 3 May a car bomb wrecked the checkpoint outside Ostrel.", "attack")]
    [InlineData("On 3 May gunmen ambushed a convoy of aid workers near Ostrel.", "attack")]
    [InlineData("On 3 May the militia blocked food deliveries to Ostrel.", "siege")]
    public void Find_ReadsActsToldWithoutTheCommonVerbs(string sentence, string type)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Type == type);
    }

    [Fact]
    public void Find_TakesNoAccidentalExplosion_ForAnAttack()
    {
        Assert.Empty(UpstreamDoc.Events("On 3 May fuel containers exploded in a warehouse in Ostrel.", Published));
    }

    [Fact]
    public void Find_DatesNoHarm_ByTheDayItWasToldOn()
    {
        var events = UpstreamDoc.Events("On Sunday the provincial governor said that three people had been killed in Ostrel.", Published);

        var killing = Assert.Single(events);
        Assert.NotEqual(new DateOnly(2016, 5, 15), killing.Date?.Start);
    }

    [Fact]
    public void Find_DatesATally_ByTheSinceClauseAfterIt()
    {
        var events = UpstreamDoc.Events("More than 1,200 people have been arrested since the strikes began on 3 May.", Published);

        var arrests = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(new DateOnly(2016, 5, 3), arrests.Date!.Value.Start);
    }

    [Fact]
    public void Find_LeavesAnOpeningDate_ToTheMainClause_NotARelativeOne()
    {
        var events = UpstreamDoc.Events("On 3 May the court freed 12 activists who had been held since January.", Published);

        var detention = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(1, detention.Date!.Value.Start.Month);
    }

    [Theory]
    [InlineData("Two of the five journalists arrested on Monday in Varn have been released.", 5)]
    [InlineData("Two of the five journalists were arrested on Monday in Varn.", 2)]
    public void Find_APartOfAWhole_CountsWhoWasArrested(string text, long arrested)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal(arrested, ev.Counts["arrested"].Min);
    }

    [Theory]
    [InlineData("At least seven people, among them a nurse and two children, were killed in Varn on 14 May.", "killed", 7)]
    [InlineData("Nine soldiers and at least 20 militants died in the fighting in Varn on 14 May.", "killed", 29)]
    [InlineData("The bodies of a man and two teenagers were found on a roadside outside Varn on 15 May.", "killed", 3)]
    [InlineData("Health officials in Varn said the number of dead had climbed to 37, with 112 others being treated for wounds.", "killed", 37)]
    [InlineData("The number of executions in Varn rose to 45 this year.", "executed", 45)]
    [InlineData("Her husband and two sons were killed in Varn on 14 May.", "killed", 3)]
    public void Find_CountsTheWholeOfAToldGroup(string text, string key, long count)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)), e => e.Counts.ContainsKey(key));

        Assert.Equal(count, ev.Counts[key].Min);
    }

    [Fact]
    public void Find_AFiguredTotalBroughtTo_IsATallyBesideTheDaysAct()
    {
        var events = UpstreamDoc.Events(
            "Two men were publicly hanged in Varn on Monday, bringing to 45 the number of executions this year.", new DateOnly(2016, 5, 20));

        Assert.Contains(events, e => e.Counts.TryGetValue("executed", out var day) && day.Min == 2);
        Assert.Contains(events, e => e.Counts.TryGetValue("executed", out var year) && year.Min == 45);
    }

    [Fact]
    public void Find_AWitnessesKinTaken_IsAPartOfTheTotalToldAfter()
    {
        var events = UpstreamDoc.Events(
            "Soldiers raided the village of Ngoma on the night of 28 April. \"They took my husband and my two sons,\" said one woman. "
            + "Residents said at least seven men were taken away that night.",
            new DateOnly(2016, 5, 20));

        var abduction = Assert.Single(events);
        Assert.Equal(7, abduction.Counts["abducted"].Min);
    }
}
