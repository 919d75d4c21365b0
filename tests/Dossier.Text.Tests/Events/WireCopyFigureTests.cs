namespace Dossier.Text.Tests.Events;

/// <summary>
/// Figures as wire copy tells them in passing: a subject broken by an aside, an "-ing" verb taking its object, an
/// added batch of bodies, the whole a person was one of (our own sentences).
/// </summary>
public sealed class WireCopyFigureTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("Seven people, including four children, died when a shell hit their house on 3 May.", "killed", 7)]
    [InlineData("Five members of one family, among them a two-year-old girl, were killed when their car was hit on 3 May.", "killed", 5)]
    [InlineData("On 3 May gunmen stormed a village, killing 23 people and kidnapping 40 others.", "abducted", 40)]
    [InlineData("On 3 May gunmen stormed a village, killing 23 people and kidnapping 40 others.", "killed", 23)]
    [InlineData("On 3 May gunmen stormed the school, kidnapping dozens of pupils.", "abducted", 24)]
    [InlineData("A further 37 bodies were recovered from the rubble on 3 May.", "killed", 37)]
    [InlineData("The two were among 45 people rounded up in dawn raids on 3 May.", "arrested", 45)]
    [InlineData("The floods of 3 May destroyed 4,000 homes and left 25,000 people homeless.", "displaced", 25000)]
    [InlineData("On 3 May, 4,000 homes were destroyed and 25,000 people left homeless.", "displaced", 25000)]
    [InlineData("Hundreds of thousands of people joined the strike on 3 May.", "participants", 200000)]
    [InlineData("Rebels seized 42 aid workers on 3 May and are holding them in the forest.", "abducted", 42)]
    [InlineData("Hospital sources said 9 bodies had been brought in on 3 May.", "killed", 9)]
    [InlineData("Two of the wounded died in hospital on 3 May.", "killed", 2)]
    [InlineData("Two injured protesters died in hospital on 3 May.", "killed", 2)]
    public void Find_ReadsTheFigure(string sentence, string key, int min)
    {
        var events = UpstreamDoc.Events(sentence, Published);

        Assert.Contains(events, e => e.Counts.TryGetValue(key, out var count) && count.Min == min);
    }

    [Theory]
    [InlineData("On 3 May police arrested 56 people, 12 of them minors, after the march.", "arrested", 56)]
    [InlineData("Ten people were killed on 3 May, among them three children.", "killed", 10)]
    [InlineData("Among the 30 detained on 3 May were 11 students.", "arrested", 30)]
    public void Find_DoesNotTakeThePart_ForTheWhole(string sentence, string key, int figure)
    {
        var events = UpstreamDoc.Events(sentence, Published);

        Assert.DoesNotContain(events, e => e.Counts.TryGetValue(key, out var count) && count.Min != figure);
    }

    [Theory]
    [InlineData("Ten soldiers, among them two officers, died defending the post on 3 May.", 10)]
    [InlineData("The two men, both of them farmers, died in custody on 3 May.", 2)]
    public void Find_ReadsAnIntransitiveVerbsSubject_AcrossAnAside(string sentence, int figure)
    {
        var killing = Assert.Single(UpstreamDoc.Events(sentence, Published), e => e.Type == "killing");

        Assert.Equal(figure, killing.Counts["killed"].Min);
    }

    [Theory]
    [InlineData("The council met on 3 May to prevent further killings in the district.")]
    [InlineData("Mediators want to stop further attacks on the camp.")]
    public void Find_StillReadsFurtherActs_AsNotHavingHappened(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type is "killing" or "attack");
    }

    [Theory]
    [InlineData("On 3 May an air strike hit the market and killed nine people.")]
    [InlineData("Drone strikes on 3 May destroyed the bridge.")]
    public void Find_StillReadsAStrikeFromTheAir_AsAnAttack(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "protest");
    }

    [Fact]
    public void Find_DatesTheLaterPart_ByTheDayAfter_NotTheEarlierOne()
    {
        var events = UpstreamDoc.Events(
            "Police fired on strikers in Zhanar on 16 December 2015. Officials counted sixteen dead in Zhanar and one more the following day in Shetpe.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 16 && e.Date!.Value.Start == new DateOnly(2015, 12, 16));
    }

    [Fact]
    public void Find_DatesAnActTold_ByTheNightBefore()
    {
        var events = UpstreamDoc.Events(
            "On 8 December 2015 hundreds gathered to protest against the beating of a boy by soldiers at a checkpoint the night before.", Published);

        Assert.Contains(events, e => e.Type == "attack" && e.Date!.Value.Start == new DateOnly(2015, 12, 7));
    }

    [Fact]
    public void Find_DatesAReferredAct_ByItsPlacePhrasesDate()
    {
        var events = UpstreamDoc.Events(
            "In 2005 the court acquitted two officers tried over a raid on student dormitories in Abepura in December 2000, in which three students died.",
            Published);

        Assert.Contains(events, e => e.Type == "killing" && e.Date!.Value.Start == new DateOnly(2000, 12, 1));
    }

    [Theory]
    [InlineData("more than two hundred people", "225 people", 225)]
    [InlineData("at least 304 people", "230 people", 304)] // a lower figure is another account, not a refinement
    [InlineData("more than 200 people", "400 people", 200)] // far above: another figure, not the same one made precise
    public void Find_LetsAPreciseFigure_RefineARoundedOneJustBelowIt(string first, string second, int expected)
    {
        var events = UpstreamDoc.Events(
            $"Troops killed {first} in Ostrel on 3 May. The prosecutor said that {second} had died in the shooting in Ostrel.", Published);

        Assert.Equal(expected, Assert.Single(events, e => e.Type == "killing").Counts["killed"].Min);
    }

    [Fact]
    public void Find_ReadsACrowdOnTheStreets_AsAProtest()
    {
        var events = UpstreamDoc.Events("On 3 May thousands of people were on the streets of Ostrel.", Published);

        Assert.Equal(2000, Assert.Single(events, e => e.Type == "protest").Counts["participants"].Min);
    }

    [Theory]
    [InlineData("Karim Berg, the former head of the security service, was also arrested on 3 May.")]
    [InlineData("Karim Berg, the former head of the National Security Committee (NSC), was later arrested on 3 May.")]
    public void Find_CountsANamedPerson_PastAnAdverbBeforeThePassive(string sentence)
    {
        Assert.Equal(1, Assert.Single(UpstreamDoc.Events(sentence, Published)).Counts["arrested"].Min);
    }

    [Theory]
    [InlineData("The army seized power on 3 May.")]
    [InlineData("Police seized weapons and cash on 3 May.")]
    [InlineData("Militants seized the town of Kidal on 3 May.")]
    [InlineData("On 3 May the army denied that the students seized from the school had been freed.")]
    public void Find_TakesNoAbduction_WhenNoPeopleAreSeized(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "abduction");
    }

    [Theory]
    [InlineData("Two UN bodies condemned the attack on 3 May.")]
    [InlineData("Bodies were thrown into latrines on 3 May.")]
    public void Find_TakesNoDeathsFromBodies_ThatAreNotCounted(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Counts.ContainsKey("killed"));
    }

    [Fact]
    public void Find_DoesNotDateAnAct_ByTheDateOfTheSpeakersRelativeClause()
    {
        var events = UpstreamDoc.Events(
            "A woman who had lived in the camp since 2004 said she counted the bodies of eleven men from her block.", Published);

        Assert.Null(Assert.Single(events, e => e.Type == "killing").Date);
    }

    [Fact]
    public void Find_TakesNoProtest_FromACrowdGatheredForAnotherPurpose()
    {
        var events = UpstreamDoc.Events("On 3 May hundreds of mourners had gathered in the hall to offer condolences to the family.", Published);

        Assert.DoesNotContain(events, e => e.Type == "protest");
    }

    [Fact]
    public void Find_TakesNoProtest_FromACrowdGatheredForAnOccasion()
    {
        var events = UpstreamDoc.Events("On 3 May a crowd of about 300 people gathered for the opening of a council office in Tarn.", Published);

        Assert.DoesNotContain(events, e => e.Type == "protest");
    }

    [Fact]
    public void Find_CountsDozensOfNewArrests_AndKeepsARunningTallyApart()
    {
        var events = UpstreamDoc.Events(
            "Over the week, monitors registered dozens of new arrests across the country. Their running count since 1 April stands at more than 3,000 arrests.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("arrested", out var week) && week.Min == 24 && week.Max == 99);
        Assert.Contains(events, e => e.Counts.TryGetValue("arrested", out var tally) && tally.Min == 3000);
    }

    [Fact]
    public void Find_KeepsAPartOfARunningTally_Apart()
    {
        var events = UpstreamDoc.Events(
            "Their running count since 1 April stands at more than 3,000 arrests. In the north, dozens of people arrested after the looting of shops in May are still held.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("arrested", out var part) && part.Min == 24 && part.Max == 99);
        Assert.Contains(events, e => e.Counts.TryGetValue("arrested", out var tally) && tally.Min == 3000);
    }

    [Theory]
    [InlineData("The week in brief. During the week of 3 May, police detained 40 people in the capital.", "2016-05-03")]
    [InlineData("Police detained 40 people in the capital over the week that followed the vote on 1 March.", "2016-03-01")]
    public void Find_DatesAWeekNamedFromAnotherDay_ByThatDay(string text, string iso)
    {
        var arrest = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "arrest");

        Assert.Equal(iso, arrest.Date?.ToIso());
    }

    [Theory]
    [InlineData("The bombing of the market was the deadliest attack since the war began in 2011.")]
    [InlineData("Gunmen attacked the convoy, the worst such attack since fighting broke out in March 2014.")]
    public void Find_DoesNotDateAnAct_ByTheBeginningItIsComparedSince(string sentence)
    {
        Assert.All(UpstreamDoc.Events(sentence, Published).Where(e => e.Type == "attack"), e => Assert.Null(e.Date));
    }

    [Fact]
    public void Find_StillDatesATally_FromTheBeginningItCountsSince()
    {
        var events = UpstreamDoc.Events("Police have arrested 300 people since the protests began on 3 May.", Published);

        Assert.Equal(new DateOnly(2016, 5, 3), Assert.Single(events, e => e.Type == "arrest").Date!.Value.Start);
    }

    [Fact]
    public void Find_CountsPrisonersWhoBeganAHungerStrike()
    {
        var events = UpstreamDoc.Events("On 3 May 40 prisoners began a hunger strike.", Published);

        Assert.Equal(40, Assert.Single(events, e => e.Type == "protest").Counts["participants"].Min);
    }

    [Theory]
    [InlineData("On 3 May the rapporteur visited the camp and met families of the disappeared.")]
    [InlineData("On 3 May police broke up a sit-in by relatives of the disappeared outside the court.")]
    public void Find_TakesNoAbduction_FromTheFamiliesOfTheDisappeared(string sentence)
    {
        var events = UpstreamDoc.Events(sentence, Published);

        Assert.DoesNotContain(events, e => e.Type == "abduction");
    }

    [Fact]
    public void Find_DoesNotDateTheNextAct_ByTheStartOfAStateInARelativeClause()
    {
        var events = UpstreamDoc.Events(
            "On 3 May police cleared the camps that the strikers had held since early April. What followed in the square was a massacre.",
            Published);

        Assert.All(events.Where(e => e.Type == "killing"), e => Assert.Equal(new DateOnly(2016, 5, 3), e.Date!.Value.Start));
    }

    [Fact]
    public void Find_DatesTheSameMorning_ByTheNarrativesDay_NotAnAftermathsDay()
    {
        var events = UpstreamDoc.Events(
            "Police killed 40 people in Cairo on 3 May. Families were still searching for bodies two days later. "
            + "In Giza, dozens more died when the square was cleared the same morning.",
            Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Max == 99 && e.Date!.Value.Start == new DateOnly(2016, 5, 3));
    }

    [Theory]
    [InlineData("The rapporteur found that the journalist was the victim of a deliberate, premeditated execution on 3 May.", "killing")]
    [InlineData("Rebels carried out summary executions of prisoners on 3 May.", "killing")]
    [InlineData("The state carried out the execution of three prisoners by hanging on 3 May.", "execution")]
    public void Find_TellsAKillingCalledAnExecution_FromAStatesExecution(string sentence, string type)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Type == type);
    }

    [Theory]
    [InlineData("On 3 May police used live ammunition, killing at least four protesters and wounding scores.")]
    [InlineData("The attack on 3 May left at least 23 people dead and scores injured.")]
    public void Find_ReadsScores_OfPeopleHurt(string sentence)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Counts.TryGetValue("injured", out var hurt) && hurt.Min == 40 && hurt.Max == 99);
    }

    [Theory]
    [InlineData("The raid left five civilians dead in the village of Tarn on Tuesday.")]
    [InlineData("At least five people were reported dead after clashes in Tarn on Tuesday.")]
    [InlineData("Five migrants drowned when their boat capsized off Tarn on Tuesday.")]
    public void Find_CountsTheDead_AndDatesThem(string sentence)
    {
        var killing = Assert.Single(UpstreamDoc.Events(sentence, Published), e => e.Type == "killing");

        Assert.Equal(5, killing.Counts["killed"].Min);
        Assert.Equal("2016-05-17", killing.Date?.ToIso());
    }

    [Theory]
    [InlineData("Since March, fighting has driven hundreds of thousands of people from their homes in Tarn.", "displaced", 200000)]
    [InlineData("The fighting drove 5,000 families from their homes in Tarn in March.", "displaced", 5000)]
    [InlineData("A camp near the town was set on fire, and thousands of people fled towards the border.", "displaced", 2000)]
    [InlineData("On Saturday the authorities put the crowd at 4,000.", "participants", 4000)]
    [InlineData("Police estimated the crowd at 4,000 on Saturday.", "participants", 4000)]
    public void Find_ReadsTheFigure_OfAnActiveVerbOrAnEstimate(string sentence, string key, int min)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Counts.TryGetValue(key, out var count) && count.Min == min);
    }

    [Theory]
    [InlineData("Police arrested 15 people on Tuesday, bringing the number arrested since January to 340.", "arrested", 340)]
    [InlineData("Police arrested 15 people on Tuesday, bringing the total number of arrests since January to 340.", "arrested", 340)]
    [InlineData("The deaths bring to 45 the number of protesters killed since January.", "killed", 45)]
    [InlineData("Rights groups put the total number of deaths, including killings by gunmen, at more than 12,000.", "killed", 12000)]
    [InlineData("The group said it had documented 97 cases of enforced disappearance in 2015.", "abducted", 97)]
    [InlineData("The commission recorded 40 documented cases of arbitrary detention in 2015.", "arrested", 40)]
    [InlineData("Up to 200 people may have been killed in the village of Tarn on Tuesday.", "killed", 200)]
    public void Find_ReadsATotal_BroughtToOrCountedInCases(string sentence, string key, int min)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Counts.TryGetValue(key, out var count) && count.Min == min);
    }

    [Theory]
    [InlineData("They would have been killed if they had stayed in Tarn.")]
    [InlineData("Police may detain protesters in Tarn on Tuesday.")]
    public void Find_ReadsNoAct_InAModalThatIsNoEstimate(string sentence)
    {
        Assert.Empty(UpstreamDoc.Events(sentence, Published));
    }

    [Fact]
    public void Find_DoesNotReadAVoiceDrownedOut_AsADeath()
    {
        Assert.Empty(UpstreamDoc.Events("His speech was drowned out by the crowd in Tarn on Tuesday.", Published));
    }

    [Theory]
    [InlineData("Dozens of people were killed when a bomb struck a market in Ostrel on 3 May. The death toll later rose to 64.", 64, 64)]
    [InlineData("At least 30 people were killed when a bomb struck a market in Ostrel on 3 May. The death toll later rose to 64.", 30, 30)]
    public void Find_LetsALaterDeathToll_RefineOnlyAVagueFigure(string text, int min, int max)
    {
        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal((min, max), ((int)killing.Counts["killed"].Min, (int)killing.Counts["killed"].Max));
    }

    [Theory]
    [InlineData("Twelve were confirmed dead after the raid on 3 May.", "killed", 12)]
    [InlineData("The raid on 3 May caused 12 fatalities.", "killed", 12)]
    [InlineData("Medics recorded 12 deaths and 40 injuries after the raid on 3 May.", "killed", 12)]
    [InlineData("Medics recorded 12 deaths and 40 injuries after the raid on 3 May.", "injured", 40)]
    [InlineData("Twelve people needed hospital treatment after police charged the march on 3 May.", "injured", 12)]
    public void Find_ReadsTheFiguresOfHarm_InAMedicsWords(string sentence, string key, int figure)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Counts.TryGetValue(key, out var count) && count.Min == figure && count.Max == figure);
    }

    [Fact]
    public void Find_ReadsPoliceChargingAMarch_AsAnAttack()
    {
        Assert.DoesNotContain(UpstreamDoc.Events("Police charged the march on 3 May.", Published), e => e.Type == "legal_action");
    }

    [Fact]
    public void Find_ReadsPeoplePickedUp_AsArrested_AndThingsPickedUp_AsNothing()
    {
        Assert.Contains(UpstreamDoc.Events("On 3 May police picked up 15 activists from their homes.", Published),
            e => e.Type == "arrest" && e.Counts["arrested"].Min == 15);
        Assert.Empty(UpstreamDoc.Events("On 3 May the army picked up the weapons left at the border.", Published));
    }

    [Fact]
    public void Find_ReadsAForcedMarch_AsNoProtest()
    {
        var events = UpstreamDoc.Events("On 3 May armed men took 30 passengers off a bus and marched them into the bush.", Published);

        Assert.DoesNotContain(events, e => e.Type == "protest");
    }

    [Fact]
    public void Find_ReadsJailingForATerm_AsASentence()
    {
        var events = UpstreamDoc.Events("On 3 May a court jailed three journalists for seven years.", Published);

        Assert.Equal("legal_action", Assert.Single(events).Type);
    }

    [Fact]
    public void Find_CountsAProtestBy_ItsParticipants()
    {
        var events = UpstreamDoc.Events("On 3 May police dispersed a peaceful protest by some 300 teachers.", Published);

        Assert.Equal(300, Assert.Single(events, e => e.Type == "protest").Counts["participants"].Min);
    }

    [Fact]
    public void Find_ReadsFamiliesAbandoningTheirHomes_AsDisplaced()
    {
        var events = UpstreamDoc.Events("On 3 May hundreds of families abandoned their homes as the army advanced.", Published);

        Assert.Contains(events, e => e.Type == "displacement" && e.Counts["displaced"].Min == 200);
    }

    [Theory]
    [InlineData("More than 5,000 people have been displaced by the fighting since 3 May.")]
    [InlineData("On 3 May nine people were killed by the explosion at the depot.")]
    public void Find_TakesNoActor_FromAByPhraseThatNamesWhatHappened(string sentence)
    {
        Assert.All(UpstreamDoc.Events(sentence, Published), e => Assert.Empty(e.Perpetrators));
    }
}
