using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Names listed with a place are places: "in Minya, Assiut and other provinces", "the settlements of
// Mathare and Kibera", "the Kondele, Obunga and Nyalenda areas of Kisumu", "the Um Rakuba and Hamdayet
// refugee camps". A list that holds a person or a body is left alone.
internal static partial class ContextPlaceFinder
{
    private const int MaxListItems = 8;

    private static void AddListedPlaces(TokenView v, IReadOnlyList<Sentence> sentences, List<MentionDraft> drafts, int[] owner, Gazetteer gazetteer, List<MentionDraft> found)
    {
        Span<(int First, int End)> items = stackalloc (int, int)[MaxListItems];
        foreach (var sentence in sentences)
        {
            var end = Math.Min(sentence.EndToken, v.Count);
            var i = sentence.FirstToken;
            while (i < end)
            {
                var count = 0;
                var next = i;
                var joined = false;
                while (count < MaxListItems && NameAt(v, next, end) is var e and > 0)
                {
                    items[count++] = (next, e);
                    next = AfterListSeparator(v, e, end);
                    if (next < 0)
                    {
                        break;
                    }

                    if ((v.Is(next - 1, "and") || v.Is(next - 1, "or")) && count < MaxListItems)
                    {
                        // "A, B and C": "and" comes before the last item, which must be a name too.
                        if (NameAt(v, next, end) is var lastEnd and > 0)
                        {
                            items[count++] = (next, lastEnd);
                            joined = true;
                        }
                        else
                        {
                            joined = v.Is(next, "other") && IsPluralPlaceHead(v, next + 1); // "A, B and other provinces"
                        }

                        break;
                    }
                }

                // "the mayor of Iguala, José Abarca, and his wife": commas alone make an apposition, not a list.
                if (!joined)
                {
                    count = Math.Min(count, 1);
                }

                if (count < 2)
                {
                    // No name starts at a lower-case word: on to the next capitalised one.
                    i = count == 1 ? items[0].End : v.IsCapitalized(i) ? i + 1 : v.NextCapitalized(i + 1);
                    continue;
                }

                var last = items[count - 1].End;
                if (v.Is(last, ",") || v.Is(last, "and"))
                {
                    last = AfterListSeparator(v, last, end); // "A, B and other provinces": the head after "and"
                }

                if (PlacesList(v, items[..count], last, end, owner, drafts))
                {
                    foreach (var (a, b) in items[..count])
                    {
                        if (IsUnknownName(v, a, b, owner, drafts, gazetteer))
                        {
                            var place = new MentionDraft(a, b, EntityType.Location, "place-context") { PlaceKind = "city" };
                            if (owner[a] >= 0)
                            {
                                drafts[owner[a]] = place;
                            }
                            else
                            {
                                drafts.Add(place);
                            }

                            MarkOwned(owner, place, owner[a] >= 0 ? owner[a] : drafts.Count - 1);
                            found.Add(place);
                        }
                    }
                }

                i = last;
            }
        }
    }

    /// <summary>The end of a capitalised name of up to four words starting at <paramref name="i"/>, or 0.</summary>
    private static int NameAt(TokenView v, int i, int end)
    {
        if (i < 0 || i >= end || !v.IsWord(i) || !v.IsCapitalized(i) || v.IsAllCaps(i) || v.In(i, EntityLexicon.FunctionWords))
        {
            return 0;
        }

        var e = i + 1;
        while (e < end && e - i < MaxNameWords && v.IsWord(e) && v.IsCapitalized(e) && v.SpaceOnlyBefore(e))
        {
            e++;
        }

        return e;
    }

    /// <summary>The token after ", ", " and ", ", and " or " or " following a list item, or -1.</summary>
    private static int AfterListSeparator(TokenView v, int t, int end)
    {
        if (t < end && v.IsPunct(t, ','))
        {
            t++;
            if (t < end && (v.Is(t, "and") || v.Is(t, "or")) && v.IsLowerWord(t))
            {
                t++;
            }

            return t;
        }

        return t < end && (v.Is(t, "and") || v.Is(t, "or")) && v.IsLowerWord(t) ? t + 1 : -1;
    }

    /// <summary>
    /// True when the list names places: one item is a known place and none is another kind of entity, or a
    /// plural place noun closes it ("... and Nyalenda areas", "... and Hamdayet refugee camps", "... and other provinces").
    /// </summary>
    private static bool PlacesList(TokenView v, ReadOnlySpan<(int First, int End)> items, int last, int end, int[] owner, List<MentionDraft> drafts)
    {
        var knownPlace = false;
        foreach (var (a, b) in items)
        {
            if (owner[a] < 0)
            {
                continue;
            }

            var draft = drafts[owner[a]];
            if (draft.Type == EntityType.Location)
            {
                knownPlace |= draft.First == a;
            }
            else if (draft is not { Type: EntityType.Person, Source: "name" })
            {
                return false; // "Kenya and Amnesty International"
            }
        }

        var head = last;
        if (v.Is(head, "other") && v.IsLowerWord(head))
        {
            head++;
        }
        else if (head + 1 < end && v.IsLowerWord(head) && !v.In(head, EntityLexicon.FunctionWords) && IsPluralPlaceHead(v, head + 1))
        {
            head++; // "refugee camps"
        }

        // A known place vouches for its list only where the list stands as a place ("in X, Y and Z"): people
        // come "from Kenya and Brandvale Mining" as often as from places.
        var before = items[0].First - 1;
        var locative = v.IsLowerWord(before) && (v.Is(before, "in") || v.Is(before, "at") || v.Is(before, "near")
            || v.Is(before, "across") || v.Is(before, "throughout") || v.Is(before, "around") || v.Is(before, "between")
            || (v.Is(before, "of") && v.In(before - 1, EntityLexicon.SettlementParts))); // "the settlements of X and Y"
        return (knownPlace && locative) || (head < end && IsPluralPlaceHead(v, head));
    }

    private static bool IsPluralPlaceHead(TokenView v, int i) =>
        v.IsLowerWord(i) && (v.Is(i, "areas") || v.Is(i, "districts") || v.Is(i, "neighbourhoods") || v.Is(i, "neighborhoods")
            || v.Is(i, "camps") || v.Is(i, "villages") || v.Is(i, "towns") || v.Is(i, "provinces") || v.Is(i, "regions")
            || v.Is(i, "settlements") || v.Is(i, "suburbs") || v.Is(i, "slums") || v.Is(i, "townships") || v.Is(i, "cities")
            || v.Is(i, "governorates") || v.Is(i, "counties") || v.Is(i, "municipalities"));
}
