using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Picks an incident's place: the most specific location entity in the trigger's sentence (a camp or
/// prison before a city, a city before a country), nearest the trigger on ties. Stateless.
/// </summary>
internal sealed class PlaceFinder
{
    private const int MaxDistance = 20;
    private const int MaxEarlierSentences = 2;

    /// <summary>Added to the rank of a place taken from an earlier sentence: weaker than any place named with the act.</summary>
    public const int InferredRank = 10;

    /// <summary>The mention index (into <see cref="Pipeline.Doc.EntityMentions"/>) of the best place, or -1.</summary>
    public int Find(TokenIndex ix, Sentence sentence, int trigger)
    {
        var best = -1;
        var bestRank = int.MaxValue;
        var bestDistance = int.MaxValue;
        var mentions = ix.Doc.EntityMentions;
        // A place far off in a long sentence is usually another clause's.
        var first = Math.Max(sentence.FirstToken, trigger - MaxDistance);
        var end = Math.Min(Math.Min(sentence.EndToken, ix.Count), trigger + MaxDistance + 1);
        for (var t = ix.NextEntityToken(first, end); t < end; t = ix.NextEntityToken(t + 1, end))
        {
            var i = ix.EntityAt(t);
            if ((t > first && ix.EntityAt(t - 1) == i) || mentions[i].Type != EntityType.Location)
            {
                continue;
            }

            var mention = mentions[i];
            if (SentenceIncidents.InDateline(ix, mention.Span) || SeatOfABody(ix, t))
            {
                continue;
            }

            var distance = Math.Abs(t - trigger);

            var rank = Rank(EntityOf(ix, mention));
            if (rank < bestRank || (rank == bestRank && distance < bestDistance))
            {
                (best, bestRank, bestDistance) = (i, rank, distance);
            }
        }

        return best;
    }

    private static readonly WordSet SeatWords = new("based headquartered registered");

    /// <summary>"a group based in Norway": where a body sits, not where the act took place.</summary>
    private static bool SeatOfABody(TokenIndex ix, int t) => ix.Is(t - 1, "in") && ix.IsAny(t - 2, SeatWords);

    /// <summary>
    /// The place of an incident whose own sentence names none: reports name the place once ("Gunmen
    /// entered the village of X on Monday.") and tell the incident in the next sentences of the paragraph.
    /// The most specific place of the nearest earlier sentence of the same paragraph, or -1.
    /// </summary>
    public int FindEarlier(TokenIndex ix, int sentenceIndex)
    {
        var sentences = ix.Doc.Sentences;
        var paragraph = sentences[sentenceIndex].Paragraph;
        for (var s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - MaxEarlierSentences && sentences[s].Paragraph == paragraph; s--)
        {
            var sentence = sentences[s];
            var found = Find(ix, sentence, Math.Min(sentence.EndToken, ix.Count) - 1);
            if (found >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    /// <summary>
    /// The place a report names most often (not its dateline, where it was filed): its first mention, or -1
    /// when no place leads, and how many times the report names it.
    /// </summary>
    public static (int Mention, int Times) HomePlace(TokenIndex ix)
    {
        var tally = new Dictionary<int, (int Count, int Mention)>();
        var mentions = ix.Doc.EntityMentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Type != EntityType.Location || mention.EntityId < 0 || SentenceIncidents.InDateline(ix, mention.Span))
            {
                continue;
            }

            var seen = tally.GetValueOrDefault(mention.EntityId, (Count: 0, Mention: i));
            tally[mention.EntityId] = (seen.Count + 1, seen.Mention);
        }

        var ranked = tally.Values.OrderByDescending(v => v.Count).Take(2).ToList();
        return ranked.Count == 1 || (ranked.Count == 2 && ranked[0].Count > ranked[1].Count) ? (ranked[0].Mention, ranked[0].Count) : (-1, 0);
    }

    /// <summary>
    /// The country a report is about when an incident names none: the dateline's country, else the country
    /// its places name most often; null when it names none.
    /// </summary>
    public static string? HomeCountry(TokenIndex ix)
    {
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        string? filedFrom = null;
        foreach (var mention in ix.Doc.EntityMentions)
        {
            if (EntityOf(ix, mention) is not { CountryCode: { } code })
            {
                continue;
            }

            if (mention.Type != EntityType.Location)
            {
                // "the Myanmar military", "the Arakan Army": a body of the country weighs half a place named, enough to
                // break a tie with a neighbour named as often ("fled towards the border with Bangladesh").
                tally[code] = tally.GetValueOrDefault(code) + 1;
                continue;
            }

            if (SentenceIncidents.InDateline(ix, mention.Span))
            {
                filedFrom ??= code;
                continue;
            }

            tally[code] = tally.GetValueOrDefault(code) + 2;
        }

        // Only a clear leader: a report that names two countries as often says nothing about which one.
        var ranked = tally.OrderByDescending(p => p.Value).Take(2).ToList();
        var leader = ranked.Count == 1 || (ranked.Count == 2 && ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;

        // The dateline's country, unless the text never names a place in it and clearly tells of another: a story filed
        // from a regional bureau ("DAKAR, ..." on killings in Burkina Faso).
        var filedElsewhere = filedFrom is not null && !tally.ContainsKey(filedFrom) && leader is not null && tally[leader] >= 4;
        return filedElsewhere ? leader : filedFrom ?? leader;
    }

    /// <summary>The first mention of each country the report names, by country code.</summary>
    public static Dictionary<string, int> CountryMentions(TokenIndex ix)
    {
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ix.Doc.EntityMentions.Count; i++)
        {
            var mention = ix.Doc.EntityMentions[i];
            if (mention.Type == EntityType.Location && EntityOf(ix, mention) is { PlaceKind: "country", CountryCode: { } code })
            {
                countries.TryAdd(code, i);
            }
        }

        return countries;
    }

    /// <summary>
    /// Country codes from the sentence's names: <c>Places</c> from its places, <c>Others</c> from its organisations and
    /// demonyms ("Iraqi forces"); each null when no such name has one. One pass gives both: each draft asks for both.
    /// </summary>
    public (string? Places, string? Others) CountryHints(TokenIndex ix, Sentence sentence)
    {
        string? places = null, others = null;
        var end = Math.Min(sentence.EndToken, ix.Count);
        for (var t = ix.NextEntityToken(sentence.FirstToken, end); t < end && (places is null || others is null); t = ix.NextEntityToken(t + 1, end))
        {
            if (ix.EntityAt(t) is var m && ix.Doc.EntityMentions[m] is var mention
                && (mention.Type == EntityType.Location ? places : others) is null && !SentenceIncidents.InDateline(ix, mention.Span)
                && EntityOf(ix, mention) is { CountryCode: { } code })
            {
                if (mention.Type == EntityType.Location)
                {
                    places = code;
                }
                else
                {
                    others = code;
                }
            }
        }

        return (places, others);
    }

    public static Entity? EntityOf(TokenIndex ix, EntityMention mention) =>
        mention.EntityId >= 0 && mention.EntityId < ix.Doc.Entities.Count ? ix.Doc.Entities[mention.EntityId] : null;

    /// <summary>Lower is more specific.</summary>
    public static int Rank(Entity? entity) => entity?.PlaceKind switch
    {
        "site" => 0,
        "city" => 1,
        "region" => 2,
        null => 2,
        "country" => 4,
        "continent" => 5,
        _ => 3,
    };
}
