using Dossier.Core.Consolidation;
using Dossier.Core.Domain;

namespace Dossier.Core.Tests.Consolidation;

public class ConsolidationMatcherTests
{
    private static IncidentSignature Sig(string type, PartialDate? date, long? place, string? country, bool placeIsCountry = false, params string[] also) =>
        new(0, EventFamilies.Of(type, also), date, place, placeIsCountry ? "country" : "city", country);

    private static readonly PartialDate Sept1 = PartialDate.Day(2013, 9, 1);

    [Fact]
    public void SameDaySamePlace_KillingAndAttack_Join_WithReasons()
    {
        var decision = IncidentMatcher.Decide(Sig("attack", Sept1, 5, "IQ"), Sig("killing", Sept1, 5, "IQ") with { IncidentId = 9 });

        Assert.True(decision.Joins);
        Assert.Contains("place", decision.Agreed);
        Assert.Contains(decision.Agreed, a => a.StartsWith("type family life", StringComparison.Ordinal));
        Assert.Contains("date 2013-09-01", decision.Agreed);
    }

    [Fact]
    public void AbductionInMonth_JoinsKillingWithAlsoAbduction()
    {
        var decision = IncidentMatcher.Decide(Sig("abduction", PartialDate.Month(2013, 9), 5, "IQ"), Sig("killing", Sept1, 5, "IQ", false, "abduction"));

        Assert.True(decision.Joins);
        Assert.Contains(decision.Agreed, a => a.Contains("liberty", StringComparison.Ordinal));
    }

    [Fact]
    public void CountryOnly_JoinsSpecificPlaceInSameCountry()
    {
        var decision = IncidentMatcher.Decide(Sig("killing", Sept1, 2, "IQ", placeIsCountry: true), Sig("killing", Sept1, 5, "IQ"));

        Assert.True(decision.Joins);
        Assert.Contains("country IQ", decision.Agreed);
    }

    [Theory]
    [InlineData("protest", 2013, 9, 1, 5L, "IQ", "type families differ")]
    [InlineData("killing", 2013, 9, 5, 5L, "IQ", "dates incompatible")]
    [InlineData("killing", 2013, 9, 1, 6L, "IQ", "different places")]
    public void Contradictions_KeepApart(string type, int y, int m, int d, long place, string country, string conflict)
    {
        var decision = IncidentMatcher.Decide(Sig(type, PartialDate.Day(y, m, d), place, country), Sig("killing", Sept1, 5, "IQ"));

        Assert.False(decision.Joins);
        Assert.Equal(conflict, decision.Conflict);
    }

    [Fact]
    public void SamePlace_JoinsEvenWhenEventsGiveDifferentCountries()
    {
        var decision = IncidentMatcher.Decide(Sig("killing", Sept1, 5, "FR"), Sig("killing", Sept1, 5, "IQ"));

        Assert.True(decision.Joins);
        Assert.Contains("place", decision.Agreed);
    }

    [Fact]
    public void CountryOnly_InAnotherCountry_StaysApart()
    {
        var decision = IncidentMatcher.Decide(Sig("killing", Sept1, 2, "IR", placeIsCountry: true), Sig("killing", Sept1, 5, "IQ"));

        Assert.Equal("countries differ", decision.Conflict);
    }

    [Fact]
    public void Buckets_OfSamePlace_MeetAcrossCountries()
    {
        var a = IncidentBuckets.For(Sig("killing", Sept1, 5, "FR"));
        var b = IncidentBuckets.For(Sig("killing", Sept1, 5, null));

        Assert.Contains("life|@5|2013-09", b);
        Assert.NotEmpty(a.Intersect(b));
    }

    [Fact]
    public void Region_AgreesWithATownInTheCountry_ButNotWithAnotherRegion()
    {
        var rakhine = Sig("killing", Sept1, 7, "MM") with { PlaceKind = "region" };

        Assert.True(IncidentMatcher.Decide(rakhine, Sig("killing", Sept1, 8, "MM")).Joins);
        Assert.Equal("different regions", IncidentMatcher.Decide(rakhine, Sig("killing", Sept1, 9, "MM") with { PlaceKind = "region" }).Conflict);
    }

    [Fact]
    public void NextDay_IsWithinSlack_ButTwoDaysIsNot()
    {
        Assert.True(IncidentMatcher.Decide(Sig("killing", PartialDate.Day(2013, 9, 2), 5, "IQ"), Sig("killing", Sept1, 5, "IQ")).Joins);
        Assert.False(IncidentMatcher.Decide(Sig("killing", PartialDate.Day(2013, 9, 3), 5, "IQ"), Sig("killing", Sept1, 5, "IQ")).Joins);
    }

    [Fact]
    public void YearOrUndated_TooVagueToJoinAutomatically()
    {
        Assert.False(IncidentMatcher.Decide(Sig("killing", PartialDate.Year(2013), 5, "IQ"), Sig("killing", Sept1, 5, "IQ")).Joins);
        Assert.False(IncidentMatcher.Decide(Sig("killing", null, 5, "IQ"), Sig("killing", Sept1, 5, "IQ")).Joins);
    }

    [Fact]
    public void Buckets_OfMatchingPair_Intersect_AndUndatedHasNone()
    {
        var day = IncidentBuckets.For(Sig("killing", PartialDate.Day(2013, 9, 30), 5, "IQ"));
        var month = IncidentBuckets.For(Sig("attack", PartialDate.Month(2013, 10), 5, "IQ"));

        Assert.Contains("life|IQ|2013-10", day);
        Assert.NotEmpty(day.Intersect(month));
        Assert.Empty(IncidentBuckets.For(Sig("killing", null, 5, "IQ")));
    }

    [Theory]
    [InlineData("2013-09-01", "2013-09-01")]
    [InlineData("2013-09", "2013-09")]
    [InlineData("1988", "1988")]
    [InlineData("2013-08/2014-08", "2013-08/2014-08")]
    public void PartialDate_IsoRoundTrip(string iso, string expected) =>
        Assert.Equal(expected, PartialDate.TryParse(iso)!.Value.ToIso());

    [Theory]
    [InlineData("2013-13")]
    [InlineData("2013-02-30")]
    [InlineData("yesterday")]
    public void PartialDate_InvalidText_IsNull(string text) => Assert.Null(PartialDate.TryParse(text));
}
