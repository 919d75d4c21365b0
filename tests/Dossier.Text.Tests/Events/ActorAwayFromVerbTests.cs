namespace Dossier.Text.Tests.Events;

/// <summary>Perpetrators named away from the act's own verb (our own sentences).</summary>
public sealed class ActorAwayFromVerbTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("Border police said on 3 May 2016 that fourteen smugglers had been arrested near the crossing.", "Border police")]
    [InlineData("According to the prison service, nine inmates were executed in April 2016.", "prison service")]
    public void Find_TakesTheAnnouncingAuthority_AsTheActorOfItsOwnArrestsAndExecutions(string text, string perpetrator)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == perpetrator);
    }

    [Fact]
    public void Find_TakesTheShooter_OfTheProjectileThatKilled()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Jon Pel died in Tarvo in 2015 after being struck by a projectile fired by the riot police.", Published));

        Assert.Equal(["riot police"], ev.Perpetrators.Select(p => p.Name));
    }

    [Fact]
    public void Find_ConvictingOfObstructingJustice_IsNoSiege_AndItsMeansNoActor()
    {
        var events = UpstreamDoc.Events("In May 2016 the court in Tarvo convicted two editors of obstructing justice by publishing secret files.", Published);

        var ev = Assert.Single(events);
        Assert.Equal("legal_action", ev.Type);
        Assert.DoesNotContain(ev.Perpetrators, p => p.Name.Contains("publishing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In 2015 six villagers in Tarvo were killed by retreating soldiers.", "retreating soldiers")]
    [InlineData("In 2015 soldiers opened fire on a crowd in Tarvo that was marching to the square.", "soldiers")]
    public void Find_KeepsTheActor_NamedWithAnIngWordOrBeforeARelativeThat(string text, string actor)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == actor);
    }

    [Fact]
    public void Find_TakesNoActor_FromPeopleAParticipleDescribes()
    {
        var events = UpstreamDoc.Events("Fourteen of the men arrested in that raid in Tarvo were later sentenced to eight months in prison.", Published);

        Assert.All(events, e => Assert.Empty(e.Perpetrators));
    }

    [Fact]
    public void Find_KeepsTheActor_OfAVerbWithAPhraseBeforeItsObject()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Gunmen killed in cold blood three farmers in Tarvo who were working in the field.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "Gunmen");
    }

    [Fact]
    public void Find_LeavesTheDateOut_OfACourtNamedAfterIt()
    {
        var events = UpstreamDoc.Events("The 14 men were sentenced in Tarvo on 4 May 2016, and on 17 May the same court gave 13 others two years each.", Published);

        Assert.DoesNotContain(events.SelectMany(e => e.Perpetrators), p => p.Name.Contains("May", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Oxfam said some 12,000 people had crossed into Chad in early May.")]
    [InlineData("Oxfam said 900 families had abandoned their homes near Goz Beida.")]
    public void Find_TakesNoActor_ForPeopleWhoCrossOrLeaveOfTheirOwnAccord(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("displacement", ev.Type);
        Assert.Empty(ev.Perpetrators);
    }

    [Theory]
    [InlineData("Fighters loyal to the general held 70 civilians hostage on 3 May 2016.", "Fighters loyal to the general")]
    [InlineData("On 3 May 2016 government troops loyal to Colonel Brandt killed 12 villagers.", "government troops loyal to Colonel Brandt")]
    [InlineData("The massacre of 3 May 2016 was carried out by militias loyal to the governor.", "militias loyal to the governor")]
    public void Find_TakesTheLoyalAgents_AndStopsBeforeTheAct(string text, string perpetrator)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == perpetrator);
    }

    [Fact]
    public void Find_TakesTheSubject_PastAMannerAdverb()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Soldiers and foreign fighters summarily executed 50 men in Tarn on 3 May 2016.", Published));

        Assert.Equal("killing", ev.Type); // a summary execution has no court behind it
        Assert.Contains(ev.Perpetrators, p => p.Name == "Soldiers and foreign fighters");
    }

    [Fact]
    public void Find_TakesNoActor_ForAVerbThatDescribesACountedNoun()
    {
        var ev = Assert.Single(UpstreamDoc.Events("In April 2016 a rights group put the number of civilians killed at around 300.", Published));

        Assert.Empty(ev.Perpetrators);
    }

    [Fact]
    public void Find_GivesAParticiple_TheSubjectOfTheMainClause()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 3 May 2016 police used live ammunition, killing at least four protesters.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "police");
    }

    [Theory]
    [InlineData("On 3 May 2016 soldiers went from house to house in Tarn, dragging men out of their beds and beating them with rifle butts.", "soldiers")]
    [InlineData("On 3 May 2016 police moved in and cleared the square in Tarn, beating people as they ran.", "police")]
    public void Find_GivesAParticiple_TheSubjectOfAMainClauseWithAnyPastVerb(string text, string actor)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("attack", "2016-05-03"), (ev.Type, ev.Date?.ToIso()));
        Assert.Contains(ev.Perpetrators, p => p.Name == actor);
    }

    [Fact]
    public void Find_GivesAParticipleAfterARelativeClause_TheNounItsWhoFollows()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "The unit said it had been searching for rebels who had ambushed a patrol near Tarn on 3 May 2016, killing two soldiers.", Published));

        Assert.Equal(["rebels"], ev.Perpetrators.Select(p => p.Name));
    }

    [Theory]
    [InlineData("On 3 May 2016 a strike hit the hospital in Tarn, which the charity Ostrel Aid supported, killing nine people.")]
    [InlineData("The ministry said on 3 May 2016 that the men had been convicted of forming cells, attacking police posts and spreading strife.")]
    public void Find_GivesAParticiple_NoSubjectFromARelativeOrReportedClause(string text)
    {
        Assert.All(UpstreamDoc.Events(text, Published), e => Assert.DoesNotContain(e.Perpetrators, p => p.Name.Contains("Ostrel Aid", StringComparison.Ordinal) || p.Name.Contains("ministry", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_DoesNotTakeTheAnnouncer_AsTheKiller()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Provincial police said on 3 May 2016 that six herders had been killed near the dam.", Published));

        Assert.DoesNotContain(ev.Perpetrators, p => p.Name.Contains("police", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Find_SharesTheSubject_OfTwoCoordinatedVerbs()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Masked officers forced open the gates at dawn on 3 May 2016 and beat the night watchmen.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "Masked officers");
    }

    [Fact]
    public void Find_DoesNotShareASubject_IntoARelativeClause()
    {
        var events = UpstreamDoc.Events(
            "A tribunal on 3 May 2016 convicted Colonel Brandt, who commanded the army's border units, and sentenced him to ten years.", Published);

        Assert.DoesNotContain(events, e => e.Perpetrators.Any(p => p.Name.Contains("commanded", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_TakesAnActingBody_ThatOwnsALegalStep()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The navy's internal inquiry, completed in April 2016, blamed two officers.", Published));

        Assert.Equal("legal_action", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == "navy");
    }

    [Fact]
    public void Find_TakesACountryAsSubject_AsTheActingState()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Egypt deported forty asylum seekers on 3 May 2016.", Published));

        Assert.Equal("displacement", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == "Egypt");
    }

    [Fact]
    public void Find_TakesAPlaceOpeningTheClause_AsNoActor()
    {
        var ev = Assert.Single(UpstreamDoc.Events("In Egypt forty asylum seekers were deported on 3 May 2016.", Published));

        Assert.DoesNotContain(ev.Perpetrators, p => p.Name.Contains("Egypt", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_TakesAPluralAgentNoun_AsTheActor()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Mobs looted shops in the old market on 3 May 2016.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "Mobs");
    }

    [Fact]
    public void Find_TakesAForceOwningAnAct_ButNotAPersonOwningIt()
    {
        var attacks = UpstreamDoc.Events("The militia's attacks on the valley in April 2016 were condemned by the council.", Published);
        var murder = UpstreamDoc.Events("Mr Otieno's murder in April 2016 shocked the town.", Published);

        Assert.Contains(attacks, e => e.Perpetrators.Any(p => p.Name == "militia"));
        Assert.DoesNotContain(murder, e => e.Perpetrators.Any(p => p.Name.Contains("Otieno", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_TakesTheSubject_OfACarriedOutActSeveralWordsOn()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Rebel fighters carried out three more deadly raids in April 2016.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "Rebel fighters");
    }

    [Fact]
    public void Find_DoesNotTakeTheBodyExaminingAnAct_AsItsActor()
    {
        var events = UpstreamDoc.Events("The commission opened a formal examination of the killings in April 2016.", Published);

        Assert.DoesNotContain(events, e => e.Type == "killing" && e.Perpetrators.Any(p => p.Name.Contains("commission", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Find_TakesTheSubject_OfAWaveOfActsItCarriedOut()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Since March 2016 the authorities have carried out a wave of arrests in the north.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "authorities");
    }

    [Fact]
    public void Find_TakesACountryAsSubject_AfterAnOpeningDate()
    {
        var ev = Assert.Single(UpstreamDoc.Events("In March 2016 Egypt deported forty asylum seekers to Sudan.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "Egypt");
    }

    [Fact]
    public void Find_DoesNotTakeACountryAfterAPlace_AsTheActingState()
    {
        var events = UpstreamDoc.Events(
            "On 3 May 2016 a shell hit the clinic in Aden province, Yemen, which the charity ran, killing six patients.", Published);

        Assert.DoesNotContain(events, e => e.Perpetrators.Any(p => p.Name == "Yemen"));
    }

    [Fact]
    public void Find_TakesTheSubject_BeforeARelativeAside()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Mr Rahimi, who denies any wrongdoing, has since filed a lawsuit against the newspaper.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name.Contains("Rahimi", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_TakesTheWhenClausesForce_AsTheActorOfAnIncidentNoun()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Relatives still mourn the massacre of 3 May 2016, when soldiers cleared the camp.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == "soldiers");
    }

    [Fact]
    public void Find_DoesNotTakeWhatCameBefore_AsTheActorOfAnIncidentNoun()
    {
        var events = UpstreamDoc.Events(
            "The arrest on 3 May 2016 came a day after a government commission published its findings.", Published);

        Assert.DoesNotContain(events, e => e.Type == "arrest" && e.Perpetrators.Any(p => p.Name.Contains("government", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Riot police fired tear gas at the marchers on 3 May 2016.", "Riot police")]
    [InlineData("On 3 May 2016 soldiers shot into the crowd outside the station.", "soldiers")]
    [InlineData("On 3 May 2016 gangs dressed in black beat commuters at the market.", "gangs dressed in black")]
    public void Find_TakesTheSubject_OfWeaponsFiredAndShotsAndBeatings(string text, string perpetrator)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("attack", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == perpetrator);
    }

    [Fact]
    public void Find_ReadsPluralLegalSteps_WithTheirActors()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "The army and the interior ministry have each opened their own inquiries into the raid of 3 May 2016.", Published), e => e.Type == "legal_action");

        Assert.NotEmpty(ev.Perpetrators);
    }

    [Fact]
    public void Find_TakesTheKeeperOfTheCustody_AsTheActorOfHarmThere()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Two students said they were beaten in army custody in April 2016.", Published));

        Assert.Equal("torture", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == "army");
    }

    [Fact]
    public void Find_TakesTheCountry_WhereExecutionsAreCarriedOut()
    {
        var ev = Assert.Single(UpstreamDoc.Events("In April 2016 at least forty people were hanged in Iran.", Published));

        Assert.Equal("execution", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == "Iran");
    }

    [Fact]
    public void Find_SharesASubjectNamingMembersOfAForce()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May 2016 members of the presidential guard surrounded the hall and beat the delegates.", Published));

        Assert.Contains(ev.Perpetrators, p => p.Name.Contains("presidential guard", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_GivesAnActInASeriesOfPastActs_TheSeriesSubject()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May 2016 police officers in plain clothes stopped her car near Tarn, forced her into an unmarked van and drove her away.", Published));

        Assert.Equal("abduction", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == "police officers in plain clothes");
    }

    [Fact]
    public void Find_GivesNoActor_AfterARelativeClauseAboutTheVictim()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May 2016 Od Vanel, an activist who had been granted refugee status, disappeared in Tarn.", Published));

        Assert.Empty(ev.Perpetrators);
    }
    [Theory]
    [InlineData("The Northern Defence Brigades (NDB) attacked the village of Tarn on 3 May 2016, killing 14 people.", "Northern Defence Brigades")]
    [InlineData("Soldiers and local auxiliaries (VDPs) shot dead 14 people in Tarn on 3 May 2016.", "Soldiers and local auxiliaries")]
    public void Find_TakesTheSubject_BeforeItsShortFormInBrackets(string text, string perpetrator)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == perpetrator);
    }

    [Theory]
    [InlineData("Soldiers executed at least 30 men in Tarn on 3 May 2016.")]
    [InlineData("On 3 May 2016 the rebels executed six hostages near Tarn.")]
    [InlineData("On 3 May 2016 six hostages were executed by the rebels near Tarn.")]
    public void Find_ReadsAnExecutionByArmedMenInTheField_AsAKilling(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type is "killing" or "execution");

        Assert.Equal("killing", ev.Type);
        Assert.True(ev.Counts.ContainsKey("killed"));
    }

    [Theory]
    [InlineData("On 3 May 2016 three rebels were executed in Tarn prison.")]
    [InlineData("On 3 May 2016 the authorities executed two men convicted of murder.")]
    public void Find_KeepsAnExecutionBySentence_WhenArmedMenAreTheExecuted(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type is "killing" or "execution");

        Assert.Equal("execution", ev.Type);
    }
    [Fact]
    public void Find_TakesNoActor_FromTheObjectOfAnInfinitive()
    {
        var events = UpstreamDoc.Events(
            "On 3 May 2016 police detained 19 men in Tarn. We urge the government to open an inquiry and to release the men detained in Tarn.",
            Published);

        Assert.DoesNotContain(events.SelectMany(e => e.Perpetrators), p => p.Name.Contains("release"));
    }
    [Theory]
    [InlineData("In the worst case, gunmen entered a house in Tarn on 3 May 2016 and killed a teacher and her husband.", "gunmen")]
    [InlineData("Fighting between two rebel factions forced 1,200 people from their homes in Tarn in May 2016.", "two rebel factions")]
    public void Find_TakesTheActor_PastAnOpeningPhraseOrAFightsBetween(string text, string actor)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(actor, Assert.Single(ev.Perpetrators).Name);
    }
}
