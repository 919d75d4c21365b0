namespace Dossier.Text.Tests.Events;

/// <summary>People taken, a named person taken from home, and one person's body found (our own sentences).</summary>
public sealed class TakenAndFoundTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May soldiers took Anna Varn from her home in Tarvo.")]
    [InlineData("On 3 May soldiers took Anna Varn, 32, from her home in Tarvo.")]
    [InlineData("On 3 May masked men took Jon Pel away.")]
    [InlineData("On 3 May men in plain clothes forced her into an unmarked van in Tarvo.")]
    [InlineData("On 3 May soldiers took him from a bus stop on the road to Tarvo.")]
    [InlineData("On 3 May soldiers took Anna Varn from a bus stop in Tarvo.")]
    public void Find_ANamedPersonTakenAway_IsAnAbduction(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("abduction", "2016-05-03"), (ev.Type, ev.Date?.ToIso()));
    }

    [Theory]
    [InlineData("On 3 May soldiers took a teacher and a nurse away.", 2, "a teacher and a nurse")]
    [InlineData("On 3 May soldiers took my husband and four other men from the house in Tarvo.", 5, "my husband and four other men")]
    public void Find_PeopleListedInsideTheTakingPhrase_AreCountedOneByOne(string text, int taken, string said)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("abduction", ev.Type);
        Assert.Equal(taken, ev.Counts["abducted"].Min);
        Assert.Equal(said, text[ev.Counts["abducted"].Span.Start..ev.Counts["abducted"].Span.End]);
    }

    [Theory]
    [InlineData("On 3 May soldiers took the keys from the house.")]
    [InlineData("On 3 May soldiers took the harvest away.")]
    [InlineData("On 3 May soldiers took Tarvo from the rebels.")]
    public void Find_TakingThingsOrPlaces_IsNoAbduction(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "abduction");
    }

    [Theory]
    [InlineData("Forensic officials in Tarvo say fewer than thirty bodies have been identified so far.")]
    [InlineData("Fourteen bodies were returned to their families in Tarvo on 3 May.")]
    public void Find_BodiesIdentifiedOrReturned_AreNoKillingOfTheirOwn(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "killing");
    }

    [Theory]
    [InlineData("Her bullet-riddled body was found near Tarvo on 3 May.", "Her bullet-riddled body")]
    [InlineData("On 3 May a body was found in the river at Tarvo.", "a body")]
    public void Find_OnePersonsBodyFound_CountsOneKilled(string text, string said)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("killing", ev.Type);
        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.Equal(said, text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }

    [Theory]
    [InlineData("Gunmen stormed a school in Tarvo on 3 May. The head teacher said 129 pupils had been taken.", 129)]
    [InlineData("On 3 May two men were taken by soldiers in Tarvo and have not been seen since.", 2)]
    public void Find_PeopleTaken_IsAnAbductionWithItsFigure(string text, int taken)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "abduction" || e.Also.Contains("abduction"));

        Assert.Equal(taken, ev.Counts["abducted"].Min);
    }

    [Theory]
    [InlineData("On 3 May three men were taken to hospital in Tarvo.")]
    [InlineData("On 3 May the activists were taken into custody in Tarvo.")]
    [InlineData("On 3 May steps were taken to calm Tarvo.")]
    [InlineData("On 3 May his passport was taken at the border.")]
    public void Find_TakenSomewhereOrNotPeople_IsNoAbduction(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "abduction" || e.Also.Contains("abduction"));
    }

    [Fact]
    public void Find_KnownPeopleSeizedFromAPlace_IsAnAbductionNotDatedByTheRetraction()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "The army on 5 May took back its claim that nearly all of the pupils seized from a boarding school in Tarvo had been freed.", Published));

        Assert.Equal("abduction", ev.Type);
        Assert.Null(ev.Date); // the 5 May is the day of the retraction, not of the seizing
    }

    [Fact]
    public void Find_HarmToldToListeners_TakesNoDateFromTheSentenceBefore()
    {
        var events = UpstreamDoc.Events(
            "The head teacher spoke to parents in Tarvo on 5 May. She told reporters that 129 pupils had been taken.", Published);

        var ev = Assert.Single(events, e => e.Type == "abduction");
        Assert.NotEqual("2016-05-05", ev.Date?.ToIso());
    }

    [Theory]
    [InlineData("On 3 May the activist Ana Varn was found shot dead near Tarvo.", 1)]
    [InlineData("On 3 May three men were found shot dead near Tarvo.", 3)]
    [InlineData("On 3 May the lawyer Jon Pel was found stabbed to death in his office in Tarvo.", 1)]
    public void Find_PeopleFoundKilled_AreVictimsNotActors(string text, int killed)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("killing", (long)killed), (ev.Type, ev.Counts["killed"].Min));
        Assert.Empty(ev.Perpetrators);
    }

    [Fact]
    public void Find_TheRemainsOfPeople_CountTheDead_AndTheRemainsOfThingsDoNot()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 3 May the families found the remains of eleven people in a grave near Tarvo.", Published));
        Assert.Equal(("killing", 11L), (ev.Type, ev.Counts["killed"].Min));

        Assert.Empty(UpstreamDoc.Events("The remains of the old market were cleared on 3 May.", Published));
    }

    [Fact]
    public void Find_PeopleFromAPlaceWhoDisappeared_AreCounted()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "He was one of at least 46 young men from the district who disappeared between 2007 and 2010.", Published));

        Assert.Equal(("abduction", 46L), (ev.Type, ev.Counts["abducted"].Min));
    }

    [Theory]
    [InlineData("On 3 May soldiers shot two protesters in the legs in Tarvo.", 2)]
    [InlineData("On 3 May police shot and wounded two protesters in Tarvo.", 2)]
    [InlineData("On 3 May a student was shot in the chest near the university in Tarvo.", 1)]
    public void Find_PeopleShot_AreHurt(string text, int hurt)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("attack", (long)hurt), (ev.Type, ev.Counts["injured"].Min));
    }

    [Theory]
    [InlineData("On 3 May soldiers shot inmates in Tarvo.")]
    [InlineData("On 3 May guards were seen shooting inmates in Tarvo.")]
    public void Find_ShotOrShootingPeople_IsAnAttack_WhicheverWordTellsIt(string text)
    {
        Assert.Equal("attack", Assert.Single(UpstreamDoc.Events(text, Published)).Type);
    }

    [Theory]
    [InlineData("On 3 May soldiers shot their cattle in Tarvo.")]
    [InlineData("The crew shot a documentary in Tarvo on 3 May.")]
    [InlineData("On 3 May the photographer shot the whole ceremony.")]
    public void Find_ShootingAFilm_IsNoAttack(string text)
    {
        Assert.Empty(UpstreamDoc.Events(text, Published));
    }

    [Fact]
    public void Find_OneShotWhoDied_IsCountedAmongTheDeadOnly()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 3 May a student was shot in the chest near the university in Tarvo and died in hospital.", Published));

        Assert.Equal(("killing", 1L), (ev.Type, ev.Counts["killed"].Min));
        Assert.False(ev.Counts.ContainsKey("injured"));
    }

    [Fact]
    public void Find_KinTakenInATestimony_AreAbducted()
    {
        var events = UpstreamDoc.Events("A farmer said the militiamen came on 3 May. \"They broke down our door and took my two sons.\"", Published);

        Assert.Equal(2, Assert.Single(events, e => e.Type == "abduction").Counts["abducted"].Min);
        Assert.Empty(UpstreamDoc.Events("On 3 May soldiers took our land.", Published));
    }

    [Theory]
    [InlineData("The journalist Ana Vell had been the victim of a deliberate, premeditated execution carried out by agents in Tarvo on 3 May.")]
    [InlineData("The journalist Ana Vell had been the victim of \"a deliberate, premeditated execution\" carried out by agents in Tarvo on 3 May.")]
    public void Find_OnePersonTheVictimOfAnAct_CountsOne(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("killing", 1L), (ev.Type, ev.Counts["killed"].Min));
    }

    [Fact]
    public void Find_ConfinedToHisHome_IsAnArrest()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 3 May the opposition leader was confined to his home.", Published));

        Assert.Equal(("arrest", "2016-05-03"), (ev.Type, ev.Date?.ToIso()));
    }

    [Fact]
    public void Find_TheAuthoritiesFigureForANamedCrowd_CountsTheProtest()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 3 May the authorities put the Tarvo crowd at 4,000.", Published));

        Assert.Equal(("protest", 4000L), (ev.Type, ev.Counts["participants"].Min));
    }

    [Fact]
    public void Find_SoldiersSeenShootingInmates_IsAnAttackByThem()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Witnesses had seen soldiers shooting inmates who had already surrendered on 3 May.", Published));

        Assert.Equal("attack", ev.Type);
        Assert.Equal("soldiers", Assert.Single(ev.Perpetrators).Name);
    }

    [Theory]
    [InlineData("The shooting range in Tarvo was closed on 3 May.")]
    [InlineData("On 3 May the crew went on shooting the final scenes of the film.")]
    public void Find_ShootingWithNoPeopleShot_IsNoAttack(string text)
    {
        Assert.Empty(UpstreamDoc.Events(text, Published));
    }

    [Fact]
    public void Find_PeopleTakenAway_AreAbducted_OnTheDayThatOpensTheSentence()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "In Tesso, on the night of 3 May, about twenty armed men went from house to house and took away nine young men.",
            new DateOnly(2016, 5, 20)));

        Assert.Equal(("abduction", "2016-05-03", 9L), (ev.Type, ev.Date?.ToIso(), ev.Counts["abducted"].Min));
    }

    [Fact]
    public void Find_ThingsTakenAway_AreNoAbduction()
    {
        Assert.Empty(UpstreamDoc.Events("The raiders took away the cattle on 3 May.", new DateOnly(2016, 5, 20)));
    }
    [Theory]
    [InlineData("On 3 May the raiders took away eleven girls from the school in Tesso.")]
    [InlineData("On 3 May the raiders took 11 girls from the school in Tesso.")]
    public void Find_ReadsPeopleTakenAwayFromAPlace_AsAnAbductionOfThatMany(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("abduction", ev.Type);
        Assert.Equal(11, ev.Counts["abducted"].Min);
    }

    [Theory]
    [InlineData("On 3 May about 40 men were lined up and shot in Tesso.")]
    [InlineData("On 3 May the men of Tesso, about 40 of them, were lined up near the school and shot.")]
    public void Find_ReadsMenLinedUpAndShot_AsKilled(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("killing", ev.Type);
        Assert.Equal(40, ev.Counts["killed"].Min);
        Assert.Empty(ev.Perpetrators);
    }

    [Theory]
    [InlineData("On 3 May the detainees, 30 in all, were beaten by guards in Tesso.", "injured", 30)]
    [InlineData("On 3 May the villagers, about 25 of them, were taken away by gunmen.", "abducted", 25)]
    public void Find_CountsAFigureSetOffAfterThePassivesSubject(string text, string key, int figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(figure, ev.Counts[key].Min);
    }

    [Fact]
    public void Find_DatesAWitnesssStory_ThatGoesOnFromTheSentenceBefore()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May the raiders entered Tesso. A nurse told us that they took away 11 girls from the clinic.", Published));

        Assert.Equal(new DateOnly(2016, 5, 3), ev.Date!.Value.Start);
    }
    [Fact]
    public void Find_AnAdverbialSinceAtTheEnd_DoesNotMakeATally()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May the raiders entered Tesso. They took away 11 girls from the clinic, none of whom has been seen since.", Published));

        Assert.Equal(new DateOnly(2016, 5, 3), ev.Date!.Value.Start);
    }

    [Fact]
    public void Find_ADayInAWitnesssQuotedWords_DoesNotDateTheNextAct()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "The raiders reached Tesso on 3 May. \"We buried them the next day,\" a farmer said. " +
            "\"They took my two sons,\" said another. Survivors said the men, about 30 of them, were lined up and shot.",
            Published), e => e.Type == "killing");

        Assert.NotEqual(new DateOnly(2016, 5, 4), ev.Date?.Start);
    }
    [Theory]
    [InlineData("On 3 May officers took the two men to an undisclosed location.", 2)]
    [InlineData("On 3 May three students were taken to an unknown location by men in plain clothes.", 3)]
    public void Find_ReadsPeopleTakenToAnUnknownPlace_AsAnAbduction(string text, int figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("abduction", ev.Type);
        Assert.Equal(figure, ev.Counts["abducted"].Min);
    }

    [Fact]
    public void Find_CountsPeopleWhoHadBeenHospitalised_AsInjured()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Police said 14 people had been hospitalised after the clashes in Tesso on 3 May.", Published));

        Assert.Equal(14, ev.Counts["injured"].Min);
    }
    [Theory]
    [InlineData("Her son was taken by soldiers in Tesso on 3 May.", "abduction")]
    [InlineData("My brother was picked up by men in plain clothes in Tesso on 3 May.", "arrest")]
    public void Find_AKinsmanSeizedInThePassive_IsSeized(string text, string type)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(type, ev.Type);
    }

    [Fact]
    public void Find_AWitnessWhoSawSoldiersShoot_CountsThoseShot()
    {
        var ev = Assert.Single(UpstreamDoc.Events("\"I saw soldiers shoot three men in Tesso on 3 May,\" a witness said.", Published));

        Assert.Equal(3, ev.Counts["injured"].Min);
        Assert.Equal("soldiers", Assert.Single(ev.Perpetrators).Name);
    }
}
