namespace Dossier.Text.Tests.Events;

/// <summary>Less common shapes in which a report gives a figure for an act (our own sentences).</summary>
public sealed class FigureShapeCountTests
{
    private static readonly DateOnly Published = new(2019, 5, 20);

    [Theory]
    [InlineData("By nightfall on 4 May more than 60 miners lay wounded near the shaft in Tarvo.", "injured", 60, 60, "60")]
    [InlineData("After the shelling of 4 May some 40 villagers lay injured in the square of Tarvo.", "injured", 40, 40, "40")]
    [InlineData("Human rights monitors said that several hundred people had been killed in Tarvo on 4 May.", "killed", 200, 999, "several hundred")]
    [InlineData("Police said a few thousand residents were detained in Tarvo on 4 May.", "arrested", 2000, 9999, "a few thousand")]
    [InlineData("The association has documented 1,528 alleged extrajudicial killings in Tarvo province.", "killed", 1528, 1528, "1,528")]
    public void Find_CountsTheFigure(string text, string key, long min, long max, string said)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey(key));

        Assert.Equal((min, max), (ev.Counts[key].Min, ev.Counts[key].Max));
        Assert.Equal(said, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Theory]
    [InlineData("On 4 May, hundreds of nurses dressed in black formed human chains along the main avenue of Tarvo.", 200, 999)]
    [InlineData("Thousands of mourners joined the funeral procession through Tarvo on 4 May.", 2000, 9999)]
    public void Find_CountsThoseWhoFormAProcessionOrAHumanChain(string text, long min, long max)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("protest", ev.Type);
        Assert.Equal((min, max), (ev.Counts["participants"].Min, ev.Counts["participants"].Max));
    }

    [Fact]
    public void Find_CountsOnlyThoseWounded_WhenOthersLayElsewhere()
    {
        // "lay" links a figure to "wounded" right after it, not to a wounding told in another clause.
        var text = "On 4 May some 40 miners lay on the ground while two guards were wounded in Tarvo.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey("injured"));

        Assert.Equal(2, ev.Counts["injured"].Min);
    }

    [Theory]
    [InlineData("Police in Tarvo charged the editors Ana Vel and Ivo Rusk on 4 May. Both have been in detention since 12 March.")]
    [InlineData("Police in Tarvo charged the editors Ana Vel and Ivo Rusk on 4 May. Both were detained on 12 March.")]
    public void Find_CountsBothAsTwo_WhenItStandsForThePeopleHeld(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey("arrested"));

        Assert.Equal(2, ev.Counts["arrested"].Min);
        Assert.Equal("Both", text[ev.Counts["arrested"].Span.Start..ev.Counts["arrested"].Span.End]);
    }

    [Fact]
    public void Find_CountsThoseRemainingInDetention()
    {
        var text = "Some 40 students remain in detention in Tarvo since 12 March.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(40, ev.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_DoesNotCountBoth_BeforeTwoNamedGroups()
    {
        var events = UpstreamDoc.Events("Both the army and the police detained protesters in Tarvo on 4 May.", Published);

        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("arrested", out var arrested) && arrested.Min == 2);
    }

    [Fact]
    public void Find_CountsTheDeadOnce_WhenAKillingIsAlsoToldAsExecutions()
    {
        var text = "Soldiers killed ten farmers at Tarvo on 4 May. An army inquiry later confirmed that the soldiers had executed the ten farmers.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey("killed"));

        Assert.Equal(10, ev.Counts["killed"].Min);
        Assert.False(ev.Counts.ContainsKey("executed"));
    }

    [Fact]
    public void Find_DoesNotCountACrowdAsOneProtester()
    {
        var text = "Police shot dead Dan Ivers in Tarvo on 3 May. Five days later a crowd of mourners gathered in the town.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "protest");

        Assert.False(ev.Counts.ContainsKey("participants"));
    }

    [Fact]
    public void Find_KeepsACampaignApart_FromTheSingleKillingToldInsideIt()
    {
        var text = "Dan Ivers was shot dead in a lane in Tarvo on 3 May, during a wave of raids in which police killed dozens of people in a week.";
        var events = UpstreamDoc.Events(text, Published).Where(e => e.Type == "killing").ToList();

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var one) && one.Min == 1 && one.Max == 1);
        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var many) && (many.Min, many.Max) == (24, 99));
    }

    [Fact]
    public void Find_JoinsAKillingToTheActItEnded_WhenNoCampaignIsNamed()
    {
        var text = "Gunmen opened fire on a bus near Tarvo on 3 May, an attack in which six passengers were killed.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(6, ev.Counts["killed"].Min);
    }

    [Theory]
    [InlineData("Officials in Tarvo said on 4 May that about 300 villagers and several dozen guards had died.", 300, 300)]
    [InlineData("Officials in Tarvo said on 4 May that some 300 villagers and hundreds of guards had died.", 300, 300)]
    public void Find_TakesTheLeadingFigure_OfASubjectInTwoParts(string text, long min, long max)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal((min, max), (ev.Counts["killed"].Min, ev.Counts["killed"].Max));
    }

    [Fact]
    public void Find_KeepsTheSecondClausesFigure_WhenAndJoinsTwoClauses()
    {
        var text = "Six guards were shot in the town of Tarvo on 4 May and 43 others were abducted.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(43, ev.Counts["abducted"].Min);
    }

    [Theory]
    [InlineData("Tarvo is a dangerous country for reporters. The monitor Free Voice has counted more than 120 such killings in the country since 2010.", 120)]
    [InlineData("The monitor Free Voice has counted 35 targeted killings of reporters in Tarvo since 2010.", 35)]
    public void Find_CountsAFigure_SeparatedFromItsNounByAModifier(string text, long figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("killing", ev.Type);
        Assert.Equal(figure, ev.Counts["killed"].Min);
    }

    [Fact]
    public void Find_StillSkipsSuchActs_WhenNoFigureCountsThem()
    {
        var events = UpstreamDoc.Events("The council in Tarvo met on 4 May to discuss how such killings could be prevented.", Published);

        Assert.DoesNotContain(events, e => e.Type == "killing");
    }

    [Fact]
    public void Find_CountsOneInjured_ForANamedPersonWounded()
    {
        var text = "Gunmen killed the mayor of Tarvo on 4 May 2019. Ivo Rusk, a driver who was with him, was shot and wounded.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey("injured"));

        Assert.Equal(1, ev.Counts["injured"].Min);
        Assert.Equal("Ivo Rusk", text[ev.Counts["injured"].Span.Start..ev.Counts["injured"].Span.End]);
    }

    [Theory]
    [InlineData("Masked men beat commuters at the station in Tarvo on 4 May, leaving forty-five people in hospital.", 45)]
    [InlineData("Riot police fired rubber bullets at marchers in Tarvo on 4 May; twelve people were taken to hospital.", 12)]
    [InlineData("Riot police fired rubber bullets at marchers in Tarvo on 4 May, and 20 of them were hospitalised.", 20)]
    [InlineData("Riot police fired tear gas at marchers in Tarvo on 4 May, and 40 people were treated for injuries.", 40)]
    [InlineData("After police beatings in Tarvo on 4 May, clinics treated dozens of people for gunshot wounds and fractures.", 24)]
    public void Find_CountsThoseTakenToHospital_AsInjured(string text, long figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(figure, ev.Counts["injured"].Min);
    }

    [Theory]
    [InlineData("Riot police beat marchers in Tarvo on 4 May. A hospital in Tarvo treated 30 patients that week.")]
    [InlineData("Riot police fired tear gas at marchers in Tarvo on 4 May, while the clinic treated 30 patients for malaria.")]
    [InlineData("Police arrested six men in Tarvo on 4 May over a fight that had left ten people in hospital a year before.")]
    public void Find_DoesNotCountHospitalFigures_OutsideTheViolentAct(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Type == "arrest" && e.Counts.ContainsKey("injured"));
        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("injured", out var injured) && injured.Min == 30);
    }

    [Theory]
    [InlineData("Three months after five reporters and bloggers critical of the army vanished in the first week of March 2019, one is still missing.", "abducted", 5)]
    [InlineData("On 4 May 2019 some 300 families from the villages near Tarvo fled across the river.", "displaced", 300)]
    public void Find_CountsASubjectWithATail_ThatOpensItsClause(string text, string key, long figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey(key));

        Assert.Equal(figure, ev.Counts[key].Min);
    }

    [Theory]
    [InlineData("On 4 May 2019 the soldiers who guarded 300 families from the villages near Tarvo fled across the river.")]
    [InlineData("On 4 May 2019 police detained 300 families, and the villagers of Tarvo fled across the river.")]
    public void Find_DoesNotTakeAnObjectsFigure_ForTheSubjectOfFleeing(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("displaced", out var displaced) && displaced.Min == 300);
    }

    [Fact]
    public void Find_GivesTheFigureToTheDying_WhenAParticipleDescribesThePeople()
    {
        var text = "On Sunday evening, 37 men arrested after the protest died in the back of a police van at the prison in Tarvo.";
        var events = UpstreamDoc.Events(text, Published);

        var killing = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(37, killing.Counts["killed"].Min);
        Assert.Equal(new DateOnly(2019, 5, 19), killing.Date?.Start);
        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("arrested", out var arrested) && arrested.Min == 37);
    }

    [Fact]
    public void Find_KeepsTheArrestsFigure_WhenNoLaterVerbTellsWhatBefellThem()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Police in Tarvo arrested 20 men after the clashes on 4 May.", Published));

        Assert.Equal(20, ev.Counts["arrested"].Min);
    }
}
