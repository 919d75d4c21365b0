using System.Runtime.InteropServices;
using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Places the gazetteer lacks, recognised by how reports introduce them: "at X in the Y province",
/// "from X, a village on the coast", "in X, in northern Y", "at X, 30 km from Y", "at X village",
/// "the streets of X". A name after "at" or "in" alone is not enough ("at Lonmin", "at Amnesty"):
/// a place cue must follow. Once a name is a place, its other bare mentions in the document are too.
/// </summary>
internal static partial class ContextPlaceFinder
{
    private const int MaxNameWords = 4;
    private const int MaxQualifierWords = 5;
    private const int MaxAppositiveWords = 3;
    private const int MaxSiteModifiers = 2;

    public static void AddContextPlaces(TokenView v, IReadOnlyList<Sentence> sentences, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        var owner = new int[v.Count];
        Array.Fill(owner, -1);
        var existing = CollectionsMarshal.AsSpan(drafts); // read in place: a draft is a large struct
        for (var k = 0; k < existing.Length; k++)
        {
            ref readonly var draft = ref existing[k];
            for (var t = draft.First; t < draft.End && t < owner.Length; t++)
            {
                if (owner[t] < 0 || !draft.Nested)
                {
                    owner[t] = draft.Nested && owner[t] >= 0 ? owner[t] : k;
                }
            }
        }

        var found = new List<MentionDraft>();
        foreach (var sentence in sentences)
        {
            var end = Math.Min(sentence.EndToken, v.Count);
            var i = sentence.FirstToken;
            while (i < end)
            {
                if (!v.IsCapitalized(i))
                {
                    i = v.NextCapitalized(i + 1);
                    continue;
                }

                if (v.IsAllCaps(i) || v.In(i, EntityLexicon.FunctionWords))
                {
                    i++;
                    continue;
                }

                var e = i + 1;
                while (e < end && e - i < MaxNameWords && v.IsWord(e) && v.IsCapitalized(e) && v.SpaceOnlyBefore(e))
                {
                    e++;
                }

                if (!IsUnknownName(v, i, e, owner, drafts, gazetteer))
                {
                    i = e;
                    continue;
                }

                var siteEnd = SiteEnd(v, i, e, end);
                if ((siteEnd > e ? ("site", null, null) : Cue(v, i, e, end, owner, drafts)) is { } cue)
                {
                    var place = new MentionDraft(i, Math.Max(e, siteEnd), EntityType.Location, "place-context") { PlaceKind = cue.Kind, CountryCode = cue.Country };
                    if (owner[i] >= 0)
                    {
                        drafts[owner[i]] = place; // only the shape of the words made it a person
                    }
                    else
                    {
                        drafts.Add(place);
                    }

                    if (siteEnd <= e)
                    {
                        found.Add(place); // a site's name alone ("Kakuma" of "Kakuma refugee camp") may be the town
                    }

                    MarkOwned(owner, place, owner[i] >= 0 ? owner[i] : drafts.Count - 1);
                    if (cue.Qualifier is var (qa, qb) && qb > qa && IsFree(owner, qa, qb))
                    {
                        // "in the North West province": the larger place is named too.
                        var larger = new MentionDraft(qa, qb, EntityType.Location, "place-context") { PlaceKind = "region", CountryCode = cue.Country };
                        drafts.Add(larger);
                        MarkOwned(owner, larger, drafts.Count - 1);
                    }
                }

                i = e;
            }
        }

        for (var si = 1; si < sentences.Count; si++)
        {
            if (OpensWithSettlement(v, sentences[si])
                && LoneUnknownName(v, sentences[si - 1], owner, drafts, gazetteer) is var (a, b) && b > a)
            {
                // "... in Marotse. The town has no clinic.": the only unnamed place candidate is the town.
                var place = new MentionDraft(a, b, EntityType.Location, "place-context") { PlaceKind = "city" };
                drafts.Add(place);
                MarkOwned(owner, place, drafts.Count - 1);
                found.Add(place);
            }
        }

        AddListedPlaces(v, sentences, drafts, owner, gazetteer, found);
        foreach (var draft in drafts)
        {
            if (draft is { Source: "dateline", Type: EntityType.Location, Entry: null })
            {
                found.Add(draft); // "MARIKANA, South Africa –" opens the report; "at Marikana" later is the same place
            }
        }

        if (found.Count > 0)
        {
            AddRepeats(v, drafts, owner, found);
        }
    }

    private static bool OpensWithSettlement(TokenView v, Sentence sentence)
    {
        var t = sentence.FirstToken;
        return t + 1 < Math.Min(sentence.EndToken, v.Count) && v.Is(t, "the")
            && (v.Is(t + 1, "town") || v.Is(t + 1, "village") || v.Is(t + 1, "city") || v.Is(t + 1, "township"));
    }

