namespace Dossier.Text.Tests.Events;

/// <summary>Ways reports name acts beyond the common verbs (our own sentences).</summary>
public sealed class ActWordingTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("A crowd lynched a shopkeeper in the bazaar on 3 May 2016.", "killing")]
    [InlineData("Two farmers were burned alive in their barn on 3 May 2016.", "killing")]
    [InlineData("A teacher was stabbed outside the school gate on 3 May 2016.", "attack")]
    [InlineData("On 3 May 2016 soldiers shot at a car at the checkpoint.", "attack")]
    [InlineData("The two editors were remanded in custody on 3 May 2016.", "arrest")]
    [InlineData("A woman was gang-raped near the camp on 3 May 2016.", "sexual_violence")]
    [InlineData("Forty refugees were forcibly repatriated on 3 May 2016.", "displacement")]
    public void Find_ReadsTheAct(string text, string type)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(type, ev.Type);
    }

    [Fact]
    public void Find_DoesNotReadARiskRun_AsAnAct()
    {
        Assert.Empty(UpstreamDoc.Events("Lawyers said in May 2016 that the deportees risked torture on their return.", Published));
    }

    [Fact]
    public void Find_DatesAStateBy_TheDateItHasLastedSince()
    {
        var events = UpstreamDoc.Events("Both editors have been in detention since 12 April 2016 and are still on trial in the capital.", Published);

        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal("2016-04-12", arrest.Date?.ToIso());
    }

    [Fact]
    public void Find_PlacesAnActWithNoPlaceOfItsOwn_InTheCountryTheReportNames()
    {
        var events = UpstreamDoc.Events(
            "NAIROBI, 20 May 2016 - Editors in Kenya and Uganda met this week.\n\n"
            + "Since 2014 more than 400 reporters have been arrested, according to the union.", Published);

        var arrest = Assert.Single(events);
        Assert.Equal("Kenya", arrest.Location?.Name);
        Assert.Equal("KE", arrest.CountryCode);
    }
}
