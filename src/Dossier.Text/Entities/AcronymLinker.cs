using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Links acronyms to the names they abbreviate: written in brackets right after the name ("Karen National
/// Liberation Army (KNLA/KLA)"), or matching the initials of a name in the document;
/// and shortened organisation names to the full name they begin ("Union of Free Journalists" for "Union of Free Journalists of Belarus").
/// </summary>
internal sealed class AcronymLinker(string text, IReadOnlyList<EntityMention> mentions, string[] names)
{
    public void LinkParentheses(DisjointSets sets)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.Organization || mentions[i].Nested)
            {
                continue;
            }

            var expected = mentions[i].Span.End;
            var inBrackets = false;
            for (var j = i + 1; j < mentions.Count && mentions[j].Span.Start - expected < 8; j++)
            {
                var gap = text.AsSpan(expected, Math.Max(0, mentions[j].Span.Start - expected)).Trim();
                var opens = gap is "(" or "'s (" or "\u2019s (";
                var continues = inBrackets && gap is "/" or "," or ", ";
                if (mentions[j].Nested || !(opens || continues) || !MentionName.IsAcronym(mentions[j], names[j]))
                {
                    if (mentions[j].Nested)
                    {
                        continue;
                    }

                    break;
                }

                sets.Union(i, j);
                inBrackets = true;
                expected = mentions[j].Span.End;
            }
        }
    }

    public void LinkInitials(DisjointSets sets)
    {
        var anyAcronym = false;
        for (var i = 0; i < mentions.Count && !anyAcronym; i++)
        {
            anyAcronym = mentions[i].Canonical is null && MentionName.IsAcronym(mentions[i], names[i]);
        }

        if (!anyAcronym)
        {
            return;
        }

        var byInitials = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Organization && MentionName.WordCount(names[i]) >= 2)
            {
                byInitials.TryAdd(MentionName.Initials(names[i]), i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (MentionName.IsAcronym(mentions[i], names[i]) && mentions[i].Canonical is null
                && byInitials.TryGetValue(names[i].Replace(".", "", StringComparison.Ordinal), out var full))
            {
                sets.Union(full, i);
            }
        }
    }

    public void LinkPrefixes(DisjointSets sets)
    {
        // Every "X" that a longer name "X of Y" starts with, so each shorter name is one lookup.
        var longerByPrefix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.Organization)
            {
                continue;
            }

            for (var at = names[i].IndexOf(" of ", StringComparison.OrdinalIgnoreCase); at > 0;
                 at = names[i].IndexOf(" of ", at + 4, StringComparison.OrdinalIgnoreCase))
            {
                longerByPrefix.TryAdd(names[i][..at], i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Organization && MentionName.WordCount(names[i]) >= 3
                && longerByPrefix.TryGetValue(names[i], out var longer))
            {
                sets.Union(longer, i);
            }
        }
    }
}