    /// <summary>The sentence's one unknown name, when it follows a preposition; (0, 0) when there is none or several.</summary>
    private static (int, int) LoneUnknownName(TokenView v, Sentence sentence, int[] owner, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        var end = Math.Min(sentence.EndToken, v.Count);
        (int, int) lone = (0, 0);
        for (var i = sentence.FirstToken + 1; i < end; i++)
        {
            if (owner[i] >= 0 || !v.IsWord(i) || !v.IsCapitalized(i) || v.IsAllCaps(i) || v.IsCapitalized(i - 1))
            {
                continue;
            }

            // Every unknown name competes, but only one after a preposition can be the town.
            var afterPreposition = v.IsLowerWord(i - 1) && (v.In(i - 1, EntityLexicon.PlacePrepositions) || v.Is(i - 1, "of"));

            var e = i + 1;
            while (e < end && e - i < MaxNameWords && v.IsWord(e) && v.IsCapitalized(e) && v.SpaceOnlyBefore(e))
            {
                e++;
            }

            if (!IsUnknownName(v, i, e, owner, drafts, gazetteer))
            {
                continue;
            }

            if (lone != (0, 0) || !afterPreposition)
            {
                return (0, 0);
            }

            lone = (i, e);
            i = e - 1;
        }

        return lone;
    }

    private static bool IsUnknownName(TokenView v, int a, int b, int[] owner, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        for (var t = a; t < b; t++)
        {
            if (v.In(t, EntityLexicon.OrganizationHeads) || v.In(t, EntityLexicon.Titles) || v.In(t, EntityLexicon.MonthsAndDays)
                || v.In(t, EntityLexicon.TreatyHeads) || v.In(t, EntityLexicon.EventHeads) || v.IsPossessive(t))
            {
                return false;
            }
        }

        // Mid-sentence capitals mark a name even on everyday words ("Inn Din"); at a sentence start they mark nothing.
        if (v.IsSentenceInitial(a) && AllEveryday(v, a, b, gazetteer))
        {
            return false;
        }

        if (gazetteer.CountryOfDemonym(v[a]) is not null)
        {
            return false; // "neighbouring Ugandan villages"
        }

        var k = owner[a];
        if (k < 0)
        {
            return IsFree(owner, a, b);
        }

        // A person's name read from the shape of the words alone gives way to a place cue.
        return drafts[k] is { Type: EntityType.Person, Source: "name" } d && d.First == a && d.End == b && !d.Nested
            && !v.IsGivenName(a, gazetteer);
    }

    /// <summary>Every word of [a, b) is an everyday word: asked only at a sentence start, and only until a word is not.</summary>
    private static bool AllEveryday(TokenView v, int a, int b, Gazetteer gazetteer)
    {
        for (var t = a; t < b; t++)
        {
            if (!v.IsEveryday(t, gazetteer))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFree(int[] owner, int a, int b)
    {
        for (var t = a; t < b; t++)
        {
            if (owner[t] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void MarkOwned(int[] owner, MentionDraft draft, int index)
    {
        for (var t = draft.First; t < draft.End; t++)
        {
            owner[t] = index;
        }
    }

    /// <summary>Bare repeats of a place found by context ("Marikana" again in a later paragraph).</summary>
    private static void AddRepeats(TokenView v, List<MentionDraft> drafts, int[] owner, List<MentionDraft> found)
    {
        var byFirstWord = new Dictionary<string, MentionDraft>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in found)
        {
            byFirstWord.TryAdd(v[place.First].ToString(), place);
        }

        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = v.NextCapitalized(0); t < v.Count; t = v.NextCapitalized(t + 1))
        {
            if (owner[t] >= 0 || !lookup.TryGetValue(v[t], out var place))
            {
                continue;
            }

            var length = place.End - place.First;
            var same = t + length <= v.Count && IsFree(owner, t, t + length);
            for (var w = 1; same && w < length; w++)
            {
                same = v[t + w].Equals(v[place.First + w], StringComparison.OrdinalIgnoreCase);
            }

            // Part of a longer name ("the X Commission") is not the place itself.
            if (same && !(t + length < v.Count && v.IsCapitalized(t + length) && v.SpaceOnlyBefore(t + length)))
            {
                var repeat = place with { First = t, End = t + length, Source = "place-name", Nested = false };
                drafts.Add(repeat);
                MarkOwned(owner, repeat, drafts.Count - 1);
                t += length - 1;
            }
        }
    }
}
