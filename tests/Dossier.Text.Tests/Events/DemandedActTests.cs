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
}
