namespace Dossier.Text.Tests.Events;

/// <summary>The arguments of found incidents: figures, places, countries, dates and perpetrators.</summary>
public sealed class EventArgumentTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("Nine people were killed and 14 wounded when a mortar hit the market in April 2016.", "injured", 14)]
    [InlineData("Police said 73 arrested were later released in April 2016.", "arrested", 73)]
    [InlineData("About 250 villagers who fled the shelling in April 2016 are sleeping in tents.", "displaced", 250)]
    [InlineData("The number of people killed in the clashes of April 2016 rose to 61.", "killed", 61)]
    [InlineData("A nurse was shot dead outside the clinic in April 2016.", "killed", 1)]
    [InlineData("A young reporter was arrested at the border in April 2016.", "arrested", 1)]
    [InlineData("Ten villagers, among them three children, had been killed in the raids in April 2016.", "killed", 10)]
    [InlineData("The two, who had been filming the march, were arrested on 12 April 2016.", "arrested", 2)]
    [InlineData("Rights groups condemned the killing of nine farmers at the well in April 2016.", "killed", 9)]
    [InlineData("A clinic received the bodies of fourteen men after the air strike in April 2016.", "killed", 14)]
    [InlineData("Thousands of mourners joined the rally in April 2016.", "participants", 2000)]
    [InlineData("About 1,200 dock workers had been on strike since April 2016.", "participants", 1200)]
    [InlineData("Monitors put the number of people killed in the April 2016 raids at close to 400.", "killed", 400)]
    [InlineData("The court freed a Kenyan engineer arrested in the port in March 2016.", "arrested", 1)]
    public void Find_TiesFigure_InIndirectPhrasings(string text, string key, long value)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.True(ev.Counts.TryGetValue(key, out var count), $"no {key} count in {string.Join(",", ev.Counts.Keys)}");
        Assert.Equal(value, count.Min);
    }

    [Fact]
    public void Find_LeftDead_MakesTheAttackAKilling()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The car bomb attack left 17 people dead in April 2016.", Published));

        Assert.Equal("killing", ev.Type);
        Assert.Contains("attack", ev.Also);
    }

    [Fact]
    public void Find_DoesNotCountAnAge_AsVictims()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Soldiers killed a 12-year-old boy near the well in April 2016.", Published));

        // One boy was killed (a single victim counts one, samples/README.md); his age is no figure of victims.
        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.Equal(1, ev.Counts["killed"].Max);
    }

    [Fact]
    public void Find_DoesNotCount_AnotherOfUnnamedVictims()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Another man was arrested at the border in April 2016.", Published));

        Assert.False(ev.Counts.ContainsKey("arrested"));
    }

    [Fact]
    public void Find_DoesNotTakeSubjectFigure_FromAnEarlierClause()
    {
        var events = UpstreamDoc.Events("Four guards were killed at the depot in April 2016 and the 30 prisoners were abducted by the raiders.", Published);

        var ev = Assert.Single(events);
        Assert.Equal(4, ev.Counts["killed"].Min);
        Assert.Equal(30, ev.Counts["abducted"].Min);
    }

    [Fact]
    public void Find_TakesPlace_FromAnEarlierSentenceOfTheParagraph()
    {
        const string text = "Troops surrounded the old quarter of Mosul before dawn on 3 April 2016. Eleven men were shot dead in the courtyard of a mosque.";

        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal("Mosul", killing.Location?.Name);
        Assert.Equal("IQ", killing.CountryCode);
    }

    [Fact]
    public void Find_GivesTheReportsPlace_WhenTheParagraphNamesNoPlace()
    {
        const string text = "Students marched through Basra on 2 April 2016 to demand jobs.\n\nThe next week, two of the organisers were arrested at their homes.";

        var arrest = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "arrest");

        Assert.Equal("Basra", arrest.Location?.Name);
        Assert.Equal("IQ", arrest.CountryCode);
    }

    [Fact]
    public void Find_GivesTheReportsCountry_WhenNoPlaceLeads()
    {
        const string text = "Students marched through Basra and Najaf on 2 April 2016 to demand jobs.\n\nThe next week, two of the organisers were arrested at their homes.";

        var arrest = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "arrest");

        Assert.Null(arrest.Location);
        Assert.Equal("IQ", arrest.CountryCode);
    }

    [Fact]
    public void Find_SharesTheSentencesOnlyDate_BetweenItsIncidents()
    {
        var events = UpstreamDoc.Events("Soldiers opened fire on thousands of farmers gathered outside the ministry on 4 April 2016.", Published);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("2016-04-04", e.Date?.ToIso()));
    }

    [Fact]
    public void Find_DoesNotShareADate_AcrossAnAppositiveClause()
    {
        var events = UpstreamDoc.Events(
            "The agency said that the editor, a reporter arrested at the airport in March 2015, had been convicted by a military court.", Published);

        var legal = Assert.Single(events, e => e.Type == "legal_action");
        Assert.Null(legal.Date);
    }

    [Theory]
    [InlineData("Late on Thursday armed men attacked a police post outside the town.", "armed men")]
    [InlineData("In April 2016 a court in the capital sentenced the blogger to ten years.", "a court in the capital")]
    [InlineData("Riot police on Tuesday detained the union leaders.", "Riot police")]
    public void Find_NamesTheActingSubject_WithoutItsDate(string text, string perpetrator)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == perpetrator);
    }

    [Fact]
    public void Find_DatesTheActCountedBackFrom_AnAnniversary()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Friday marks three years since soldiers shot dead eleven fishermen near the harbour.", Published));

        Assert.Equal("killing", ev.Type);
        Assert.Equal("2013-05-20", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_DoesNotDateAnEarlierKilling_WithTheDayItWasReported()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The governor said on 12 May that 57 people had been killed in the district.", Published));

        Assert.Equal(57, ev.Counts["killed"].Min);
        Assert.Null(ev.Date);
    }

    [Theory]
    [InlineData("The governor told a news conference on 12 May that 57 people had been killed in the district.")]
    [InlineData("The governor told reporters on 12 May that 57 people had been killed in the district.")]
    [InlineData("The army said in a statement on 12 May that 57 people had been killed in the district.")]
    public void Find_DoesNotDateAnEarlierKilling_WithTheDayItWasToldToListeners(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(57, ev.Counts["killed"].Min);
        Assert.Null(ev.Date);
    }

    [Fact]
    public void Find_DatesAnActToldByWitnesses_ByItsOwnDay()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Witnesses told how police beat 12 journalists in Tarvo on 5 May.", Published), e => e.Type == "attack");

        Assert.Equal("2016-05-05", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_KeepsTheAnnouncedDay_ForAnArrest()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The police said on 12 May that 20 students had been arrested.", Published));

        Assert.Equal("2016-05-12", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_TakesTheFirstOfAlternativeFigures()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Witnesses described dozens and possibly hundreds of dead after troops fired on the crowd in April 2016.", Published));

        Assert.Equal((24, 99), (ev.Counts["killed"].Min, ev.Counts["killed"].Max));
        Assert.Contains(ev.Perpetrators, p => p.Name == "troops");
    }

    [Fact]
    public void Find_DoesNotDateAnAct_WithTheDayItPreceded()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Six guards had been killed in the week before the 3 April 2016 raid on the depot.", Published));

        Assert.Null(ev.Date);
    }

    [Fact]
    public void Find_GivesNoSubjectPerpetrator_ToAVerbUsedAsANoun()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Rights groups condemned the killing of nine farmers at the well in April 2016.", Published));

        Assert.Empty(ev.Perpetrators);
    }

    [Theory]
    [InlineData("Twelve miners were killed in April 2016 when police opened fire on the picket.", "police")]
    [InlineData("Rebel fighters launched a fresh assault on the garrison in April 2016.", "Rebel fighters")]
    [InlineData("In April 2016 the tribunal found the mayor guilty of fraud and sentenced him to six years.", "tribunal")]
    public void Find_NamesTheActor_OutsideTheTriggersOwnClause(string text, string perpetrator)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Contains(ev.Perpetrators, p => p.Name == perpetrator);
    }

    [Fact]
    public void Find_LeavesTheJoiningWord_OutOfASecondPerpetrator()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 4 May 2016 a jet dropped bombs on the crowd in Tarvo, and a helicopter gunship then fired on survivors.", Published));

        Assert.DoesNotContain(ev.Perpetrators, p => p.Name.StartsWith("and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ReadsTheStrikeAGeneralConfirmed_AsTheAirStrike()
    {
        var events = UpstreamDoc.Events(
            "An air strike on Tarvo killed 100 people on 4 May 2016. A spokesman, Major General Ivo Brant, confirmed the strike.", Published);

        Assert.DoesNotContain(events, e => e.Type == "protest");
    }

    [Fact]
    public void Find_LeavesThePartOfTheDay_OutOfThePerpetrator()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Late on Monday night gunmen abducted 20 pupils from a school in Tarvo.", Published));

        Assert.Equal("gunmen", Assert.Single(ev.Perpetrators).Name);
    }

    [Theory]
    [InlineData("Soldiers killed ten men by the river in Tarvo on 4 May 2016.")]
    [InlineData("Witnesses saw them kill ten men by the river in Tarvo on 4 May 2016.")]
    public void Find_DoesNotNameAPlaceAfterAnActiveVerb_AsItsAgent(string sentence)
    {
        var ev = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.DoesNotContain(ev.Perpetrators, p => p.Name.Contains("river", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DoesNotNameTheDead_AsPerpetrators()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The 40-year-old teacher Omar Haddad died in custody in April 2016.", Published));

        Assert.Empty(ev.Perpetrators);
    }

    [Fact]
    public void Find_EndsAByPhrase_AtItsVerb()
    {
        var ev = Assert.Single(UpstreamDoc.Events("A review led by a retired colonel had examined the torture of the prisoners in April 2016.", Published));

        Assert.DoesNotContain(ev.Perpetrators, p => p.Name.Contains("had", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DatesAnUndatedIncident_ByTheSentenceBeforeIt()
    {
        const string text = "Riot police cleared the square before dawn on 3 April 2016. Eight students were shot dead.";

        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal("2016-04-03", killing.Date?.ToIso());
    }

    [Fact]
    public void Find_DoesNotBorrowADate_FromAnotherParagraph()
    {
        const string text = "Riot police cleared the square before dawn on 3 April 2016.\n\nEight students were shot dead.";

        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Null(killing.Date);
    }

    [Fact]
    public void Find_ShowsAPlaceFirstPrintedInCapitals_InItsUsualForm()
    {
        const string text = "KABUL, Afghanistan, 20 May 2016 — Officials gave no details.\n\nGunmen shot dead four guards at a bank in Kabul on 18 May 2016.";

        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal("Kabul", killing.Location?.Name);
        Assert.Equal("AF", killing.CountryCode);
    }

    [Theory]
    [InlineData("A court in Varn on 3 May 2016 found three police officers guilty of murdering a student.", "three police officers")]
    [InlineData("Two soldiers were convicted of killing the farmer in Varn in April 2016.", "Two soldiers")]
    [InlineData("Witnesses accused the militia of killing ten farmers in Korr in April 2016.", "militia")]
    [InlineData("The massacre in Korr in April 2016, which was carried out by the militia, shocked the country.", "militia")]
    public void Find_NamesThePerpetrator_ACourtOrAccuserNames(string text, string perpetrator)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.Contains(events, e => e.Perpetrators.Any(p => p.Name == perpetrator));
    }

    [Theory]
    [InlineData("Police opened fire in April 2016 on buses that had been taken by students in Varn.", "students")]
    [InlineData("The wave of arrests in April 2016 was accompanied by reports of torture.", "reports of torture")]
    [InlineData("Outside the court, the mother of a man killed in April 2016 wept.", "Outside the court")]
    public void Find_DoesNotTakeAnotherVerbsAgent_AsThePerpetrator(string text, string wrong)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Perpetrators.Any(p => p.Name.Contains(wrong, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("In St Petersburg a riot police officer kicked a woman on 3 May.")]
    [InlineData("In Kessa a riot police officer kicked a woman on 3 May.")] // a place no gazetteer knows
    public void Find_ActorAfterAnOpeningPlace_LeavesThePlaceOut(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal("a riot police officer", Assert.Single(ev.Perpetrators).Name);
    }

    [Theory]
    [InlineData("On 3 May we found the bodies of five men by the well in Obi.")]
    [InlineData("On 3 May a boy was killed by a stray bullet in Obi.")]
    [InlineData("On 3 May most of the victims in Obi were killed by artillery fire and drone strikes.")]
    public void Find_ByAPlaceOrAWeapon_NamesNoActor(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Empty(ev.Perpetrators);
    }

    [Theory]
    [InlineData("On 3 May two students were taken away by men in plain clothes in Obi.", "men in plain clothes")]
    [InlineData("On 3 May two students were beaten by soldiers in uniform in Obi.", "soldiers in uniform")]
    [InlineData("On 3 May a blogger was beaten by unknown men outside his flat in Obi.", "unknown men")]
    public void Find_KeepsWhatTheAgentsWore_InTheirName(string text, string actor)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal(actor, Assert.Single(ev.Perpetrators).Name);
    }

    [Theory]
    [InlineData("On 3 May two children were killed by police fire in Obi.", "police")]
    [InlineData("On 3 May two children were killed by army gunfire in Obi.", "army")]
    public void Find_ByAForcesFire_NamesTheForce(string text, string actor)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal(actor, Assert.Single(ev.Perpetrators).Name);
    }

    [Theory]
    [InlineData("Human rights groups say security forces killed at least 120 protesters in Obi in March.", "security forces")]
    [InlineData("Witnesses said soldiers shot dead three men in Obi on 3 May.", "soldiers")]
    public void Find_ActorAfterAVerbOfSaying_LeavesTheSayerOut(string text, string actor)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal(actor, Assert.Single(ev.Perpetrators).Name);
    }

    [Theory]
    [InlineData("A woman said that on 3 May fighters rounded up about 40 women and girls in the school.", 40)]
    [InlineData("On 3 May rebels detained three aid workers in Obi.", 3)]
    public void Find_PeopleHeldByAnArmedGroup_AreAbducted(string text, int held)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal("abduction", ev.Type);
        Assert.DoesNotContain("arrest", ev.Also);
        Assert.Equal(held, ev.Counts["abducted"].Min);
        Assert.False(ev.Counts.ContainsKey("arrested"));
    }

    [Fact]
    public void Find_PeopleHeldByPolice_AreArrested()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 3 May police rounded up about 40 protesters in Obi.", new DateOnly(2016, 5, 20)));

        Assert.Equal(("arrest", 40L), (ev.Type, ev.Counts["arrested"].Min));
    }

    [Fact]
    public void Find_TheBeatingOfOnePerson_HurtsOne_AndItsAgentEndsBeforeTheTime()
    {
        var ev = Assert.Single(
            UpstreamDoc.Events("Villagers protested against the beating of a teenager by soldiers the night before.", Published),
            e => e.Type == "attack");

        Assert.Equal(1, ev.Counts["injured"].Min);
        Assert.Equal("soldiers", Assert.Single(ev.Perpetrators).Name);
    }

    [Fact]
    public void Find_BeatingsOfAGroup_CountTheHurt()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Witnesses described beatings of 30 detainees at the camp in March.", Published));

        Assert.Equal(30, ev.Counts["injured"].Min);
    }

    [Fact]
    public void Find_APlaceNamedOnceLater_IsNotTheReportsPlaceForAnEarlierIncident()
    {
        var events = UpstreamDoc.Events(
            "Police killed nine people in the capital on 8 May. In the northern city of Basso, soldiers shot dead six people on 10 May.",
            Published);

        Assert.Null(Assert.Single(events, e => e.Counts["killed"].Min == 9).Location);
        Assert.Equal("Basso", Assert.Single(events, e => e.Counts["killed"].Min == 6).Location?.Name);
    }

    [Theory]
    [InlineData("The activist Ana Marsh was placed under house arrest in Varn on 3 May.", "arrested", 1)]
    [InlineData("Authorities have held the lawyer Ivo Brant without charge since 3 May.", "arrested", 1)]
    [InlineData("Police held 30 protesters incommunicado in Varn for a week in May.", "arrested", 30)]
    [InlineData("Over 200 people were forced to leave their homes in Varn after the attack.", "displaced", 200)]
    public void Find_CountsTheHeldAndTheDriven(string text, string key, long count)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey(key));

        Assert.Equal(count, ev.Counts[key].Min);
    }

    [Fact]
    public void Find_NoActor_WhenRightsGroupsTellOfArrests()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Rights groups said others had been placed under house arrest in recent days.", Published));

        Assert.Empty(ev.Perpetrators);
    }

    [Fact]
    public void Find_HeldTalks_IsNoArrest()
    {
        Assert.DoesNotContain(UpstreamDoc.Events("The group held talks with the minister on 3 May.", Published), e => e.Type == "arrest");
    }
}
