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
    [InlineData("The lawyer was forced into a car outside her office on 3 May 2016.", "abduction")]
    [InlineData("Masked men bundled him into a van near the market on 3 May 2016.", "abduction")]
    public void Find_ReadsTheAct(string text, string type)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(type, ev.Type);
    }

    [Fact]
    public void Find_DoesNotReadFleeingFromAnAttack_AsADisplacement()
    {
        var events = UpstreamDoc.Events("On 3 May 2016 gunmen fired on people as they fled from the market.", Published);

        Assert.DoesNotContain(events, e => e.Type == "displacement" || e.Also.Contains("displacement"));
    }

    [Fact]
    public void Find_DoesNotReadTheDeadTakenAway_AsAnAbduction()
    {
        var events = UpstreamDoc.Events("On 3 May 2016 the bodies of several victims were taken away by the gunmen.", Published);

        Assert.DoesNotContain(events, e => e.Type == "abduction" || e.Also.Contains("abduction"));
    }

    [Fact]
    public void Find_DoesNotReadExile_AsAnAbduction()
    {
        Assert.DoesNotContain(UpstreamDoc.Events("The editors were forced into exile on 3 May 2016.", Published), e => e.Type == "abduction");
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

    [Theory]
    [InlineData("DAKAR, 20 May 2016 - Soldiers killed 60 civilians in northern Burkina Faso on 12 May. Army officers have ruled Burkina Faso since 2014.", "BF")]
    [InlineData("DAKAR, 20 May 2016 - Soldiers killed 60 civilians in northern Burkina Faso on 12 May. Senegal and Burkina Faso are neighbours.", "SN")]
    [InlineData("DAKAR, 20 May 2016 - Soldiers killed 60 civilians in northern Burkina Faso on 12 May.", "SN")]
    public void HomeCountry_IsTheDatelines_UnlessTheTextClearlyTellsOfAnotherItNamesNoPlaceIn(string text, string country)
    {
        var doc = Dossier.Text.Pipeline.PipelineFactory.Default.Run(text);

        Assert.Equal(country, Dossier.Text.Events.PlaceFinder.HomeCountry(Dossier.Text.Events.TokenIndex.For(doc)));
    }

    [Fact]
    public void Find_PlacesAStory_InTheDatelinesCountry_WhenTheTextAlsoNamesIt()
    {
        var events = UpstreamDoc.Events(
            "NAIROBI, 20 May 2016 - Police in Kenya arrested 40 students on 12 May. Uganda and Tanzania said nothing.\n\n"
            + "Since 2014 more than 400 reporters have been arrested, according to the union.", Published);

        Assert.All(events, e => Assert.Equal("KE", e.CountryCode));
    }

    [Fact]
    public void Find_DoesNotPlaceAnAct_WhereTheBodyThatCountedItSits()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Tarn Rights, a group based in Norway, says security forces in Kenya have killed at least 481 protesters since 16 September 2015.", Published));

        Assert.NotEqual("NO", ev.CountryCode);
    }

    [Fact]
    public void Find_MakesAMassAbductionWithFewerDead_AnAbduction()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May 2016 gunmen abducted 85 pupils from the village school, killing two guards.", Published));

        Assert.Equal("abduction", ev.Type);
        Assert.Contains("killing", ev.Also);
    }

    [Fact]
    public void Find_KeepsAKillingWithFewerAbducted_AKilling()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "On 3 May 2016 gunmen killed 40 villagers and abducted six women.", Published));

        Assert.Equal("killing", ev.Type);
    }

    [Theory]
    [InlineData("On 3 May 2016 the families met President Amina Diallo at the palace.")]
    [InlineData("The envoy, Jane Moore, briefed the Security Council on 3 May 2016.")]
    public void Find_ReadsMeetingANamedPersonOrBody_AsAMeeting(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("meeting", ev.Type);
        Assert.Equal("2016-05-03", ev.Date?.ToIso());
    }

    [Theory]
    [InlineData("On 3 May 2016 the marchers met fierce resistance at the bridge.")]
    [InlineData("On 3 May 2016 the spokesman briefed reporters outside the ministry.")]
    public void Find_DoesNotReadMeetingNoOneNamed_AsAMeeting(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "meeting");
    }

    [Theory]
    [InlineData("Since 3 May 2016, mobile internet access has been cut across the province.")]
    [InlineData("On 3 May 2016 the army blocked aid convoys at the river crossing.")]
    [InlineData("The authorities shut down the internet in the region on 3 May 2016.")]
    public void Find_ReadsDenialOfSuppliesOrCommunications_AsASiege(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("siege", ev.Type);
    }

    [Theory]
    [InlineData("On 3 May 2016 the president cut short a visit to the coast.")]
    [InlineData("On 3 May 2016 farmers blocked the main road with tractors.")]
    [InlineData("On 3 May 2016 the government cut taxes on fuel and food.")]
    public void Find_DoesNotReadCuttingOrBlockingOtherThings_AsASiege(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "siege");
    }

    [Fact]
    public void Find_ReadsAWorkStoppage_AsAProtest()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Dock workers downed tools on 3 May 2016 over unpaid wages.", Published));

        Assert.Equal("protest", ev.Type);
    }
}
