using Dossier.Text.Demands;
using Dossier.Text.Tests.Events;

namespace Dossier.Text.Tests.Demands;

public sealed class DemandExtractorTests
{
    [Fact]
    public void Find_CalledOnToDo_GivesSpeakerAddresseeAndAction()
    {
        const string text = "The Harbour Workers Union called on the government to release the detained dockers.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Contains("Harbour Workers Union", demand.By!.Name);
        Assert.Contains(demand.Addressees, a => a.Name.Contains("government", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("release the detained dockers", demand.What);
        Assert.Equal(demand.What, text[demand.WhatSpan!.Value.Start..demand.WhatSpan.Value.End]);
    }

    [Fact]
    public void Find_MustClause_AttributedBySpeakerAfterIt()
    {
        const string text = "The United Nations must send observers to the border camps, Elena Varga has demanded.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Elena Varga", demand.By!.Name);
        Assert.Contains(demand.Addressees, a => a.Name == "United Nations");
        Assert.StartsWith("send observers", demand.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_QuoteContinuedInNextParagraph_KeepsItsSpeaker()
    {
        const string text = "Tomas Reyes, the group's director, said: \"The camp has been shelled twice.\n\n" +
            "\"The Red Cross should be given access to the wounded at once.\"";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Tomas Reyes", demand.By!.Name);
        Assert.Contains("Red Cross", demand.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_FirstPersonInStatement_IsThePublisher()
    {
        const string text = "STATEMENT - Lakeside Rights Forum\n\nPolice detained 30 activists on Friday.\n\n" +
            "We urge the authorities to free them without conditions.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal("Lakeside Rights Forum", demand.By!.Name);
        Assert.Equal("free them without conditions", demand.What);
    }

    [Fact]
    public void Find_CoordinatedRequests_BecomeOneDemandEach()
    {
        const string text = "The Coastal Justice Network calls on the ministry to open the files, to publish the names and to compensate the families.";

        var whats = UpstreamDoc.Demands(text).Select(d => d.What).ToList();

        Assert.Equal(["open the files", "publish the names", "compensate the families"], whats);
    }

    [Fact]
    public void Find_BulletedList_GivesOneDemandPerBullet()
    {
        const string text = "The Valley Defenders Collective calls on the Government to:\n" +
            "- repeal the emergency decree;\n- reopen the independent radio stations.";

        var demands = UpstreamDoc.Demands(text);

        Assert.Equal(["repeal the emergency decree", "reopen the independent radio stations"], demands.Select(d => d.What));
        Assert.All(demands, d => Assert.Contains("Valley Defenders Collective", d.By!.Name));
    }

    [Theory]
    [InlineData("The refugees, who must be protected under the convention, remain in the camp.")]
    [InlineData("It must be said that the talks went well.")]
    [InlineData("The minister said the situation was calm.")]
    public void Find_NoDemand_WhereNothingIsAsked(string text)
    {
        Assert.Empty(UpstreamDoc.Demands(text));
    }

    [Fact]
    public void Find_UnattributedDemand_GoesToReportAuthor_WhenNoOneSpeaks()
    {
        const string text = "The killings went unpunished for a decade. Those who gave the orders must be held to account.";

        var demand = Assert.Single(UpstreamDoc.Demands(text));

        Assert.Equal(DemandExtractor.ReportAuthor, demand.By!.Name);
    }
}
