namespace Dossier.Text.Tests.Events;

/// <summary>Which mentions of a document name one incident (our own sentences).</summary>
public sealed class IncidentMergingTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_DoesNotDateAKilling_ByTheDayItWasToldOf()
    {
        var events = UpstreamDoc.Events(
            "Gunmen killed nine villagers in Sarn on 2 March 2016. " +
            "The governor said on 18 May that the nine had been killed by a rival clan.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal("killing", killing.Type);
        Assert.Equal("2016-03-02", killing.Date?.ToIso());
    }

    [Fact]
    public void Find_KeepsApart_TheArrestsOfTwoNamedPeople_InTheSameMonth()
    {
        var events = UpstreamDoc.Events(
            "On 21 March the editor Ana Pell was detained at Tarvo airport. The reporter Jon Varn was arrested in late March 2016 on a tax charge.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "arrest"));
    }

    [Fact]
    public void Find_JoinsARoundFigure_WithThePreciseOneThatRefinesIt()
    {
        var events = UpstreamDoc.Events(
            "Police made more than 1,700 arrests in Tarvo on 14 May 2016. The ministry said 1,723 people had been detained during the day.",
            Published);

        var ev = Assert.Single(events);
        Assert.Equal(1723, ev.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_JoinsTheKillingOfOneNamedPerson_WithTheWoundingOfAnother()
    {
        var events = UpstreamDoc.Events(
            "Gunmen shot dead the activist Ana Pell at her home in Tarvo on 3 March 2016. Jon Varn, who was staying with her, was shot and wounded.",
            Published);

        var ev = Assert.Single(events);
        Assert.Equal((1L, 1L), (ev.Counts["killed"].Min, ev.Counts["injured"].Min));
    }

    [Fact]
    public void Find_DatesALegalAct_ByItsAnnouncement()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "The ministry announced on 3 May that four guards had been sentenced to prison terms.",
            Published));

        Assert.Equal("legal_action", ev.Type);
        Assert.Equal("2016-05-03", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_MergesALooseMention_IntoTheIncidentWhoseActsItNames()
    {
        var events = UpstreamDoc.Events(
            "On 4 April 2016 soldiers raided the village of Kell, killing six men and raping two women.\n\n" +
            "The harvest failed later that year.\n\n" +
            "A woman who was raped by the soldiers spoke to our researchers.",
            Published);

        var ev = Assert.Single(events);
        Assert.Contains("sexual_violence", ev.Also);
    }

    [Fact]
    public void Find_TreatsAStateKillingAndItsExecution_AsOneIncident()
    {
        var events = UpstreamDoc.Events(
            "The authorities executed 14 prisoners on 2 May 2016. " +
            "Their families learned on the same day that the men had been killed.",
            Published);

        Assert.Single(events);
    }

    [Fact]
    public void Find_JoinsAHeadline_ToTheIncidentTheBodyTells()
    {
        var events = UpstreamDoc.Events(
            "Four guards convicted over killing of prisoner in Tarvel jail\n\n" +
            "A court in Tarvel on 12 May 2016 convicted four prison guards of manslaughter.\n\n" +
            "The prisoner died in his cell in 2014 after a beating.",
            Published);

        var legal = Assert.Single(events, e => e.Type == "legal_action");
        Assert.Equal("2016-05-12", legal.Date?.ToIso());
        Assert.Single(events, e => e.Type == "killing");
    }

    [Fact]
    public void Find_JoinsAHeadline_ThatNamesTheDistrict_ToTheTellingAtTheTown()
    {
        var events = UpstreamDoc.Events(
            "Court clears officer over shooting in Papua in which four students died\n\n" +
            "On 8 December 2014 soldiers fired on a crowd in Ostrel, the district town. Four students were killed.\n\n" +
            "Other killings, in Marn in 2001 and in Pell in 2003, were never tried.",
            Published);

        var killing = Assert.Single(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 4);
        Assert.Equal("2014-12-08", killing.Date?.ToIso());
    }

    [Fact]
    public void Find_KeepsLegalStepsOfDifferentKinds_Apart()
    {
        var events = UpstreamDoc.Events(
            "The president ordered an investigation into the shooting. The mayor has since filed a lawsuit against the newspaper.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "legal_action"));
    }

    [Fact]
    public void Find_KeepsAnArrest_ApartFromTheActItAnswers()
    {
        var events = UpstreamDoc.Events(
            "Police in Sarn arrested three men on 14 May 2016 over the murder of a local journalist.",
            Published);

        Assert.Contains(events, e => e.Type == "arrest" && !e.Also.Contains("killing"));
        Assert.Contains(events, e => e.Type == "killing");
    }

    [Fact]
    public void Find_KeepsWhatOthersTell_ApartFromTheDisplacement()
    {
        var events = UpstreamDoc.Events(
            "Since March 2016 some 20,000 villagers have fled to the coast, bringing accounts of killings and burning of homes.",
            Published);

        Assert.Contains(events, e => e.Type == "displacement" && !e.Also.Contains("killing"));
        Assert.Contains(events, e => e.Type == "killing");
    }

    [Fact]
    public void Find_DoesNotDateAnAct_ByItsAnniversary()
    {
        var events = UpstreamDoc.Events(
            "Soldiers killed eleven farmers in Dorn on 23 May 2015.\n\nFamilies marked the anniversary of the killings at a memorial on 20 May.",
            Published);

        var killing = Assert.Single(events);
        Assert.Equal("2015-05-23", killing.Date?.ToIso());
    }

    [Fact]
    public void Find_JoinsAnOpeningMention_ToTheIncidentToldAfterIt()
    {
        var events = UpstreamDoc.Events(
            "Friday marks one year since soldiers fired on the crowd in Velk.\n\n" +
            "On 20 May 2015 troops killed 31 protesters in the main square of Velk.",
            Published);

        var ev = Assert.Single(events);
        Assert.Equal("killing", ev.Type);
        Assert.Contains("attack", ev.Also);
    }

    [Fact]
    public void Find_KeepsAnEarlierStep_InTheActItLedTo()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "A student died in Harn on 6 May 2016 after being held for two days in a police cell.",
            Published));

        Assert.Equal("killing", ev.Type);
        Assert.Contains("arrest", ev.Also);
    }

    [Fact]
    public void Find_SeparatesActsInSequence_WhenTheLaterIsNotAStepOfTheFirst()
    {
        var events = UpstreamDoc.Events(
            "Police detained 40 students in Harn on 2 May 2016 after two officers were killed on 1 May 2016.",
            Published);

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Find_DoesNotDateTheChargedAct_ByTheDayOfTheVerdict()
    {
        var events = UpstreamDoc.Events(
            "Gunmen killed the mayor of Orsk on 4 March 2015.\n\n" +
            "A court in Orsk on 12 May 2016 found two men guilty of killing the mayor.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2015-03-04", killing.Date?.ToIso());
        var legal = Assert.Single(events, e => e.Type == "legal_action");
        Assert.Equal("2016-05-12", legal.Date?.ToIso());
    }

    [Fact]
    public void Find_KeepsTwoActsOfOneDay_Apart_WhenTheLaterHasActsTheFirstLacks()
    {
        var events = UpstreamDoc.Events(
            "Police detained about 900 marchers across the country on 11 May 2016.\n\n" +
            "The weather was cold.\n\n" +
            "In Harn, a teacher died on 11 May 2016 after being held in a police van.",
            Published);

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Type == "killing" && e.Also.Contains("arrest"));
    }

    [Fact]
    public void Find_MergesALooseMention_WhoseDateCameFromTheSentenceBefore()
    {
        var events = UpstreamDoc.Events(
            "Troops killed 12 villagers in Arn on 3 March 2016.\n\n" +
            "On 9 May 2016 the governor visited the district. Villagers say the soldiers killed without warning.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2016-03-03", killing.Date?.ToIso());
    }

    [Fact]
    public void Add_KeepsTheArrestOfRankedSoldiers_ApartFromTheRaidTheyAreHeldFor()
    {
        var events = UpstreamDoc.Events(
            "Soldiers killed 13 villagers in Tarn on 14 February 2016. The president has ordered the arrest of Sergeant Tamas Arvell, "
            + "Corporal Ivo Brant and Private Lena Kurz.",
            Published);

        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(3, arrest.Counts["arrested"].Min);
    }

    [Fact]
    public void Add_JoinsAWitnesssQuotedLoss_ToTheIncidentItWasPartOf()
    {
        var events = UpstreamDoc.Events(
            "Armed men stormed the village of Tarn late on Sunday 15 May 2016, killing at least 45 people. "
            + "\"My wife and my three children were killed in front of me,\" said a farmer who hid in the bush.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(45, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Add_KeepsArrestsToldAfterARunningTally_Apart()
    {
        var events = UpstreamDoc.Events(
            "Monitors say security forces have killed at least 481 protesters since 16 September 2015. Around 18,000 people have been arrested.",
            Published);

        Assert.Equal(481, Assert.Single(events, e => e.Type == "killing").Counts["killed"].Min);
        Assert.Equal(18000, Assert.Single(events, e => e.Type == "arrest").Counts["arrested"].Min);
    }

    [Fact]
    public void Add_JoinsADefiniteReference_ToTheIncidentOfItsOwnAct()
    {
        var events = UpstreamDoc.Events(
            "A military jet bombed a crowd in Tarn on 11 May 2016, killing at least 100 people.\n\n"
            + "According to monitors, more than 3,200 civilians have been killed by the army since February 2014, and over 21,000 people remain in detention.\n\n"
            + "The UN condemned the attack.",
            Published);

        Assert.Contains(events, e => e.Type == "killing" && e.Also.Contains("attack"));
        Assert.DoesNotContain(events, e => e.Type == "arrest" && e.Also.Contains("attack"));
    }

    [Fact]
    public void Find_KeepsFlightToldInALaterParagraph_ApartFromTheViolenceItFled()
    {
        var events = UpstreamDoc.Events(
            "On 3 May soldiers opened fire on protesters in Varn, killing 12 people.\n\n" +
            "Border officials said about 400 people had crossed into Ostrelia overnight.", new DateOnly(2016, 5, 20));

        Assert.Single(events, e => e.Type == "killing" && !e.Also.Contains("displacement"));
        Assert.Equal(400, Assert.Single(events, e => e.Type == "displacement").Counts["displaced"].Min);
    }

    [Fact]
    public void Find_JoinsFlightToldInTheSameBulletinItem_ToTheViolenceItFled()
    {
        var events = UpstreamDoc.Events(
            "Weekly bulletin\n\n1. Air strikes near Varn (3-4 May)\nAircraft bombed villages near Varn after rebels took a post. " +
            "Local groups said two villagers were killed. About 400 villagers fled across the river into Ostrelia.", new DateOnly(2016, 5, 20));

        var raid = Assert.Single(events);
        Assert.Contains("displacement", raid.Also.Append(raid.Type));
    }

    [Fact]
    public void Find_KeepsAPeriodOfYears_ApartFromOneIncidentInsideIt()
    {
        var events = UpstreamDoc.Events(
            "In July 2004 soldiers shot dead a farmer near Varn.\n\n" +
            "A families' association has documented 1,528 alleged extrajudicial killings in the province between 1979 and 2012.",
            new DateOnly(2016, 5, 20));

        Assert.Equal(1, Assert.Single(events, e => e.Date?.ToIso() == "2004-07").Counts["killed"].Min);
        Assert.Equal(1528, Assert.Single(events, e => e.Date?.ToIso() == "1979/2012").Counts["killed"].Min);
    }

    [Theory]
    [InlineData("On 13 May thousands of women formed human chains along the avenues of Varn. Workers at several factories stopped work the same day.")]
    [InlineData("On 13 May soldiers cleared the main camp in Varn, killing 40 people. Dozens died when the smaller camp was cleared on the same morning.")]
    public void Find_KeepsAnActOnTheSameDayAsAnother_Apart(string text)
    {
        Assert.Equal(2, UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)).Count(e => e.Date?.ToIso() == "2016-05-13"));
    }

    [Fact]
    public void Find_KeepsOneAccount_WhoseSentenceNamesItsDayBeforeTheSameAfternoon()
    {
        var events = UpstreamDoc.Events(
            "Anna Varn was forced into a car outside her home on the morning of 15 April and found shot dead the same afternoon near Tarvo.",
            new DateOnly(2016, 5, 20));

        Assert.Single(events);
    }

    [Fact]
    public void Find_KeepsADatedIncident_ApartFromTheVagueSummaryBeforeIt()
    {
        var events = UpstreamDoc.Events(
            "Armed groups killed scores of civilians. On 14 April 2016, gunmen attacked the village of Hemli, killing 31 villagers " +
            "and burning more than 100 homes.",
            new DateOnly(2016, 5, 20));

        var raid = Assert.Single(events, e => e.Date?.ToIso() == "2016-04-14");
        Assert.Equal(31, raid.Counts["killed"].Min);
        Assert.Contains("destruction", raid.Also);
        Assert.Single(events, e => e.Date is null && e.Counts["killed"].Min == 40);
    }

    [Fact]
    public void Find_KeepsTheDaysOfAWeek_ApartFromTheOverviewOfTheWeek()
    {
        var events = UpstreamDoc.Events(
            "Demonstrators protested against the pension law in Varn during the past week.\n\n" +
            "On Tuesday, about 15,000 people marched from the university to the parliament in Varn.\n\n" +
            "On Saturday, thousands of people again took to the streets of Varn.",
            new DateOnly(2016, 5, 22));

        var protests = events.Where(e => e.Type == "protest").ToList();
        Assert.Equal(3, protests.Count);
        Assert.Equal(15000, Assert.Single(protests, e => e.Date?.ToIso() == "2016-05-17").Counts["participants"].Min);
        Assert.Single(protests, e => e.Date?.ToIso() == "2016-05-21");
    }

    [Fact]
    public void Find_KeepsADayOfTheWeek_ApartFromAnOverviewWithFiguresOfItsOwn()
    {
        var events = UpstreamDoc.Events(
            "Our monitors recorded 37 incidents between 14 and 20 August. Eight people were killed and at least 54 injured.\n\n" +
            "On 15 August, supporters of the ruling party attacked an opposition rally in Kessa with machetes.",
            new DateOnly(2023, 8, 21));

        var overview = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(8, overview.Counts["killed"].Min);
        Assert.DoesNotContain("attack", overview.Also);
        var attack = Assert.Single(events, e => e.Type == "attack");
        Assert.Equal("2023-08-15", attack.Date?.ToIso());
        Assert.Equal("supporters of the ruling party", Assert.Single(attack.Perpetrators).Name);
    }

    [Fact]
    public void Find_JoinsTheCrowdFiredOnAndTheDeathsToTheAttack()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 18 August police fired live rounds at about 2,000 supporters who had gathered outside the electoral commission in Lessar. " +
            "Four people were shot dead.",
            new DateOnly(2023, 8, 21)));

        Assert.Equal(("killing", "2023-08-18"), (ev.Type, ev.Date?.ToIso()));
        Assert.Contains("attack", ev.Also);
        Assert.Contains("protest", ev.Also);
        Assert.Equal((4L, 2000L), (ev.Counts["killed"].Min, ev.Counts["participants"].Min));
    }

    [Fact]
    public void Find_AnAttackOnTheCrowdToldBefore_IsTheGatheringsIncident_NotTheEarlierBeating()
    {
        var events = UpstreamDoc.Events(
            "On the morning of 8 December 2014, hundreds of residents gathered on a field in Enarotali to protest against the beating " +
            "of a teenager by soldiers the night before. Security forces opened fire on the crowd. Four students were killed.",
            new DateOnly(2022, 12, 8));

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2014-12-08", killing.Date?.ToIso());
        Assert.Contains("protest", killing.Also);
        Assert.Equal((4L, 200L), (killing.Counts["killed"].Min, killing.Counts["participants"].Min));
        Assert.Equal("2014-12-07", Assert.Single(events, e => e.Type == "attack").Date?.ToIso());
    }

    [Fact]
    public void Find_ARallyAttacked_IsOneIncidentWithTheDeathsToldNext()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 15 August, supporters of the ruling party attacked an opposition rally in Kessa with machetes. Three opposition supporters were killed.",
            new DateOnly(2023, 8, 21)));

        Assert.Equal(("killing", "2023-08-15", 3L), (ev.Type, ev.Date?.ToIso(), ev.Counts["killed"].Min));
        Assert.Contains("attack", ev.Also);
        Assert.Contains("protest", ev.Also);
    }

    [Fact]
    public void Find_OneMoreTheFollowingDay_IsALaterIncident_AndWhatFollowsBelongsToTheMainOne()
    {
        const string text = "On 16 December police fired into the crowd in Varn. The official count is sixteen dead in Varn and one more the following day " +
            "in the village of Dorn. The authorities acknowledged roughly a hundred wounded.";
        var events = UpstreamDoc.Events(text, new DateOnly(2021, 12, 20));

        var main = Assert.Single(events, e => e.Counts.TryGetValue("killed", out var k) && k.Min == 16);
        Assert.Equal("2021-12-16", main.Date?.ToIso());
        Assert.Equal(100, main.Counts["injured"].Min);
        var later = Assert.Single(events, e => e.Counts.TryGetValue("killed", out var k) && k.Min == 1);
        Assert.Equal("2021-12-17", later.Date?.ToIso());
        var trigger = later.Triggers.Single();
        Assert.Equal("one more", text[trigger.Start..trigger.End]);
    }

    [Fact]
    public void Find_TwoMoreOnAnotherDay_IsTheirOwnIncident()
    {
        var events = UpstreamDoc.Events("Police killed four protesters on 3 May and two more on 5 May.", new DateOnly(2016, 5, 20));

        Assert.Equal([("2016-05-03", 4L), ("2016-05-05", 2L)], events.Select(e => (e.Date?.ToIso(), e.Counts["killed"].Min)).OrderBy(x => x.Item1));
    }

    [Fact]
    public void Find_ASmallGroupHoldingUpPhotographs_IsAGatheringOfItsOwn_NotCountedByWhomThePhotographsShow()
    {
        var events = UpstreamDoc.Events(
            "On 8 December 2014 hundreds of residents gathered in Enarotali to protest. Security forces opened fire on the crowd. Four students were killed.\n\n" +
            "Outside the court, a small group of students held up photographs of the four teenagers.",
            new DateOnly(2022, 12, 8));

        Assert.Equal(2, events.Count(e => e.Type == "protest" || e.Also.Contains("protest")));
        var small = Assert.Single(events, e => e.Type == "protest");
        Assert.False(small.Counts.ContainsKey("participants"));
    }

    [Fact]
    public void Find_PeopleWhoTookToTheStreetsOfATown_AreCounted()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On Saturday, thousands of people again took to the streets of Larna.", new DateOnly(2023, 3, 13)));

        Assert.Equal(2000, ev.Counts["participants"].Min);
    }

    [Fact]
    public void Find_FiringIntoTheCrowd_IsNotPartOfAStrikeThatWentOnForMonths()
    {
        var events = UpstreamDoc.Events(
            "The oil workers' strike over pay had begun in May. When scuffles broke out on 16 December, police fired into the crowd.",
            new DateOnly(2021, 12, 20));

        Assert.Single(events, e => e.Type == "protest");
        var attack = Assert.Single(events, e => e.Type == "attack");
        Assert.Equal("2021-12-16", attack.Date?.ToIso());
        Assert.DoesNotContain("protest", attack.Also);
    }

    [Fact]
    public void Find_OnePersonKilled_IsNoIncidentOfManyDead()
    {
        var events = UpstreamDoc.Events(
            "Soldiers stabbed the anthropologist Ana Marsh to death in Varn on 11 September 1990, but the officers who ordered her murder "
            + "have never been tried. A truth commission later estimated that some 200,000 people were killed during the war.",
            new DateOnly(2001, 6, 8));

        Assert.Contains(events, e => e.Type == "killing" && e.Counts["killed"].Min == 1);
        Assert.Contains(events, e => e.Type == "killing" && e.Counts["killed"].Min == 200000);
    }

    [Fact]
    public void Find_MostOfThoseCounted_AreTheIncidentJustTold()
    {
        var events = UpstreamDoc.Events(
            "An inquiry made public on Wednesday found that at least 131 civilians were killed in Tarn on 29 April. "
            + "Most were shot or hacked to death in their homes.",
            new DateOnly(2016, 5, 20));

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2016-04-29", killing.Date?.ToIso());
    }

    [Fact]
    public void Find_ACountToDateInANewParagraph_IsNoArrestOfTheRaidBefore()
    {
        var events = UpstreamDoc.Events(
            "Soldiers broke up a sit-in in Tarn on 10 May. Six people were shot dead and 40 were wounded.\n\n"
            + "At least 310 people have been arrested, many of them students.",
            new DateOnly(2016, 5, 20));

        Assert.Contains(events, e => e.Type == "arrest" && e.Counts["arrested"].Min == 310);
        Assert.DoesNotContain(events, e => e.Counts.ContainsKey("killed") && e.Counts.ContainsKey("arrested"));
    }
}
