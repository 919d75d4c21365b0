namespace Dossier.Text.Tests.Events;

/// <summary>A death toll told in a sentence without an act of its own (our own sentences).</summary>
public sealed class DeathTollTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_GivesATollSentence_ToTheAttackToldBeforeIt()
    {
        const string text = "Drones bombed the market in Veltan on 3 May 2016. The death toll has now risen to 31, most of them traders.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(31, ev.Counts["killed"].Min);
        Assert.Equal("31", text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }

    [Fact]
    public void Find_GivesATollSentence_ToTheAttackItsParagraphGoesOnToTell()
    {
        const string text = "The clinic's board met in Sarn on 1 May 2016.\n\n"
            + "The death toll stands at 14. Gunmen stormed the clinic's wards at dawn on 4 May 2016.";
        var events = UpstreamDoc.Events(text, Published);

        var attack = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(14, attack.Counts["killed"].Min);
        Assert.Equal("2016-05-04", attack.Date?.ToIso());
    }

    [Fact]
    public void Find_KeepsATollSentence_FromAnIncidentOfAnotherParagraph()
    {
        const string text = "Drones bombed the market in Veltan on 3 May 2016.\n\nThe ministers met on Friday.\n\n"
            + "Elsewhere in the region the death toll from the floods stood at 40.";
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.ContainsKey("killed"));
    }

    [Theory]
    [InlineData("The death toll from the attack on the prison in Veltan rose to 118 on Thursday.")]
    [InlineData("The death toll from the attack on the prison in Veltan stood at at least 118 on Thursday, officials said.")]
    public void Find_TheDayATollWasCounted_DoesNotDateTheAttack(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(118, ev.Counts["killed"].Min);
        Assert.Null(ev.Date);
    }

    [Theory]
    [InlineData("Gunmen attacked the prison in Veltan on 3 May 2016, killing 118 inmates. The first count on Tuesday night was about thirty dead.")]
    [InlineData("Gunmen attacked the prison in Veltan on 3 May 2016, killing 118 inmates. An initial toll given by the police was 30 dead.")]
    public void Find_AnEarlierCount_IsAnAccountOfTheIncident_NotAnIncidentOfItsOwn(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("2016-05-03", 118L), (ev.Date?.ToIso(), ev.Counts["killed"].Min));
    }

    [Fact]
    public void Find_BulletsThatHitOnePerson_AreNoCountOfPeople()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The student was hit by eight bullets during a march in Veltan on 3 May 2016.", Published));

        Assert.Equal("attack", ev.Type);
        Assert.False(ev.Counts.TryGetValue("injured", out var injured) && injured.Min == 8);
    }

    [Theory]
    [InlineData("In April, clashes at the prison in Veltan left at least 21 more dead.")]
    [InlineData("In April, clashes at the prison in Veltan left 21 more people dead.")]
    public void Find_CountsFurtherDead(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("killing", 21), (ev.Type, ev.Counts["killed"].Min));
    }

    [Fact]
    public void Find_CountsANumberOfTheDead_WhoseVerbComesLateInTheSentence()
    {
        const string text = "The number of people killed in the northern province since the start of this year has passed 300, the monitors said.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(300, ev.Counts["killed"].Min);
    }
    [Fact]
    public void Find_ATollThatRoseBySomeToAFigure_CountsTheFigure_AndNoActor()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The death toll from the 3 May bombing in Tarvo rose by 12 to 67 on Thursday.", new DateOnly(2016, 5, 20)));

        Assert.Equal(67, ev.Counts["killed"].Min);
        Assert.Empty(ev.Perpetrators);
    }

    [Theory]
    [InlineData("Security forces have killed a total of 56 protesters in Tarvo since October.", "killed", 56)]
    [InlineData("Police arrested a total of 300 people in Tarvo on 3 May.", "arrested", 300)]
    [InlineData("Some 30 people remain in custody in Tarvo after the raids.", "arrested", 30)]
    [InlineData("More than 300,000 people from Karsk remain refugees abroad.", "displaced", 300000)]
    [InlineData("Some 40,000 people from Karsk became refugees in 2015.", "displaced", 40000)]
    [InlineData("Riots spread through Karsk this week. The number of those killed has climbed to 84.", "killed", 84)]
    [InlineData("Riots spread through Karsk this week. The total of those detained stood at 410 on Friday.", "arrested", 410)]
    [InlineData("Riots spread through Karsk this week. The number of detainees has risen to 1,500, lawyers said.", "arrested", 1500)]
    public void Find_ReadsTotalsAndThoseStillHeld(string text, string key, int figure)
    {
        var events = UpstreamDoc.Events(text, new DateOnly(2016, 5, 20));

        Assert.Contains(events, e => e.Counts.TryGetValue(key, out var c) && c.Min == figure);
    }

    [Theory]
    [InlineData("The detainees in Karsk were beaten by guards.")]
    [InlineData("Lawyers said 300 detainees in Karsk had been released.")]
    public void Find_PeopleNamedForAnAct_AreNoArrestOrKillingOfTheirOwn(string text)
    {
        var events = UpstreamDoc.Events(text, new DateOnly(2016, 5, 20));

        Assert.DoesNotContain(events, e => e.Type is "arrest" or "killing");
    }
}
