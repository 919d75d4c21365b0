using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Turns a finished draft into an immutable <see cref="ExtractedEvent"/>.</summary>
internal static class DraftPublisher
{
    /// <param name="home">The report's own place and country, used when the incident names no place.</param>
    public static ExtractedEvent Publish(TokenIndex ix, IncidentDraft draft, ReportPlace? home = null)
    {
        var primary = MainAct(draft);
        home ??= ReportPlace.None;
        var mention = draft.PlaceMention >= 0 ? draft.PlaceMention : draft.Aggregate || draft.Nationwide || home.NamedOnce && ToldBefore(ix, draft, home.Mention) ? -1 : home.Mention;
        var place = mention >= 0 ? NameResolver.FromMention(ix, mention) : null;
        var country = place?.CountryCode ?? draft.CountryHint ?? home.Country ?? draft.NamesCountry;
        if (place is null && country is not null && home.Countries.TryGetValue(country, out var named))
        {
            place = NameResolver.FromMention(ix, named); // a tally or an act told with no place: its country, as the report names it
        }

        return new ExtractedEvent(primary)
        {
            Also = OtherTypesByRank(draft.Types, primary),
            Date = draft.Date,
            DateSpan = draft.DateSpan,
            Location = place,
            CountryCode = country,
            Perpetrators = primary is EventTypes.Protest or EventTypes.Meeting ? [] : draft.Perpetrators.ToList(),
            Victims = draft.Victims,
            Counts = DeadCountedOnce(draft.Counts, primary),
            Evidence = WithoutRepeats(draft.Evidence),
            Triggers = draft.Triggers.ToList(),
        };
    }

    /// <summary>
    /// The types other than <paramref name="primary"/>, by rank, equal ranks in the order added (as a stable sort
    /// gives them). A plain insertion sort: an incident has a few types, and every incident is published.
    /// </summary>
    private static List<string> OtherTypesByRank(List<string> types, string primary)
    {
        var others = new List<string>(types.Count);
        foreach (var type in types)
        {
            if (type == primary)
            {
                continue;
            }

            var at = others.Count;
            while (at > 0 && EventTypes.Rank(others[at - 1]) > EventTypes.Rank(type))
            {
                at--;
            }

            others.Insert(at, type);
        }

        return others;
    }

    /// <summary>The spans without repeats, each where it first comes; a set only for an incident told in many sentences.</summary>
    private static List<TextSpan> WithoutRepeats(List<TextSpan> spans)
    {
        if (spans.Count > 8)
        {
            return spans.Distinct().ToList();
        }

        var distinct = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (!distinct.Contains(span))
            {
                distinct.Add(span);
            }
        }

        return distinct;
    }

    /// <summary>
    /// The incident's main act: its highest-ranked type, except that a mass abduction in which fewer were killed
    /// ("took 129 girls, killing two guards") is an abduction, as its larger figure says.
    /// </summary>
    private static string MainAct(IncidentDraft draft)
    {
        var primary = draft.Primary;
        return primary == EventTypes.Killing && draft.Types.Contains(EventTypes.Abduction)
            && draft.Counts.TryGetValue("abducted", out var taken) && draft.Counts.TryGetValue("killed", out var dead) && taken.Min > dead.Max
            ? EventTypes.Abduction
            : primary;
    }

    /// <summary>
    /// "security forces executed the ten men" told of a killing of ten: the same dead, once as killed and once
    /// as executed. The incident's own kind of death keeps the figure; different figures are both kept.
    /// </summary>
    private static Dictionary<string, ExtractedCount> DeadCountedOnce(Dictionary<string, ExtractedCount> counts, string primary)
    {
        var copy = new Dictionary<string, ExtractedCount>(counts, StringComparer.Ordinal);
        if (copy.TryGetValue("killed", out var killed) && copy.TryGetValue("executed", out var executed)
            && killed.Min == executed.Min && killed.Max == executed.Max)
        {
            copy.Remove(primary == EventTypes.Execution ? "killed" : "executed");
        }

        return copy;
    }

    /// <summary>The incident is told before the place's mention: it starts earlier in the text.</summary>
    private static bool ToldBefore(TokenIndex ix, IncidentDraft draft, int mention)
    {
        var start = int.MaxValue;
        foreach (var span in draft.Evidence)
        {
            start = Math.Min(start, span.Start);
        }

        return start < ix.Doc.EntityMentions[mention].Span.Start;
    }
}
