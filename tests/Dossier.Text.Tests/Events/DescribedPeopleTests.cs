namespace Dossier.Text.Tests.Events;

/// <summary>
/// Words that describe people rather than tell an act done to them, and acts told inside the description of the
/// people they involve (our own sentences).
/// </summary>
public sealed class DescribedPeopleTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 10 May an air strike on a school in Dorn killed six displaced people.")]
    [InlineData("On 10 May soldiers attacked a camp for displaced families near Dorn.")]
    public void Find_DisplacedBeforeThePeopleItDescribes_IsNoDisplacement(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Type == "displacement" || e.Also.Contains("displacement"));
    }

    [Theory]
    [InlineData("On 10 May the floods displaced people in Dorn.")]
    [InlineData("On 10 May the army displaced 400 families from Dorn.")]
    public void Find_DisplacedAsTheVerb_IsADisplacement(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("displacement", "2016-05-10"), (ev.Type, ev.Date?.ToIso()));
    }

    [Theory]
    [InlineData("On 18 May police fired live rounds at about 2,000 supporters who had gathered outside the electoral commission.")]
    [InlineData("On 18 May police fired at a crowd of 2,000 supporters who gathered outside the commission.")]
    public void Find_ACountedCrowdThatGatheredAndWasFiredOn_IsOneIncidentWithItsCrowd(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("attack", ev.Type);
        Assert.Contains("protest", ev.Also);
        Assert.Equal(2000, ev.Counts["participants"].Min);
    }

    [Fact]
    public void Find_ACountedCrowdThatGathered_IsAProtest()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 18 May reporters counted 2,000 supporters who had gathered outside the commission.", Published));

        Assert.Equal(("protest", 2000L), (ev.Type, ev.Counts["participants"].Min));
    }

    [Theory]
    [InlineData("We call on the authorities to investigate every killing.")]
    [InlineData("We call on the authorities to investigate each killing.")]
    public void Find_EveryKilling_HasNoSubjectForItsActor(string text)
    {
        Assert.All(UpstreamDoc.Events(text, Published), e => Assert.Empty(e.Perpetrators));
    }

    [Theory]
    [InlineData("Militiamen raided four villages on 3 May. We interviewed 31 survivors and witnesses who had fled to Lessar.")]
    [InlineData("Militiamen raided four villages on 3 May. Our researchers spoke to 31 women who had fled to Lessar.")]
    public void Find_PeopleInterviewed_AreNotCountedAsVictims(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.Values.Any(c => c.Min == 31));
    }

    [Fact]
    public void Find_OnePersonKilledInARelativeClause_CountsOneAndKeepsTheEarlierDayApart()
    {
        var events = UpstreamDoc.Events(
            "On 3 May security forces opened fire on mourners at the funeral of a student who had been shot dead the day before.", Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(("2016-05-02", 1L), (killing.Date?.ToIso(), killing.Counts["killed"].Min));
        var attack = Assert.Single(events, e => e.Type == "attack");
        Assert.Equal("2016-05-03", attack.Date?.ToIso());
    }

    [Fact]
    public void Find_AnItemsAttack_StaysApartFromTheEarlierKillingOfItsRelativeClause()
    {
        var events = UpstreamDoc.Events(
            "Weekly bulletin\n\n1. Deadliest day (27 March)\nSecurity forces killed at least 114 people in forty towns.\n\n" +
            "4. Funeral fired on in Bago (28 March)\n" +
            "Security forces opened fire on mourners at the funeral of a student who had been shot dead the day before.",
            new DateOnly(2021, 4, 2));

        Assert.Single(events, e => e.Type == "killing" && e.Counts["killed"].Min == 1 && e.Date?.ToIso() == "2021-03-27");
        Assert.Equal("2021-03-28", Assert.Single(events, e => e.Type == "attack").Date?.ToIso());
    }
}
