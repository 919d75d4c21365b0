using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Tests.Consolidation;

public class ConsolidationShownValueTests
{
    private const string Extractor = "dossier-text@0.1.0";
    private long _nextId = 1;

    private Claim Killed(long source, long figure, long? max = null) =>
        new(_nextId++, 1, "count.killed", ClaimValues.Count(new CountRange(figure, max ?? figure)), source, Extractor);

    private static (Dictionary<long, SourceView>, IndependenceGroups) Sources(params SourceView[] sources) =>
        (sources.ToDictionary(s => s.Id), new IndependenceGroups(sources));

    [Fact]
    public void Majority_OfIndependentPublishers_IsShown_WithLowHighAndFlag()
    {
        var (views, groups) = Sources(new(1, "NCRI"), new(2, "Iran Liberty"), new(3, "Officials"));
        var claims = new[] { Killed(1, 52), Killed(2, 52), Killed(3, 47) };

        var shown = ShownValueRule.Compute("count.killed", claims, views, groups);

        Assert.Equal(ShownRule.Agreement, shown.Rule);
        Assert.Equal("52", ClaimValues.Display(shown.Value!));
        Assert.Equal(2, shown.Support);
        Assert.Equal(new CountRange(47, 52), shown.LowHigh);
        Assert.True(shown.Disagreement);
    }

    [Fact]
    public void CopiesOfOnePressRelease_CountOnce_SoReliabilityDecides()
    {
        // Sources 1 and 2 carry one text; 3 is independent and better graded.
        var (views, groups) = Sources(
            new(1, "Outlet A") { Grade = SourceReliability.D },
            new(2, "Outlet B") { DuplicateOf = 1, Grade = SourceReliability.D },
            new(3, "Agency C") { Grade = SourceReliability.B });
        var claims = new[] { Killed(1, 52), Killed(2, 52), Killed(3, 40) };

        var shown = ShownValueRule.Compute("count.killed", claims, views, groups);

        Assert.Equal(ShownRule.Reliability, shown.Rule);
        Assert.Equal("40", ClaimValues.Display(shown.Value!));
        Assert.Equal(new CountRange(40, 52), shown.LowHigh);
    }

    [Fact]
    public void SamePublisherTwice_CountsOnce()
    {
        var (views, groups) = Sources(new(1, "NCRI"), new(2, "ncri"), new(3, "UNAMI") { PublisherGrade = SourceReliability.A });
        var claims = new[] { Killed(1, 52), Killed(2, 52), Killed(3, 50) };

        var shown = ShownValueRule.Compute("count.killed", claims, views, groups);

        Assert.Equal(ShownRule.Reliability, shown.Rule);
        Assert.Equal("50", ClaimValues.Display(shown.Value!));
    }

    [Fact]
    public void ConfirmedAnalystClaim_WinsOverMajority_RejectedIgnored()
    {
        var (views, groups) = Sources(new(1, "A"), new(2, "B"), new(3, "C"));
        var analyst = new Claim(_nextId++, 1, "count.killed", ClaimValues.Count(CountRange.Exact(53)), 3, "alice") { Status = ClaimStatus.Confirmed };
        var rejected = Killed(3, 1000) with { Status = ClaimStatus.Rejected };
        var claims = new[] { Killed(1, 52), Killed(2, 52), analyst, rejected };

        var shown = ShownValueRule.Compute("count.killed", claims, views, groups);

        Assert.Equal(ShownRule.Analyst, shown.Rule);
        Assert.Equal("53", ClaimValues.Display(shown.Value!));
        Assert.Equal(new CountRange(52, 53), shown.LowHigh);
    }

    [Fact]
    public void SingleSource_SaysSo()
    {
        var (views, groups) = Sources(new SourceView(1, "A"));

        var shown = ShownValueRule.Compute("count.killed", [Killed(1, 24, 99)], views, groups);

        Assert.Equal(ShownRule.SingleSource, shown.Rule);
        Assert.Equal(new CountRange(24, 99), shown.LowHigh);
        Assert.False(shown.Disagreement);
    }

    [Fact]
    public void Dates_DayWithinMonth_IsNoDisagreement_DifferentDaysIs()
    {
        var (views, groups) = Sources(new(1, "A"), new(2, "B"), new(3, "C"));
        Claim Date(long source, string iso) => new(_nextId++, 1, "date", ClaimValues.Text(iso), source, Extractor);

        Assert.False(ShownValueRule.Compute("date", [Date(1, "2013-09-01"), Date(2, "2013-09")], views, groups).Disagreement);
        Assert.True(ShownValueRule.Compute("date", [Date(1, "2013-09-01"), Date(3, "2013-09-02")], views, groups).Disagreement);
    }

    [Fact]
    public void Perpetrators_DisjointSets_AreFlagged()
    {
        var (views, groups) = Sources(new(1, "NCRI"), new(2, "Iraqi government"));
        Claim Perp(long source, string name, long actor) =>
            new(_nextId++, 1, "perpetrator", ClaimValues.Named(name, "actor_id", actor), source, Extractor);

        var shown = ShownValueRule.ComputePerpetrators(
            [Perp(1, "Iraqi forces", 10), Perp(1, "Nouri al-Maliki", 11), Perp(2, "infighting among residents", 12)], views, groups);

        Assert.True(shown.Disagreement);
        Assert.Equal(3, shown.DistinctValues);
    }

    [Fact]
    public void Fingerprint_CopyWithNewHeadline_IsDuplicate_OtherReportIsNot()
    {
        var body = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i % 37} item{i}"));
        var copy = "Breaking: republished statement. " + body + " Share this page.";
        var other = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"other{i % 23} thing{i}"));

        var a = TextFingerprint.Of(body);

        Assert.True(a.IsDuplicateOf(TextFingerprint.Of(copy)));
        Assert.NotEmpty(a.BandKeys().Intersect(TextFingerprint.Of(copy).BandKeys()));
        Assert.False(a.IsDuplicateOf(TextFingerprint.Of(other)));
        Assert.Equal(a.Minima.ToArray(), TextFingerprint.FromBytes(a.ToBytes()).Minima.ToArray());
    }
}
