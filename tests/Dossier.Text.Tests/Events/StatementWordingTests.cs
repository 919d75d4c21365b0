namespace Dossier.Text.Tests.Events;

/// <summary>How a rights body's statement tells past and feared acts (our own sentences).</summary>
public sealed class StatementWordingTests
{
    private static readonly DateOnly Published = new(2021, 1, 18);

    [Theory]
    [InlineData("Two of them were moved to solitary confinement, which the experts fear may signal that their executions are imminent.")]
    [InlineData("Lawyers say the executions are now imminent.")]
    public void Find_ImminentExecutions_AreNoEvent(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "execution");
    }

    [Theory]
    [InlineData("The men were denied access to lawyers throughout their detention.")]
    [InlineData("She was denied access to her family for three months.")]
    public void Find_DeniedAccessToCounsel_IsNoSiege(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "siege" || e.Also.Contains("siege"));
    }

    [Fact]
    public void Find_DeniedAccessForAid_IsStillASiege()
    {
        Assert.Contains(UpstreamDoc.Events("On 3 January convoys were denied access to the besieged town of Varn.", Published),
            e => e.Type == "siege" || e.Also.Contains("siege"));
    }

    [Fact]
    public void Find_TheKillingsDuringDatedProtests_TakeTheirDateAndStayApartFromTheArrest()
    {
        var events = UpstreamDoc.Events(
            "They had been arrested in the aftermath of the protests of November 2019, during which security forces killed at least 300 people.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(("2019-11", 300L), (killing.Date?.ToIso(), killing.Counts["killed"].Min));
        Assert.DoesNotContain("arrest", killing.Also);
    }

    [Fact]
    public void Find_ADeathToldInTheUnrestOfADatedProtest_TakesItsYear()
    {
        var events = UpstreamDoc.Events(
            "In August, a man was executed over the death of a guard during the protests of early 2018, unrest in which more than twenty people lost their lives.",
            Published);

        var killing = Assert.Single(events, e => e.Counts.ContainsKey("killed") && e.Counts["killed"].Min == 20);
        Assert.Equal("2018", killing.Date?.ToIso());
        Assert.DoesNotContain("execution", killing.Also);
    }

    [Theory]
    [InlineData("His mother died of cancer in 2014.")]
    [InlineData("The former dictator died of natural causes in 2012.")]
    [InlineData("Several of the parents who began the search have died without learning what happened to their children.")]
    public void Find_ANaturalDeath_IsNoKilling(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "killing");
    }

    [Fact]
    public void Find_ADeathInCustody_IsAKillingWhateverCauseIsGiven()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The activist died in custody of what officials called a heart attack on 3 January.", Published));

        Assert.Equal(("killing", "2021-01-03"), (ev.Type, ev.Date?.ToIso()));
        Assert.DoesNotContain("attack", ev.Also); // the heart attack is no one's attack
    }

    [Theory]
    [InlineData("The king was arrested on 27 November, flown to the capital and then charged with murder, terrorism and treason.")]
    [InlineData("On 3 January police arrested two men on suspicion of murder.")]
    public void Find_AnOffenceNamedBare_IsNoKilling(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Type == "killing" || e.Also.Contains("killing"));
    }

    [Theory]
    [InlineData("A court on 3 January convicted three officers of the murder of Ana Vell.")]
    [InlineData("On 3 January three soldiers were convicted of 57 murders.")]
    public void Find_AnOffenceWithItsVictims_IsStillAKilling(string text)
    {
        Assert.Contains(UpstreamDoc.Events(text, Published), e => e.Type == "killing");
    }

    [Theory]
    [InlineData("The men were beaten, deprived of sleep and given electric shocks in January.")]
    [InlineData("Former detainees have described being hung upside down and given electric shocks in January.")]
    public void Find_TortureMethods_AreTortureWithNoActorInTheirVictims(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("torture", ev.Type);
        Assert.Empty(ev.Perpetrators);
    }

    [Fact]
    public void Find_ElectricShocksFromAStorm_AreNoTorture()
    {
        Assert.Empty(UpstreamDoc.Events("The plant was hit by electric shocks from the storm.", Published));
    }
}
