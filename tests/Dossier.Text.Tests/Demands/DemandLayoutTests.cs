using Dossier.Text.Tests.Events;

namespace Dossier.Text.Tests.Demands;

/// <summary>Demands laid out as statements lay them out: lettered items under a voice, a byline, a fronted place (our own sentences).</summary>
public sealed class DemandLayoutTests
{
    [Fact]
    public void Find_LetteredItems_UnderAHeaderThatNamesOnlyTheVoice()
    {
        const string text = "Harbour Rights League\nStatement on the port evictions\n\n1. The League is alarmed by the evictions.\n\n"
            + "2. The League therefore:\n   (a) calls on the port authority to halt the evictions;\n   (b) urges the city council to rehouse the families;\n"
            + "   (c) asks the ombudsman to open an inquiry.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(3, demands.Count);
        Assert.All(demands, d => Assert.Equal("The League", d.By!.Name));
        Assert.Equal(["port authority", "city council", "ombudsman"], demands.Select(d => d.Addressees.Single().Name));
        Assert.Equal("halt the evictions", demands[0].What);
    }

    [Fact]
    public void Find_AnUrgentAction_IssuedByABody_AsksTheOfficialWrittenTo()
    {
        const string text = "URGENT ACTION\n\nIssued by Harbour Rights League - UA 12/16 - https://example.org/ua/12-16\n\n"
            + "Jon Varn was jailed in Tarvo on 3 May.\n\n"
            + "TAKE ACTION: Write to the Prosecutor General of Tarvo, Ana Pell, and ask him to:\n"
            + "- release Jon Varn immediately;\n- open an investigation into his beating in custody.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(2, demands.Count);
        Assert.All(demands, d => Assert.Equal("Harbour Rights League", d.By!.Name));
        Assert.All(demands, d => Assert.DoesNotContain(d.Addressees, a => a.Name == "him"));
    }

    [Fact]
    public void Find_TheEditorialBoardOfAByline_SpeaksAsWe()
    {
        const string text = "A week of evictions at the port\n\nBy the editorial board\n\nThe evictions went ahead on Monday. We call on the city council to rehouse the families.";

        Assert.Equal("editorial board", Assert.Single(UpstreamDoc.Demands(text)).By!.Name);
    }

    [Fact]
    public void Find_TheSpeakerAfterAFrontedPlace()
    {
        const string text = "Outside a police station in the north of the city, a lawyer for the families said the detainees had not been fed. "
            + "She called on the police to release them.";

        Assert.Equal("lawyer for the families", Assert.Single(UpstreamDoc.Demands(text)).By!.Name);
    }

    [Fact]
    public void Find_TheFirstOfTwoStatesThatCall_IsTheSpeaker()
    {
        const string text = "The United States and the European Union have both called on Moscow to release the detainees.";

        Assert.Equal("United States", Assert.Single(UpstreamDoc.Demands(text)).By!.Name);
    }

    [Fact]
    public void Find_TheBodyAddressed_IsNotTheVoiceThatSaidIt()
    {
        const string text = "Harbour Rights League\n\nThe UN Security Council must refer the situation to the court, the group said.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.NotEqual(demand.Addressees.Single().Name, demand.By!.Name);
    }

    [Fact]
    public void Find_AnOpenLettersDemands_AreTheSignersAndGoToWhomItIsAddressed()
    {
        const string text = "Open letter on the port evictions\n\nTo the Mayor of Varn, the Governor of the Coast Province and the Minister of Housing\n\n"
            + "We write as groups that work with the families of the port.\n\nWe therefore ask you:\n\n"
            + "1. to halt the evictions at once;\n2. to rehouse the families who have lost their homes.\n\n"
            + "We also call on the port authority to open its records.\n\nSigned by nine housing and human rights organisations.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(3, demands.Count);
        Assert.All(demands, d => Assert.Equal("nine housing and human rights organisations", d.By!.Name));
        Assert.Equal(["Mayor of Varn", "Governor of the Coast Province", "Minister of Housing"], demands[0].Addressees.Select(a => a.Name));
        Assert.Equal("halt the evictions at once", demands[0].What);
        Assert.Equal("port authority", Assert.Single(demands[2].Addressees).Name);
    }

    [Fact]
    public void Find_ALineOpeningWithTo_ThatIsASentence_AddressesNoOne()
    {
        const string text = "A statement\n\nTo date, nobody has been charged.\n\nWe ask you to write to the ministry.";

        Assert.Empty(Assert.Single(UpstreamDoc.Demands(text)).Addressees);
    }
    [Theory]
    [InlineData("URGENT ACTION\nTEACHER HELD INCOMMUNICADO\nIssued 9 March 2022\n\nThe teacher Ana Varn was arrested on 2 March.\n\n" +
        "Minister of Justice\nUrge the authorities to release Ana Varn immediately.\n")]
    [InlineData("URGENT ACTION\n\nThe teacher Ana Varn was arrested on 2 March.\n\nProsecutor General\nUrge the authorities to release Ana Varn immediately.\n")]
    public void Find_AHeadlineInCapitalsOrAnOfficeWrittenTo_IsNotThePublisher(string text)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("report author", demand.By!.Name);
    }

    [Fact]
    public void Find_ABodyNamedInCapitals_IsStillThePublisher()
    {
        var demand = Assert.Single(UpstreamDoc.Demands(
            "VARN PRISON MONITOR\nWeekly note, 9 March 2022\n\nThe teacher Ana Varn was arrested on 2 March. We urge the authorities to release her.\n"));

        Assert.Equal("Varn Prison Monitor", demand.By!.Name, ignoreCase: true);
    }
}
