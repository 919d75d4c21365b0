using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Links one-word mentions to a fuller name of the same type: a surname to the person most recently
/// named in full before it (or, when none precedes, the only one with that surname), and a site's
/// bare name to the site ("Horizon" to "Camp Horizon").
/// </summary>
internal static class ShortFormLinker
{
    public static void Link(IReadOnlyList<EntityMention> mentions, string[] names, DisjointSets sets)
    {
        var full = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (MentionName.WordCount(names[i]) < 2 || mentions[i].Type == EntityType.Organization)
            {
                continue;
            }

            foreach (var key in ShortKeys(mentions[i].Type, names[i]))
            {
                if (!full.TryGetValue(key, out var list))
                {
                    full[key] = list = [];
                }

                list.Add(i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (MentionName.WordCount(names[i]) != 1 || mentions[i].Canonical is not null
                || !full.TryGetValue($"{(int)mentions[i].Type}|{names[i]}", out var candidates))
            {
                continue;
            }

            var before = candidates.Where(c => c < i).Select(c => (int?)c).LastOrDefault();
            var people = candidates.Select(c => MentionName.Key(names[c])).Distinct().Count();
            var target = before ?? (people == 1 ? candidates[0] : null);
            if (target is { } t)
            {
                sets.Union(t, i);
            }
        }
    }

    private static IEnumerable<string> ShortKeys(EntityType type, string name)
    {
        var words = MentionName.Words(name);
        if (type == EntityType.Person)
        {
            var last = words[^1];
            yield return $"{(int)type}|{last}";
            var bare = RepeatedNameFinder.WithoutParticle(last);
            if (bare != last)
            {
                yield return $"{(int)type}|{bare}";
            }
        }
        else if (type == EntityType.Location && words.Length == 2 && EntityLexicon.PlacePrefixes.Contains(words[0]))
        {
            yield return $"{(int)type}|{words[1]}";
        }
    }
}
