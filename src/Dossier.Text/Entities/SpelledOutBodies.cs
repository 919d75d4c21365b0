using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// A body that the report spells out before its acronym: "the March 23 Movement (M23)", "the Special Anti-Robbery
/// Squad (SARS)", "the Joint Incidents Assessment Team (JIAT)". The acronym's letters, in order, open the words of
/// the capitalised phrase before it, so the phrase is the body's full name even when no lexicon knows it.
/// </summary>
internal static class SpelledOutBodies
{
    private const int MaxNameWords = 8;

    public static void Add(TokenView v, List<MentionDraft> drafts)
    {
        for (var open = 1; open + 2 < v.Count; open++)
        {
            if (!v.IsPunct(open, '(') || !v.IsPunct(open + 2, ')') || !IsAcronym(v, open + 1))
            {
                continue;
            }

            var first = NameStart(v, open);
            if (first < 0 || !Spells(v, first, open, v[open + 1]) || Covered(drafts, first, open))
            {
                continue;
            }

            drafts.Add(new MentionDraft(first, open, EntityType.Organization, "acronym-spelled"));
        }
    }

    private static bool IsAcronym(TokenView v, int t)
    {
        var word = v[t];
        if (word.Length is < 2 or > 10 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the capitalised phrase (small joining words inside) that ends at <paramref name="open"/>, or -1.</summary>
    private static int NameStart(TokenView v, int open)
    {
        var first = -1;
        for (var t = open - 1; t >= 0 && open - t <= MaxNameWords * 2; t--)
        {
            if (v.IsWord(t) && v.IsCapitalized(t) || IsNumber(v, t))
            {
                first = t;
            }
            else if (!(v.IsPunct(t, '-') || v.Is(t, "of") || v.Is(t, "for") || v.Is(t, "and") || v.Is(t, "on")) || first < 0)
            {
                break;
            }
        }

        while (first >= 0 && first < open && (v.Is(first, "the") || v.Is(first, "of") || v.Is(first, "and")))
        {
            first++; // "The Special Anti-Robbery Squad": the article opening the sentence is no part of the name
        }

        return first >= 0 && open - first >= 2 ? first : -1;
    }

    private static bool IsNumber(TokenView v, int t) => v[t].Length > 0 && char.IsAsciiDigit(v[t][0]);

    /// <summary>
    /// Every letter of the acronym opens a word of the phrase, in order, the first letter the first word; the parts of a
    /// hyphenated word are words ("Anti-Robbery").
    /// </summary>
    private static bool Spells(TokenView v, int first, int end, ReadOnlySpan<char> acronym)
    {
        Span<char> initials = stackalloc char[MaxNameWords * 4];
        var count = 0;
        for (var t = first; t < end && count < initials.Length; t++)
        {
            if (!v.IsWord(t))
            {
                continue;
            }

            var word = v[t];
            for (var k = 0; k < word.Length && count < initials.Length; k++)
            {
                if (k == 0 || word[k - 1] == '-')
                {
                    initials[count++] = char.ToUpperInvariant(word[k]);
                }
            }
        }

        var letters = 0;
        var next = 0;
        foreach (var c in acronym)
        {
            if (!char.IsLetter(c))
            {
                continue; // "M23": the figure is the phrase's own
            }

            while (next < count && initials[next] != c && letters > 0)
            {
                next++;
            }

            if (next >= count || initials[next] != c)
            {
                return false; // the acronym's first letter opens the phrase; every letter opens some word
            }

            letters++;
            next++;
        }

        return letters >= 2 || letters == 1 && acronym.ContainsAny("0123456789"); // "M23"
    }

    private static bool Covered(List<MentionDraft> drafts, int first, int end)
    {
        foreach (var draft in drafts)
        {
            if (draft.First < end && first < draft.End && draft.Type is EntityType.Organization or EntityType.Location && draft.End - draft.First >= end - first)
            {
                return true;
            }
        }

        return false;
    }
}
