using Dossier.Text.Tests.Events;

namespace Dossier.Text.Tests.Demands;

/// <summary>Who a demand is attributed to when the speaker is named in an apposition, a relative clause or an earlier sentence.</summary>
public sealed class DemandSpeakerTests
{
    [Fact]
    public void Find_PossessiveBeforeTheSpeaker_IsNotTheSpeaker()
    {
        const string text = "Tomas Ferreira's sister, Ana Ferreira, told reporters the guards had beaten him. She demanded that the guards be tried.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Ana Ferreira", demand.By!.Name);
    }

    [Fact]
    public void Find_It_IsTheBodyNamedLast_NotAPersonOrBodyQuotedEarlier()
    {
        const string text = "The Tarvo authorities say 23 people died. The mayor, Ana Pell, said she grieved.\n\n"
            + "The Harbour Watch calls on Tarvo to publish the names of the dead. It calls on the port board to open its files.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(2, demands.Count);
        Assert.All(demands, d => Assert.Equal("Harbour Watch", d.By!.Name));
    }

    [Fact]
    public void Find_They_InALaterParagraph_IsTheGroupThatSpokeLast()
    {
        const string text = "The experts said that every day without news increased the danger.\n\n"
            + "The port was closed in 2015.\n\n"
            + "They called on the Tarvo government to search for the missing fishermen.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("experts", demand.By!.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tarvo must find the missing fishermen, say the harbour pilots")]
    [InlineData("Tarvo must find the missing fishermen, the harbour pilots say.")]
    public void Find_SpeakerSayingAfterTheDemand_IsTheSpeaker(string text)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("harbour pilots", demand.By!.Name, StringComparison.Ordinal);
        Assert.Equal("find the missing fishermen", demand.What);
    }

    [Fact]
    public void Find_BodyDescribedByAnApposition_IsTheSpeaker_NotTheBodiesItNames()
    {
        const string text = "The Observatory, a joint programme of Amnesty International and Human Rights Watch, called on the Tarvo authorities to release the four defenders.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Observatory", demand.By!.Name);
    }

    [Theory]
    [InlineData("On Wednesday night, dozens of mothers and wives held a vigil at the prison gates, calling on the prison agency to publish the names of the dead.", "mothers and wives")]
    [InlineData("Hundreds of students staged a sit-in outside the court, demanding that the judge free their teacher.", "students")]
    public void Find_SpeakerOfAParticiple_IsTheMainSubject_WithoutItsVagueFigure(string text, string speaker)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal(speaker, demand.By!.Name);
    }

    [Fact]
    public void Find_They_AreThePeopleTheSentenceBeforeOpenedWith()
    {
        const string text = "The mayor, Jon Varn, visited the port on Monday.\n\n"
            + "Since Wednesday, hundreds of fishermen have gathered outside the harbour office. They are demanding that the port board publish the list of the missing.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("fishermen", demand.By!.Name);
    }

    [Fact]
    public void Find_OrganisationsOfficialNamedAfterIt_IsTheSpeaker()
    {
        const string text = "In a letter, the Harbour Rights League's chair, Dr Selma Okoro, said the port was unsafe. She called on the insurers to pay the widows.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Selma Okoro", demand.By!.Name);
    }

    [Fact]
    public void Find_ApposedSupporter_IsNotTheSpeaker()
    {
        const string text = "Families of the miners, backed by the Northern Labour Federation, said the inquiry had failed them. They urged the ministry to reopen the case.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("Families of the miners", demand.By!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_RelativeWhoSaid_GivesTheNounBeforeIt()
    {
        const string text = "The plan was criticised by several tenant associations, who said the landlords must be fined first.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("tenant associations", demand.By!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_OpeningAdverbialWithoutComma_IsSkippedToTheSubject()
    {
        const string text = "Earlier today the Coastal Medics Alliance asked the navy to let the hospital ship dock.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("Coastal Medics Alliance", demand.By!.Name, StringComparison.Ordinal);
        Assert.Equal("let the hospital ship dock", demand.What);
    }

    [Fact]
    public void Find_HeadlineSignedAfterDash_GivesThePublisher()
    {
        const string text = "Nepal: Police must free the detained reporters without delay - Himalayan Press Defence Network\n\n" +
            "Police in Pokhara detained four reporters on Monday. \"They were only doing their work,\" said Sita Gurung. " +
            "\"Nobody has told us where they are,\" Gurung said.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("Himalayan Press Defence Network", demand.By!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BodyAskedInARelativeClause_IsTheAddressee()
    {
        const string text = "No reply came from the Truth and Memory Centre, which the families had asked to open its archive.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("families", demand.By!.Name, StringComparison.Ordinal);
        Assert.Contains(demand.Addressees, a => a.Name == "Truth and Memory Centre");
        Assert.Equal("open its archive", demand.What);
    }

    [Fact]
    public void Find_UnnamedSpokeswoman_SpeaksForTheBodyJustQuoted()
    {
        const string text = "The Harbour Rights League said it was alarmed. \"The port must be closed to night shipping,\" a spokeswoman said.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("Harbour Rights League", demand.By!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_PassiveModalAfterAppositionAndSaid_IsTheSpeakersDemand()
    {
        const string text = "The Lakeside Tenants Union, a housing charity, said the evictions must be stopped at once.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("Lakeside Tenants Union", demand.By!.Name, StringComparison.Ordinal);
        Assert.StartsWith("the evictions must be stopped", demand.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_TheTitleAlone_IsThePersonNamedWithItBefore_AndHeIsThePersonDescribedLast()
    {
        const string text = "Late last night President Ivo Brant accepted the resignation of his interior minister. In a brief message, the president "
            + "asked the country to stay calm and promised an investigation.\n\nA leader of one of the farmers' federations told us that farmers "
            + "will march on Monday. He called on the prosecutor to investigate the police commanders.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(2, demands.Count);
        Assert.Equal(("Ivo Brant", "stay calm"), (demands[0].By!.Name, demands[0].What));
        Assert.Equal("leader of one of the farmers' federations", demands[1].By!.Name);
    }
    [Theory]
    [InlineData("The UN Secretary-General called for restraint in Tarvo.", "UN Secretary-General", "United Nations")]
    [InlineData("The Secretary-General of the United Nations called for an inquiry into the killings in Tarvo.", "Secretary-General of the United Nations", "United Nations")]
    [InlineData("Amnesty International's regional director called for the release of the Tarvo activists.", "Amnesty International's regional director", "Amnesty International")]
    public void Find_AnOfficeOfABody_SpeaksAsTheOffice_WithTheBodyAsAlias(string text, string office, string body)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal(office, demand.By!.Name);
        Assert.Contains(body, demand.By.Aliases);
    }

    [Fact]
    public void Find_AnOfficeAsked_IsTheAddressee()
    {
        var demand = Assert.Single(UpstreamDoc.Demands("The Harbour Rights League urged the UN Secretary-General to visit the port of Tarvo."));

        Assert.Equal("UN Secretary-General", Assert.Single(demand.Addressees).Name);
    }

    [Fact]
    public void Find_TwoBodiesAsked_StayTwoAddressees()
    {
        var demand = Assert.Single(UpstreamDoc.Demands("We call on the Kenyan authorities and the African Union to act."));

        Assert.Equal(2, demand.Addressees.Count);
    }
}
