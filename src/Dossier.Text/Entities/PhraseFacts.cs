namespace Dossier.Text.Entities;

/// <summary>
/// What <see cref="GazetteerMatcher"/> reads of a gazetteer phrase and its entry to judge a match, packed in one
/// small struct per phrase. A walk weighs every phrase ending at each node it reaches; reading two objects per
/// phrase (the phrase, then its entry) missed the cache twice, where one slot of an array misses at most once.
/// Immutable.
/// </summary>
internal readonly record struct PhraseFacts(int Entry, uint CapitalWords, uint AcronymWords, PhraseKind Kind, PlaceFlags Place)
{
    public static PhraseFacts Of(GazetteerPhrase phrase, GazetteerEntry entry)
    {
        // Hand-written regions (no population) count as countries: unambiguous once capitalised.
        var kind = entry.Kind == "country" || (entry.Kind == "region" && entry.Population == 0) ? PhraseKind.Unambiguous
            : entry.Kind == "organization" ? PhraseKind.Organization
            : PhraseKind.Place;
        var place = (entry.IsSmall ? PlaceFlags.Small : 0) | (entry.IsCommonWord ? PlaceFlags.CommonWord : 0)
            | (entry.Population < GazetteerMatcher.UnambiguousCityPopulation ? PlaceFlags.BelowUnambiguous : 0)
            | (entry.Population >= GazetteerMatcher.LargeCityPopulation ? PlaceFlags.Large : 0);
        return new PhraseFacts(phrase.Entry, phrase.CapitalWords, phrase.AcronymWords, kind, place);
    }
}

/// <summary>Which of the matcher's rules a phrase's entry falls under.</summary>
internal enum PhraseKind : byte
{
    Unambiguous,
    Organization,
    Place,
}

/// <summary>The facts about a place entry that the matcher's rules ask.</summary>
[Flags]
internal enum PlaceFlags : byte
{
    Small = 1,
    CommonWord = 2,
    BelowUnambiguous = 4,
    Large = 8,
}
