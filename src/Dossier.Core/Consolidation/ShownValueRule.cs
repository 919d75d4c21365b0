using System.Text.Json.Nodes;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Computes the value shown for a field from its claims (docs/consolidation.md): a confirmed claim first;
/// else the value given by more independent publishers than any other; else, on a tie, the value of the
/// most reliable source (Admiralty grade of the source, else of its publisher; ungraded is F; then the
/// earliest source). Rejected and superseded claims are ignored. Counts always carry low/high across all
/// sources. Perpetrators are a set: sources disagree when their sets share no actor. Pure.
/// </summary>
public static class ShownValueRule
{
    public static ShownValue Compute(
        string field, IEnumerable<Claim> claims, IReadOnlyDictionary<long, SourceView> sources, IndependenceGroups groups)
    {
        var live = claims.Where(c => c.Field == field && IsLive(c)).ToList();
        if (live.Count == 0)
        {
            return new ShownValue(field, null, ShownRule.None, 0);
        }

        var byValue = live.GroupBy(c => ClaimValues.SameKey(field, c.Value), StringComparer.Ordinal).ToList();
        var support = byValue.ToDictionary(g => g.Key, g => groups.CountGroups(g.Select(GroupSource)), StringComparer.Ordinal);
        CountRange? lowHigh = null;
        if (ClaimFields.IsCount(field))
        {
            foreach (var range in live.Select(c => ClaimValues.ReadCount(c.Value)).OfType<CountRange>())
            {
                lowHigh = lowHigh is { } r ? r.Union(range) : range;
            }
        }

        var disagreement = field == ClaimFields.Date ? DatesDisagree(live) : byValue.Count > 1;
        var shown = Choose(live, byValue, support, sources);
        return new ShownValue(field, shown.Claim.Value, shown.Rule, support[ClaimValues.SameKey(field, shown.Claim.Value)])
        {
            Display = ClaimValues.Display(shown.Claim.Value),
            LowHigh = lowHigh,
            Disagreement = disagreement,
            DistinctValues = byValue.Count,
        };
    }

    /// <summary>Perpetrators: every named actor, most supported first; flagged when two sources name disjoint sets.</summary>
    public static ShownValue ComputePerpetrators(
        IEnumerable<Claim> claims, IReadOnlyDictionary<long, SourceView> sources, IndependenceGroups groups)
    {
        var live = claims.Where(c => c.Field == ClaimFields.Perpetrator && IsLive(c)).ToList();
        if (live.Count == 0)
        {
            return new ShownValue(ClaimFields.Perpetrator, null, ShownRule.None, 0);
        }

        var confirmed = live.Where(c => c.Status == ClaimStatus.Confirmed).ToList();
        var used = confirmed.Count > 0 ? confirmed : live;
        var byValue = used.GroupBy(c => ClaimValues.SameKey(ClaimFields.Perpetrator, c.Value), StringComparer.Ordinal)
            .Select(g => (Claims: g.ToList(), Support: groups.CountGroups(g.Select(GroupSource))))
            .OrderByDescending(x => x.Support)
            .ThenBy(x => x.Claims.Min(c => sources.TryGetValue(c.SourceId ?? 0, out var s) ? s.EffectiveGrade : SourceReliability.F))
            .ToList();
        var perSource = live.Where(c => c.SourceId is not null)
            .GroupBy(c => groups.GroupOf(c.SourceId!.Value))
            .Select(g => g.Select(c => ClaimValues.SameKey(ClaimFields.Perpetrator, c.Value)).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var disjoint = perSource.Any(a => perSource.Any(b => !a.Overlaps(b)));
        var names = new JsonArray(byValue.Select(x => (JsonNode)ClaimValues.Display(x.Claims[0].Value)).ToArray());
        var top = byValue[0].Support;
        var rule = confirmed.Count > 0 ? ShownRule.Analyst
            : perSource.Count <= 1 ? ShownRule.SingleSource
            : byValue.Count(x => x.Support == top) == 1 && top > 1 ? ShownRule.Agreement
            : ShownRule.Reliability;
        return new ShownValue(ClaimFields.Perpetrator, names.ToJsonString(), rule, top)
        {
            Display = string.Join(", ", byValue.Select(x => ClaimValues.Display(x.Claims[0].Value))),
            Disagreement = disjoint,
            DistinctValues = byValue.Count,
        };
    }

    public static bool IsLive(Claim claim) => claim.Status is ClaimStatus.Proposed or ClaimStatus.Confirmed;

    private static (Claim Claim, ShownRule Rule) Choose(
        List<Claim> live, List<IGrouping<string, Claim>> byValue, Dictionary<string, int> support,
        IReadOnlyDictionary<long, SourceView> sources)
    {
        var confirmed = live.Where(c => c.Status == ClaimStatus.Confirmed).MaxBy(c => c.Id);
        if (confirmed is not null)
        {
            return (confirmed, ShownRule.Analyst);
        }

        var best = support.Values.Max();
        var leaders = byValue.Where(g => support[g.Key] == best).ToList();
        if (leaders.Count == 1)
        {
            return (leaders[0].First(), best > 1 ? ShownRule.Agreement : ShownRule.SingleSource);
        }

        var mostReliable = leaders.SelectMany(g => g)
            .OrderBy(c => c.SourceId is { } id && sources.TryGetValue(id, out var s) ? s.EffectiveGrade : SourceReliability.F)
            .ThenBy(c => c.SourceId ?? long.MaxValue)
            .ThenBy(c => c.Id)
            .First();
        return (mostReliable, ShownRule.Reliability);
    }

    // A claim without a source (an analyst's own) is its own voice.
    private static long GroupSource(Claim claim) => claim.SourceId ?? -claim.Id;

    private static bool DatesDisagree(List<Claim> live)
    {
        var dates = live.Select(c => ClaimValues.ReadDate(c.Value)).OfType<PartialDate>().ToList();
        return dates.Any(a => dates.Any(b => !a.Overlaps(b)));
    }
}
