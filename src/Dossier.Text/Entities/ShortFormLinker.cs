using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Links one-word mentions to a fuller name of the same type: a surname to the person most recently
/// named in full before it (or, when none precedes, the only one with that surname), and a site's
/// bare name to the site ("Horizon" to "Camp Horizon"), a place's first word to its name with a particle ("Rio" to
/// "Rio de Janeiro").
/// </summary>
internal static class ShortFormLinker
{
    public static void Link(IReadOnlyList<EntityMention> mentions, string[] names, DisjointSets sets)
    {
        // One table per kind of key (type, and whether the word is a place's first word before a particle), keyed
        // by the word itself: every one-word mention is looked up, and a key string built for each cost more than the look-up.
        var full = new Dictionary<string, List<int>>?[2 * KeyTypes];
        for (var i = 0; i < mentions.Count; i++)
        {
            if (MentionName.WordCount(names[i]) < 2 || mentions[i].Type == EntityType.Organization)
            {
                continue;
            }

            foreach (var (particle, word) in ShortKeys(mentions[i].Type, names[i]))
            {
                var table = full[Table(particle, mentions[i].Type)] ??= new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
                if (!table.TryGetValue(word, out var list))
                {
                    table[word] = list = [];
                }

                list.Add(i);
            }
        }

        if (Array.TrueForAll(full, table => table is null))
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            // A gazetteer match is the short form only of a place named in full with a particle ("Rio" after "Rio de
            // Janeiro"), and never when it names a country ("Chad" after "Lake Chad" is the country).
            var known = mentions[i].Canonical is not null;
            if (MentionName.WordCount(names[i]) != 1 || (known && (mentions[i].Type != EntityType.Location || mentions[i].PlaceKind == "country"))
                || full[Table(known, mentions[i].Type)] is not { } table || !table.TryGetValue(names[i], out var candidates))
            {
                continue;
            }

            // The latest full name before the short form; without one, the only full name there is.
            var position = candidates.BinarySearch(i);
            var before = position >= 0 ? position : ~position;
            var target = before > 0 ? candidates[before - 1]
                : DifferentNames(candidates, names) == 1 ? candidates[0] : -1;
            if (target >= 0)
            {
                sets.Union(target, i);
            }
        }
    }

    private const int KeyTypes = 3; // the values of EntityType

    private static int Table(bool particle, EntityType type) => (particle ? KeyTypes : 0) + (int)type;

    /// <summary>How many different full names a key's candidates are (asked only when no full name precedes the short one).</summary>
    private static int DifferentNames(List<int> candidates, string[] names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            keys.Add(MentionName.Key(names[c]));
        }

        return keys.Count;
    }

    // The words a full name may be shortened to. Particle marks the short forms that may override the gazetteer's
    // reading of a word: a place's first word before a particle.
    private static IEnumerable<(bool Particle, string Word)> ShortKeys(EntityType type, string name)
    {
        var words = MentionName.Words(name);
        if (type == EntityType.Person)
        {
            var last = words[^1];
            yield return (false, last);
            var bare = RepeatedNameFinder.WithoutParticle(last);
            if (bare != last)
            {
                yield return (false, bare);
            }
        }
        else if (type == EntityType.Location && words.Length == 2 && EntityLexicon.PlacePrefixes.Contains(words[0]))
        {
            yield return (false, words[1]);
        }
        else if (type == EntityType.Location && words.Length >= 3 && EntityLexicon.Particles.Contains(words[1]))
        {
            // "Rio" for "Rio de Janeiro" once the full name is given, even when the gazetteer knows another "Rio".
            yield return (false, words[0]);
            yield return (true, words[0]);
        }
    }
}
