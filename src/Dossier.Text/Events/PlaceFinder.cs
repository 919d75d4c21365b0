using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Picks an incident's place: the most specific location entity in the trigger's sentence (a camp or
/// prison before a city, a city before a country), nearest the trigger on ties. Stateless.
/// </summary>
internal sealed class PlaceFinder
{
    private const int MaxDistance = 20;

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
        for (var t = first; t < end; t++)
        {
            var i = ix.EntityAt(t);
            if (i < 0 || (t > first && ix.EntityAt(t - 1) == i) || mentions[i].Type != EntityType.Location)
            {
                continue;
            }

            var mention = mentions[i];
            if (SentenceIncidents.InDateline(ix, mention.Span))
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

    /// <summary>A country code for the sentence when it names no place: from an organisation or demonym.</summary>
    public string? CountryHint(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (ix.EntityAt(t) is var m and >= 0 && EntityOf(ix, ix.Doc.EntityMentions[m]) is { CountryCode: { } code })
            {
                return code;
            }
        }

        return null;
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
