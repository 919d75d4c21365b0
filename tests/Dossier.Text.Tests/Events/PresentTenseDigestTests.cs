namespace Dossier.Text.Tests.Events;

/// <summary>
/// A digest told in the present tense ("9 March – The army shells Dorn"), and what such digests close with: a count
/// over the month (our own sentences).
/// </summary>
public sealed class PresentTenseDigestTests
{
    private static readonly DateOnly Published = new(2022, 4, 2);

    [Fact]
    public void Find_PresentTenseDeathsAndFlight_JoinTheShellingWithTheirFigures()
    {
        var events = UpstreamDoc.Events(
            "Month in review\n\n9 March – The army shells the village of Dorn. Residents say at least seven civilians die, four of them children, " +
            "and dozens of families flee towards Varn.",
            Published);

        var ev = Assert.Single(events);
        Assert.Equal(("killing", "2022-03-09"), (ev.Type, ev.Date?.ToIso()));
        Assert.Contains("attack", ev.Also);
        Assert.Equal(7, ev.Counts["killed"].Min);
        Assert.Equal(24, ev.Counts["displaced"].Min); // "dozens"
    }

    [Theory]
    [InlineData("20 March – Thousands march in Lessar to mark the anniversary of the uprising.", 2000)]
    [InlineData("20 March – About 500 students march to the parliament in Lessar.", 500)]
    public void Find_PeopleWhoMarch_AreAProtestWithItsCrowd(string text, int crowd)
    {
        var ev = Assert.Single(UpstreamDoc.Events("Month in review\n\n" + text, Published));

        Assert.Equal(("protest", "2022-03-20"), (ev.Type, ev.Date?.ToIso()));
        Assert.Equal(crowd, ev.Counts["participants"].Min);
    }

    [Theory]
    [InlineData("Police detained 40 students in Lessar on 20 March.")]
    [InlineData("Protesters vowed to continue the march on 20 March.")]
    [InlineData("Protesters will march to the parliament on 20 April.")]
    public void Find_TheMonthOrAMarchNotMade_IsNoProtest(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "protest");
    }

    [Fact]
    public void Find_PresentTenseSentencing_IsALegalAct()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Month in review\n\n14 March – A court in Lessar sentences the blogger Rina Sato to six years in prison.", Published));

        Assert.Equal(("legal_action", "2022-03-14"), (ev.Type, ev.Date?.ToIso()));
    }

    [Theory]
    [InlineData("5 March – Gunmen on motorbikes shoot dead a local councillor, Amir Dole, outside his house in Kessa.")]
    [InlineData("5 March – Gunmen on motorbikes shoot dead a local councillor outside his house in Kessa.")]
    public void Find_OnePersonShotDead_CountsOneKilled(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events("Month in review\n\n" + text, Published));

        Assert.Equal(("killing", 1L), (ev.Type, ev.Counts["killed"].Min));
    }

    [Fact]
    public void Find_ArrestsCountedOverTheMonth_AreNeitherTheDayBeforeNorItsBeating()
    {
        var events = UpstreamDoc.Events(
            "Month in review\n\n27 March – Two journalists covering a protest in Varn are beaten by men in plain clothes.\n\n" +
            "Over the month the Network recorded 41 arrests of activists and journalists, most of them in Lessar.",
            Published);

        var arrests = Assert.Single(events, e => e.Counts.ContainsKey("arrested"));
        Assert.Equal(41, arrests.Counts["arrested"].Min);
        Assert.NotEqual("2022-03-27", arrests.Date?.ToIso());
        Assert.DoesNotContain("attack", arrests.Also);
    }

    [Fact]
    public void Find_ArrestsDuringTheMonth_TakeNoDayFromTheSentenceBefore()
    {
        var events = UpstreamDoc.Events("On 27 March two journalists were beaten by police in Varn. During the month, police arrested 41 activists.", Published);

        var arrests = Assert.Single(events, e => e.Type == "arrest");
        Assert.Null(arrests.Date);
        Assert.Equal("2022-03-27", Assert.Single(events, e => e.Type == "attack").Date?.ToIso());
    }

    [Fact]
    public void Find_ADigestItemsSubjectInApposition_DiesAfterBeingShot()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Month in review\n\n18 March – Amir Dole, a university student, is shot in the head in Kessa while handing out water to " +
            "protesters, and dies shortly afterwards.",
            Published));

        Assert.Equal(("killing", "2022-03-18"), (ev.Type, ev.Date?.ToIso()));
        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.False(ev.Counts.ContainsKey("injured"));
    }

    [Fact]
    public void Find_ABulletinsLead_PeopleAreDeadThisMorning()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Eleven people are dead and at least thirty are in hospital after police fired on farmers near Puerto Alto this morning.",
            new DateOnly(2012, 3, 9)));

        Assert.Equal(("killing", "2012-03-09", 11L), (ev.Type, ev.Date?.ToIso(), ev.Counts["killed"].Min));
        Assert.Equal(30, ev.Counts["injured"].Min);
    }
}
