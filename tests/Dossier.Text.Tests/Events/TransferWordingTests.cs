namespace Dossier.Text.Tests.Events;

/// <summary>Forced transfers told without a word for expulsion (our own sentences).</summary>
public sealed class TransferWordingTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("Thirty asylum seekers held at the port were flown to Eritrea on 3 May 2016.")]
    [InlineData("Border guards put 64 Afghan migrants onto a bus to Iran on 3 May 2016.")]
    [InlineData("The six dissidents were handed over to the Iranian authorities on 3 May 2016.")]
    [InlineData("Soldiers pushed about 200 refugees back across the border on 3 May 2016.")]
    [InlineData("Some 470 people were returned to Morocco on the spot on 3 May 2016.")]
    [InlineData("About 300 refugees were forcibly returned to Syria on 3 May 2016.")]
    [InlineData("A group of 32 Afghans was stranded between the two border lines near Tarvo from 3 May 2016.")]
    public void Find_ReadsATransferToAForeignDestination_AsDisplacement(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("displacement", ev.Type);
        Assert.Equal("2016-05-03", ev.Date?.ToIso());
    }

    [Theory]
    [InlineData("The wounded were flown to hospital in Kigali on 3 May 2016.")]
    [InlineData("The suspect was handed over to the military tribunal in Kigali on 3 May 2016.")]
    [InlineData("Riot police pushed back the marchers on 3 May 2016.")]
    [InlineData("The children were handed back to their families on 3 May 2016.")]
    [InlineData("The bodies were returned to their families on 3 May 2016.")]
    [InlineData("The strikers returned to Tarvo on 3 May 2016.")]
    [InlineData("Hundreds of tourists were stranded at Tarvo airport by the storm on 3 May 2016.")]
    public void Find_DoesNotReadCareJusticeOrCrowdControl_AsDisplacement(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "displacement" || e.Also.Contains("displacement"));
    }

    [Fact]
    public void Find_ReadsAPortionOfAGroup_AsTheObjectOfASplitPhrase()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Border guards pushed most of the refugees back across the river on 3 May 2016.", Published));

        Assert.Equal("displacement", ev.Type);
        Assert.Contains(ev.Perpetrators, p => p.Name == "Border guards");
    }
    [Fact]
    public void Find_CountsThePeopleABoatCarried()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Coast guards pushed back a boat carrying 40 migrants towards Turkey on 3 May.", new DateOnly(2016, 5, 20)));

        Assert.Equal(40, ev.Counts["displaced"].Min);
    }

    [Theory]
    [InlineData("On 3 May, Turkey deported 120 refugees to Varn.")]
    [InlineData("Turkey deported 120 refugees to Varn on 3 May.")]
    public void Find_AStateAfterAnOpeningDate_IsTheActor(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal("Turkey", Assert.Single(ev.Perpetrators).Name);
    }
}
