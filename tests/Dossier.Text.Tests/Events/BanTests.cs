namespace Dossier.Text.Tests.Events;

/// <summary>Bans as legal acts, and the gatherings they forbid (our own sentences).</summary>
public sealed class BanTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May the interior ministry banned the Ostrel Workers' Party.")]
    [InlineData("On 3 May the Varn Movement was outlawed under the security law.")]
    [InlineData("3 May – The government bans the Ostrel Workers' Party under the security law.")]
    public void Find_ABanIsALegalAct(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        var ban = Assert.Single(events);
        Assert.Equal(("legal_action", "2016-05-03"), (ban.Type, ban.Date?.ToIso()));
    }

    [Fact]
    public void Find_AGroupDescribedAsBanned_IsNoActOfItsOwn()
    {
        var events = UpstreamDoc.Events("On 3 May police arrested members of Tamar, a group banned by the authorities.", Published);

        Assert.Equal("arrest", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("On 3 May the governor banned all public rallies in Varn.")]
    [InlineData("On 3 May rallies were banned in Varn.")]
    public void Find_ABannedGathering_DidNotTakePlace(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Type == "protest");
        Assert.Contains(events, e => e.Type == "legal_action");
    }

    [Theory]
    [InlineData("Despite a ban on protests, thousands rallied in Varn on 3 May.")]
    [InlineData("On 3 May police broke up a protest in Varn that had been banned.")]
    public void Find_AGatheringHeldDespiteABan_IsAProtest(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.Contains(events, e => e.Type == "protest");
    }
}
