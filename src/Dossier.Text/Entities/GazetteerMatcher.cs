namespace Dossier.Text.Entities;

/// <summary>
/// Longest gazetteer phrase starting at a token, with the checks that keep ambiguous names quiet:
/// acronyms must match case, capitalised names need capitals, and a city that is also an everyday word,
/// a given name or a small town needs a place preposition before it ("in Reading").
/// </summary>
internal sealed class GazetteerMatcher(Gazetteer gazetteer)
{
    private const int MaxPhraseWords = 12;
    internal const long UnambiguousCityPopulation = 100_000;
    internal const long LargeCityPopulation = 1_000_000;

    /// <summary>The longest match at <paramref name="first"/> ending by <paramref name="limit"/>: its length in tokens and its entry.</summary>
    /// <remarks>
    /// The rules ask again and again about the same start token with different limits, and each walk
    /// costs trie look-ups that miss the cache. So the walk from a token is done once per document,
    /// unbounded, keeping the best match after each word: a limit only cuts that list short.
    /// </remarks>
    public (int Length, GazetteerEntry? Entry) Longest(TokenView view, int first, int limit)
    {
        if ((uint)first >= (uint)view.Count)
        {
            return (0, null);
        }

        if (!view.HasGazetteerWalk(first, gazetteer))
        {
            Walk(view, first);
        }

        var steps = view.GazetteerWalk(first);
        var allowed = Math.Min(limit - first, steps.Length);
        return allowed <= 0 ? (0, null) : steps[allowed - 1];
    }

    /// <summary>Keeps in the view the best match after each word of the walk from <paramref name="first"/>, ignoring any limit.</summary>
    private void Walk(TokenView view, int first)
    {
        view.StartGazetteerWalk(first, gazetteer);
        if (!view.IsWord(first) || !(view.IsCapitalized(first) || (view.HasHyphen(first) && view[first].StartsWith("al-"))))
        {
            return;
        }

        var trie = gazetteer.Trie;
        var node = TokenTrie.Root;
        var bestLength = 0;
        GazetteerEntry? best = null;
        for (var i = first; i - first < MaxPhraseWords; i++)
        {
            if (!view.IsWord(i) || (i > first && !view.SpaceOnlyBefore(i)))
            {
                break;
            }

            node = trie.Next(node, view.WordId(i, trie));
            if (node < 0)
            {
                break;
            }

            var length = i - first + 1;
            foreach (var value in trie.ValuesAt(node))
            {
                ref readonly var facts = ref gazetteer.FactsOf(value);
                if (CaseFits(view, first, length, facts, value) && Plausible(view, first, length, facts))
                {
                    // The values come best ranked first, so the first that passes is the best of this length.
                    best = gazetteer.Entries[facts.Entry];
                    bestLength = length;
                    break;
                }
            }

            view.AddGazetteerStep(first, (bestLength, best));
            if (!trie.HasChildren(node))
            {
                break; // no phrase goes on: the next word's id would only be looked up to find no way on
            }
        }
    }

    /// <summary>
    /// Whether each of the phrase's <paramref name="words"/> fits the text's case (an acronym exactly, a
    /// capitalised word with a capital; as many words as the walk has read: a phrase ends at the node its words
    /// lead to), from the phrase's masks, which are read where the words' own text would miss the cache; an
    /// acronym's text is still compared.
    /// </summary>
    private bool CaseFits(TokenView view, int first, int words, in PhraseFacts facts, int phrase)
    {
        for (var k = 0; k < words; k++)
        {
            var bit = 1u << k;
            if ((facts.CapitalWords & bit) != 0 ? !view.IsCapitalized(first + k)
                : (facts.AcronymWords & bit) != 0 && !view[first + k].SequenceEqual(gazetteer.Phrases[phrase].Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Plausible(TokenView view, int first, int length, in PhraseFacts facts)
    {
        // Hand-written regions and countries are unambiguous once capitalised.
        if (facts.Kind == PhraseKind.Unambiguous)
        {
            return true;
        }

        // Whether the first word is an everyday word is asked last, where it still matters: it is a look-up in a large table.
        if (facts.Kind == PhraseKind.Organization)
        {
            // "Amnesty" or "Congress" opening a sentence is more often the word than the body.
            return length > 1 || !view.IsSentenceInitial(first) || view.IsAllCaps(first) || !view.IsEveryday(first, gazetteer);
        }

        var commonWord = (facts.Place & PlaceFlags.CommonWord) != 0;
        var afterPreposition = AfterPlacePreposition(view, first) || HeadsDatedItem(view, first, length);
        if ((facts.Place & PlaceFlags.Small) != 0)
        {
            return afterPreposition && !commonWord && !view.IsEveryday(first, gazetteer) && !view.IsGivenName(first, gazetteer);
        }

        if (length > 1)
        {
            return !commonWord || afterPreposition;
        }

        var everyday = view.IsEveryday(first, gazetteer);
        var ambiguous = commonWord || everyday || view.IsGivenName(first, gazetteer)
            || (facts.Place & PlaceFlags.BelowUnambiguous) != 0 || view.In(first, EntityLexicon.MonthsAndDays);
        return !ambiguous || (afterPreposition && !commonWord && !everyday)
            || (afterPreposition && (facts.Place & PlaceFlags.Large) != 0);
    }

    /// <summary>"7 August – Turbat: three men were ...": a digest item's head, a date, a dash and the place before a colon.</summary>
    private static bool HeadsDatedItem(TokenView view, int first, int length) =>
        view.IsPunct(first + length, ':') && view.IsPunct(first - 1, '-') && first >= 2
        && (view.In(first - 2, EntityLexicon.MonthsAndDays) || view.Tokens[first - 2].Kind == Model.TokenKind.Number);

    private static bool AfterPlacePreposition(TokenView view, int first) =>
        first > 0 && view.IsWord(first - 1) && view.In(first - 1, EntityLexicon.PlacePrepositions) || InPlaceList(view, first);

    /// <summary>"in Quito and Latacunga", "In Guayaquil, Cuenca and Latacunga": the preposition before a list of names governs each later name.</summary>
    private static bool InPlaceList(TokenView view, int first)
    {
        var t = first - 1;
        if (t <= 0 || !(view.Is(t, "and") || view.Is(t, "or") || view.IsPunct(t, ',')))
        {
            return false;
        }

        for (var stop = Math.Max(0, t - 12); t > stop;)
        {
            t--;
            if ((view.IsLowerWord(t) || view.IsSentenceInitial(t)) && view.In(t, EntityLexicon.PlacePrepositions))
            {
                return view.IsCapitalized(t + 1);
            }

            if (!view.IsCapitalized(t) && !view.Is(t, "and") && !view.IsPunct(t, ','))
            {
                return false;
            }
        }

        return false;
    }
}
