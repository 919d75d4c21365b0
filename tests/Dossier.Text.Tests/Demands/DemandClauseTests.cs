using Dossier.Text.Tests.Events;

namespace Dossier.Text.Tests.Demands;

/// <summary>How demands are cut into clauses and whose voice each clause is in.</summary>
public sealed class DemandClauseTests
{
    [Fact]
    public void Find_SecondModalClause_IsItsOwnDemand()
    {
        const string text = "\"The ministry must reopen the archive at once, and the courts must hear the families,\" said Lina Orhan.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(["reopen the archive at once", "hear the families"], demands.Select(d => d.What));
        Assert.All(demands, d => Assert.Equal("Lina Orhan", d.By!.Name));
    }

    [Theory]
    [InlineData("The Harbour Rights League demanded that the Security Council refer the case to the court.", "Security Council", "refer the case to the court")]
    [InlineData("The Harbour Rights League demanded that the government release the dockers.", "government", "release the dockers")]
    [InlineData("The families asked that President Ivo Brant explain the killings.", "Ivo Brant", "explain the killings")]
    public void Find_TheSubjectOfADemandedThatClause_IsWhoIsAsked(string text, string addressee, string what)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains(demand.Addressees, a => a.Name.EndsWith(addressee, StringComparison.Ordinal));
        Assert.Equal(what, demand.What);
    }

    [Fact]
    public void Find_AnAppealToReaders_IsInTheReportsVoice_AndAsksWhomTheyWriteTo()
    {
        var demand = Assert.Single(UpstreamDoc.Demands("Write to the Public Prosecutor urging him to release Ivo Brant immediately."));

        Assert.Equal("report author", demand.By!.Name);
        Assert.Contains(demand.Addressees, a => a.Name == "Public Prosecutor");
        Assert.Equal("release Ivo Brant immediately", demand.What);
    }

    [Fact]
    public void Find_AThatClauseReportingAFact_NamesNoAddressee()
    {
        var demand = Assert.Single(UpstreamDoc.Demands("The Harbour Rights League demanded that the dockers who were beaten be compensated."));

        Assert.Empty(demand.Addressees);
    }

    [Fact]
    public void Find_SecondFiniteCallVerb_StartsANewDemand()
    {
        const string text = "The Harbour Rights League calls on the port authority to publish its safety logs, and urges the insurers to pay the widows.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(["publish its safety logs", "pay the widows"], demands.Select(d => d.What));
        Assert.Contains(demands[1].Addressees, a => a.Name.Contains("insurers", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_BareVerbAfterAnd_StaysInsideTheRequest()
    {
        const string text = "The Harbour Rights League urged the port authority to keep its promises and compel the shipping firms to pay the widows.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("keep its promises and compel the shipping firms to pay the widows", demand.What);
    }

    [Fact]
    public void Find_ModalJoinedToReportedClause_TakesThatClausesSubject()
    {
        const string text = "The Tidewater Monitor said the coastguard had ignored the distress calls and must explain its orders.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("explain its orders", demand.What);
        Assert.Contains(demand.Addressees, a => a.Name.Contains("coastguard", StringComparison.Ordinal));
        Assert.Contains("Tidewater Monitor", demand.By!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ModalAfterRelativeClause_TakesTheSubjectBeforeIt()
    {
        const string text = "Rafael Souto said the mayor, who has kept silent for a month, must name the officers involved.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("name the officers involved", demand.What);
        Assert.Contains(demand.Addressees, a => a.Name.Contains("mayor", StringComparison.Ordinal));
        Assert.Equal("Rafael Souto", demand.By!.Name);
    }

    [Fact]
    public void Find_WhileClause_HasItsOwnSpeaker()
    {
        const string text = "Local unions called on the governor to lift the curfew, while the Northern Bar Council urged the police to free the detained lawyers.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(2, demands.Count);
        Assert.Contains("Northern Bar Council", demands[1].By!.Name, StringComparison.Ordinal);
        Assert.Equal("free the detained lawyers", demands[1].What);
    }

    [Fact]
    public void Find_VerbJoinedAfterQuotation_KeepsTheSubjectBeforeTheQuote()
    {
        const string text = "The envoy, Miriam Castell, called the raid \"a grave breach of the truce\", and urged an impartial inquiry into it.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Miriam Castell", demand.By!.Name);
        Assert.Equal("an impartial inquiry into it", demand.What);
    }

    [Fact]
    public void Find_NounUseOfDemandWord_IsNotADemand()
    {
        const string text = "The demand comes a week after officials said the river camp was to be cleared.";

        Assert.Empty(UpstreamDoc.Demands(text));
    }

    [Theory]
    [InlineData("Some 300 people have sought medical treatment since the floods began.")]
    [InlineData("The pilots had requested air cover before the convoy left.")]
    public void Find_WeakRequestVerbWithoutARemedy_IsNotADemand(string text)
    {
        Assert.Empty(UpstreamDoc.Demands(text));
    }

    [Fact]
    public void Find_SoughtTheRelease_IsADemand()
    {
        const string text = "The Desert Press Union sought the release of the three reporters.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("the release of the three reporters", demand.What);
    }

    [Fact]
    public void Find_ProgressiveDemanding_IsADemandWithTheBodyAfterBy()
    {
        const string text = "Today the villagers of Tarsel are demanding action by the regional council to rebuild the bridge.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("villagers", demand.By!.Name, StringComparison.Ordinal);
        Assert.Contains(demand.Addressees, a => a.Name.Contains("regional council", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_AskOnlyThat_IsADemand()
    {
        const string text = "\"We ask only that the bodies be returned,\" said Petra Milos.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Petra Milos", demand.By!.Name);
        Assert.Equal("the bodies be returned", demand.What);
    }

    [Fact]
    public void Find_RecommendedThat_IsADemand()
    {
        const string text = "The Valley Ombudsman recommended that the two wardens be suspended.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("the two wardens be suspended", demand.What);
    }

    [Fact]
    public void Find_CallOnASecondAddressee_IsItsOwnDemand()
    {
        const string text = "We call on the city council to halt the demolitions, and on the courts to hear the residents' appeals.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(["halt the demolitions", "hear the residents' appeals"], demands.Select(d => d.What));
        Assert.Contains(demands[1].Addressees, a => a.Name.Contains("courts", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ListOfRequestsToANamedAddressee_GivesOneDemandPerVerb()
    {
        const string text = "The Delta Housing Forum said the city council must publish the eviction orders, release the seized furniture and compensate the families.";

        var whats = UpstreamDoc.Demands(text).Select(d => d.What).ToList();

        Assert.Equal(["publish the eviction orders", "release the seized furniture", "compensate the families"], whats);
    }

    [Fact]
    public void Find_ShortVerbPairOrNounAfterAnd_IsNotSplit()
    {
        const string text = "The Delta Housing Forum said the city council must find and punish the arsonists and the release of the names.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.StartsWith("find and punish the arsonists", demand.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SecondModalAfterRelativeClause_IsItsOwnDemand()
    {
        const string text = "The ministry must reopen the archive, and the army, which has kept the files for years, must hand them over.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(["reopen the archive", "hand them over"], demands.Select(d => d.What));
        Assert.Contains(demands[1].Addressees, a => a.Name.Contains("army", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_StressedTheNeedFor_IsADemandOfTheSpeaker()
    {
        const string text = "Rafael Souto said he was alarmed and stressed the need for an independent autopsy.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Rafael Souto", demand.By!.Name);
        Assert.Equal("an independent autopsy", demand.What);
    }

    [Theory]
    [InlineData("Marches demanding land reform were broken up in 1998.")]
    [InlineData("The dockers had walked out a week earlier, demanding a new contract.")]
    public void Find_BackgroundParticiple_IsNotADemand(string text)
    {
        Assert.Empty(UpstreamDoc.Demands(text));
    }

    [Theory]
    [InlineData("The Harbour Rights League joins the unions in demanding a public inquiry.")]
    [InlineData("The families are demanding a public inquiry.")]
    [InlineData("Speakers condemned the raids, demanding a public inquiry.")]
    public void Find_GerundOrProgressiveDemand_IsKept(string text)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("a public inquiry", demand.What);
    }

    [Fact]
    public void Find_RequestFollowedBySaid_EndsBeforeTheOtherStatement()
    {
        const string text = "The Harbour Rights League, which the families had urged to review the case, said it had found gaps.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("review the case", demand.What);
    }

    [Fact]
    public void Find_CalledForOneWordAndUrged_GivesTwoDemands()
    {
        const string text = "Rafael Souto called for calm and urged the governor to withdraw the riot police.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(["calm", "withdraw the riot police"], demands.Select(d => d.What));
        Assert.All(demands, d => Assert.Equal("Rafael Souto", d.By!.Name));
    }

    [Fact]
    public void Find_TakesNoQuestionOrHeading_ForADemand()
    {
        var demands = UpstreamDoc.Demands("What must change\n\nThe port authority must publish its safety logs.");

        Assert.Equal(["publish its safety logs"], demands.Select(d => d.What));
    }

    [Fact]
    public void Find_LeavesTheDayOfTheAsking_OutOfTheAddressee()
    {
        var demand = Assert.Single(UpstreamDoc.Demands("Lina Orhan asked the dockers yesterday to stay at home."));

        Assert.Equal("dockers", Assert.Single(demand.Addressees).Name);
    }

    [Fact]
    public void Find_TakesTheSpeaker_FromTheClauseThatAsks()
    {
        var demand = Assert.Single(UpstreamDoc.Demands(
            "The harbour stayed quiet all day, after the union leader Lina Orhan asked the dockers to stay at home."));

        Assert.Equal("Lina Orhan", demand.By!.Name);
    }

    [Theory]
    [InlineData("The president called on the country to stay calm and promised an investigation.", "stay calm")]
    [InlineData("Its lawyer said the prosecutor should open a new inquiry into those who ordered the murder, but that he had shown no sign of doing so.",
        "open a new inquiry into those who ordered the murder")]
    public void Find_TheSpeakersNextStatement_IsNotPartOfWhatWasAsked(string text, string what)
    {
        Assert.Equal(what, Assert.Single(UpstreamDoc.Demands(text)).What);
    }

    [Fact]
    public void Find_AskingNotToBeNamed_IsNoDemand()
    {
        Assert.Empty(UpstreamDoc.Demands("A member of the forum, who asked not to be named, said the police had come at night."));
    }

    [Theory]
    [InlineData("We therefore call on the government to release all political prisoners.", "report author")]
    [InlineData("For the second weekend running, students went into the streets to demand the release of Ivo Brant.", "students")]
    public void Find_TheRequester_StopsBeforeAdverbsAndItsOwnVerb(string text, string by)
    {
        Assert.Equal(by, Assert.Single(UpstreamDoc.Demands(text)).By!.Name);
    }

    [Fact]
    public void Find_ANewClauseAfterTheThingAskedFor_IsNotPartOfIt()
    {
        var demand = Assert.Single(UpstreamDoc.Demands(
            "For the second weekend running, students went into the streets to demand the release of Ivo Brant, and for the second weekend running the police were waiting."));

        Assert.Equal("the release of Ivo Brant", demand.What);
    }

    [Fact]
    public void Find_TwoThingsCalledFor_StayTogether()
    {
        var demand = Assert.Single(UpstreamDoc.Demands(
            "The Harbour Rights League called for an independent investigation, and for urgent protection for the dockers' families."));

        Assert.Equal("an independent investigation, and for urgent protection for the dockers' families", demand.What);
    }
    [Fact]
    public void Find_EndsTheRequest_WhereAContrastOpensAnothersStatement()
    {
        var demand = Assert.Single(UpstreamDoc.Demands(
            "The opposition leader, Ana Marsh, called for a full inquiry, while the Harbour Rights League said it would sue the port authority."));

        Assert.Equal("a full inquiry", demand.What);
    }
    [Theory]
    [InlineData("We reiterate our call on the Harbour Council to reopen the inquiry.", "reopen the inquiry")]
    [InlineData("The Harbour Rights League repeated its call for the release of the dockers.", "the release of the dockers")]
    public void Find_ACallMadeAgain_IsADemand(string text, string what)
    {
        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal(what, demand.What);
        Assert.DoesNotContain("reiterate", demand.By!.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("repeated", demand.By.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_TheirCallsAsANoun_AreNoDemand()
    {
        Assert.Empty(UpstreamDoc.Demands("Their calls went unanswered for months."));
    }

    [Theory]
    [InlineData("Forty organisations asked for the port law to be repealed.", "the port law to be repealed")]
    [InlineData("The families asked for the release of the bodies.", "the release of the bodies")]
    public void Find_AskedForARemedy_IsADemand(string text, string what)
    {
        Assert.Equal(what, Assert.Single(UpstreamDoc.Demands(text)).What);
    }

    [Theory]
    [InlineData("Every defendant asked for forgiveness.")]
    [InlineData("The families asked for help.")]
    public void Find_AskedForSomethingElse_IsNoDemand(string text)
    {
        Assert.Empty(UpstreamDoc.Demands(text));
    }

    [Fact]
    public void Find_APetitionToACourt_IsADemand()
    {
        var demand = Assert.Single(UpstreamDoc.Demands("Lawyers for the dockers have petitioned the Supreme Court to order their release."));

        Assert.Equal("Supreme Court", Assert.Single(demand.Addressees).Name);
    }
}
