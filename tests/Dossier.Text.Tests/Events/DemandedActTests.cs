namespace Dossier.Text.Tests.Events;

/// <summary>Acts a report asks for or plans, which have not happened, against the acts they concern (our own sentences).</summary>
public sealed class DemandedActTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("We call on member states to support an independent investigation into the shootings.")]
    [InlineData("The authorities must allow an independent, international investigation into the shootings.")]
    [InlineData("We call on the authorities to:\n1. release everyone detained;\n2. open an independent investigation into the shootings.")]
    [InlineData("Our demands:\n- Conduct a prompt inquiry into the shootings.")]
    [InlineData("We ask the Security Council to extend the existing arms embargo to the whole of the country.")]
    [InlineData("We ask the ministers to impose sanctions on the commanders responsible.")]
    public void Find_TakesNoInquiryThatIsOnlyAskedFor(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "legal_action");
    }

    [Fact]
    public void Find_KeepsTheDeaths_ThatAnAskedForInquiryIsInto()
    {
        var events = UpstreamDoc.Events("The authorities must allow an independent, international investigation into the deaths of 40 people.", Published);

        Assert.Equal(40, Assert.Single(events, e => e.Type == "killing").Counts["killed"].Min);
    }

    [Fact]
    public void Find_DoesNotDateAnAct_ByADayAfterTheReport()
    {
        var events = UpstreamDoc.Events("The court agreed on 18 May to hear the petition and set a hearing for 4 June.", Published);

        Assert.DoesNotContain(events, e => e.Date is { } d && d.Start > Published);
    }

    [Theory]
    [InlineData("On 31 March the envoy briefed the Security Council and warned of a bloodbath in Tarvo.")]
    [InlineData("Doctors in Tarvo are warning of mass arrests once the curfew ends.")]
    public void Find_TakesNoActThatIsOnlyWarnedOf(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type is "killing" or "arrest");
    }

    [Theory]
    [InlineData("His lawyers in Tarvo intend to appeal, and an appeal hearing could take place in the coming weeks.", "legal_action")]
    [InlineData("The trial of the Tarvo officers is expected to open next month.", "legal_action")]
    [InlineData("The judges of the Tarvo tribunal, who sit in The Hague, issued no statement.", "protest")]
    [InlineData("Veterans in Tarvo denounced the verdict as an attack on the army's legacy.", "attack")]
    public void Find_TakesNoActStillToComeOrSpokenOfFiguratively(string sentence, string type)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == type);
    }

    [Theory]
    [InlineData("On 3 May gunmen carried out an attack on human rights defenders in Tarvo.")]
    [InlineData("On 3 May gunmen carried out an attack on the Justice Ministry in Tarvo.")]
    public void Find_KeepsARealAttack_OnPeopleOrABuildingNamedForAnIdea(string sentence)
    {
        Assert.Contains(UpstreamDoc.Events(sentence, Published), e => e.Type == "attack" || e.Also.Contains("attack"));
    }

    [Fact]
    public void Find_TakesNoTrialThatWasStillToOpen()
    {
        Assert.DoesNotContain(UpstreamDoc.Events("In Tarvo the trial of the officers was expected to open in June.", Published), e => e.Type == "legal_action");
    }

    [Fact]
    public void Find_KeepsDeathsThatCouldBeRegisteredOnlyLater()
    {
        var events = UpstreamDoc.Events("In Tarvo on 3 May many victims were buried on the day they died, before their deaths could be registered.", Published);

        Assert.Contains(events, e => e.Type == "killing");
    }

    [Fact]
    public void Find_KeepsAnActToldInAWarning()
    {
        var events = UpstreamDoc.Events("On 31 March the envoy warned that soldiers had killed 30 people in Tarvo.", Published);

        Assert.Equal(30, Assert.Single(events, e => e.Type == "killing").Counts["killed"].Min);
    }

    [Theory]
    [InlineData("An army spokesman denied that soldiers had killed anyone in Tarvo.")]
    [InlineData("The ministry rejected claims that police had fired on the crowd in Tarvo on 3 May.")]
    [InlineData("The militia has denied abducting the two priests.")]
    public void Find_TakesNoActThatIsDenied(string sentence)
    {
        Assert.Empty(UpstreamDoc.Events(sentence, Published));
    }

    [Fact]
    public void Find_KeepsTheActOfABodyThatDeniedSomethingElse()
    {
        var events = UpstreamDoc.Events("The militia, which denied involvement, killed 12 people in Tarvo on 3 May.", Published);

        Assert.Equal(12, Assert.Single(events).Counts["killed"].Min);
    }

    [Fact]
    public void Find_TakesNoActThatSomeoneIsAskedToBeProtectedFrom()
    {
        Assert.Empty(UpstreamDoc.Events("I urge you to ensure that she is protected from torture and other ill-treatment.", Published));
    }
}
