using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Places the gazetteer lacks, recognised by how reports introduce them: "at X in the Y province",
/// "from X, a village on the coast", "in X, in northern Y", "at X, 30 km from Y", "at X village",
/// "the streets of X". A name after "at" or "in" alone is not enough ("at Lonmin", "at Amnesty"):
/// a place cue must follow. Once a name is a place, its other bare mentions in the document are too.
/// </summary>
internal static class ContextPlaceFinder
{
    private const int MaxNameWords = 4;
    private const int MaxQualifierWords = 5;
    private const int MaxAppositiveWords = 3;
    private const int MaxSiteModifiers = 2;

    public static void AddContextPlaces(TokenView v, IReadOnlyList<Sentence> sentences, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        var owner = new int[v.Count];
        Array.Fill(owner, -1);
        for (var k = 0; k < drafts.Count; k++)
        {
            for (var t = drafts[k].First; t < drafts[k].End && t < owner.Length; t++)
            {
                if (owner[t] < 0 || !drafts[k].Nested)
                {
                    owner[t] = drafts[k].Nested && owner[t] >= 0 ? owner[t] : k;
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
                if (!v.IsWord(i) || !v.IsCapitalized(i) || v.IsAllCaps(i) || v.In(i, EntityLexicon.FunctionWords))
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
        var everyday = true;
        for (var t = a; t < b; t++)
        {
            if (v.In(t, EntityLexicon.OrganizationHeads) || v.In(t, EntityLexicon.Titles) || v.In(t, EntityLexicon.MonthsAndDays)
                || v.In(t, EntityLexicon.TreatyHeads) || v.In(t, EntityLexicon.EventHeads) || v.IsPossessive(t))
            {
                return false;
            }

            everyday &= v.IsEveryday(t, gazetteer);
        }

        // Mid-sentence capitals mark a name even on everyday words ("Inn Din"); at a sentence start they mark nothing.
        if (everyday && v.IsSentenceInitial(a))
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
            && !gazetteer.IsGivenName(v[a]);
    }

    private static (string Kind, string? Country, (int, int)? Qualifier)? Cue(
        TokenView v, int a, int b, int end, int[] owner, List<MentionDraft> drafts)
    {
        if (Appositive(v, b, end, owner, drafts) is { } kind)
        {
            return (kind, null, null);
        }

        var before = a - 1;
        if ((v.Is(before, "neighbouring") || v.Is(before, "neighboring")) && v.IsLowerWord(before))
        {
            return ("region", null, null); // "in neighbouring X", "from Y and neighbouring X"
        }

        if (v.In(before, EntityLexicon.Directions) && v.IsLowerWord(before) && v.In(before - 1, EntityLexicon.PlacePrepositions)
            && v.IsLowerWord(before - 1))
        {
            return ("region", null, null); // "in northern X"
        }

        if ((v.Is(before, "in") || v.Is(before, "near") || v.Is(before, "outside")) && v.IsLowerWord(before)
            && IsPlaceNoun(v, before - 1))
        {
            return ("city", null, null); // "a rubbish dump in X", "the hospital in X"
        }

        if (v.Is(before, "of") && v.In(before - 1, EntityLexicon.SettlementParts))
        {
            return ("city", null, null); // "the streets of X"
        }

        // "the market of X, in Y's north" reads like "at X": the cues after the name carry the weight.
        if (!v.IsLowerWord(before) || !(v.In(before, EntityLexicon.PlacePrepositions) || v.Is(before, "of")))
        {
            return null;
        }

        if (IsSettlementWord(v, b))
        {
            return ("city", null, null); // "at X village"
        }

        var j = b;
        var comma = v.IsPunct(j, ',');
        if (comma)
        {
            j++;
            if (v.In(j, EntityLexicon.Directions) && v.IsLowerWord(j) && v.Is(j + 1, "of"))
            {
                return ("city", null, null); // "X, north of the capital"
            }

            if (v.Is(j, "some") || v.Is(j, "about") || v.Is(j, "around") || v.Is(j, "roughly"))
            {
                j++;
            }

            if (j < end && char.IsAsciiDigit(v[j][0]) && IsDistanceUnit(v, j + 1))
            {
                return ("city", null, null); // "X, 30 km from Y"
            }
        }

        return v.Is(j, "in") ? Qualifier(v, j + 1, end, comma, owner, drafts) : null;
    }

    /// <summary>After "in": "the North West province", "Rakhine State", or (after a comma) "northern Kenya".</summary>
    private static (string Kind, string? Country, (int, int)? Qualifier)? Qualifier(
        TokenView v, int k, int end, bool comma, int[] owner, List<MentionDraft> drafts)
    {
        if (v.Is(k, "the"))
        {
            k++;
        }

        if (v.In(k, EntityLexicon.Directions) && v.IsLowerWord(k))
        {
            k++;
        }

        string? country = null;
        var known = false;
        var q = k;
        while (q < end && q - k < MaxQualifierWords && v.IsWord(q) && v.IsCapitalized(q) && !v.In(q, EntityLexicon.FunctionWords))
        {
            if (owner[q] >= 0 && drafts[owner[q]].Type == EntityType.Location)
            {
                known = true;
                country ??= drafts[owner[q]].CountryCode ?? drafts[owner[q]].Entry?.CountryCode;
            }
            else if (owner[q] >= 0)
            {
                return null; // "in the Lonmin offices": a body, not a place
            }

            q++;
            if (v.IsPossessive(q))
            {
                q++; // "in Yemen's northern Saada governorate"
                if (v.In(q, EntityLexicon.Directions) && v.IsLowerWord(q))
                {
                    q++;
                }
            }
        }

        if (q == k)
        {
            return null;
        }

        if (v.IsLowerWord(q) && v.In(q, EntityLexicon.SubdivisionHeads))
        {
            return ("city", country, (k, q + 1));
        }

        if (v.In(q - 1, EntityLexicon.SubdivisionHeads))
        {
            return ("city", country, (k, q)); // "in Rakhine State"
        }

        return comma && known && owner[k] >= 0 ? ("city", country, null) : null;
    }

    /// <summary>"the X refugee camp", "at X detention centre": the end of the site's lowercase head, or -1.</summary>
    private static int SiteEnd(TokenView v, int a, int b, int end)
    {
        var before = a - 1;
        if (!(v.Is(before, "the") || (v.IsLowerWord(before) && v.In(before, EntityLexicon.PlacePrepositions))))
        {
            return -1;
        }

        for (var t = b; t < end && t <= b + MaxSiteModifiers; t++)
        {
            if (!v.IsLowerWord(t) || v.In(t, EntityLexicon.FunctionWords))
            {
                return -1;
            }

            if (IsSiteHead(v, t))
            {
                var next = t + 1;
                // "the X prison guards" names people; "the X camp said" ends with the site.
                return IsSiteStaff(v, next) ? -1 : next;
            }
        }

        return -1;
    }

    private static bool IsSiteStaff(TokenView v, int i) =>
        v.IsLowerWord(i) && (v.Is(i, "guard") || v.Is(i, "guards") || v.Is(i, "official") || v.Is(i, "officials")
            || v.Is(i, "staff") || v.Is(i, "workers") || v.Is(i, "worker") || v.Is(i, "residents") || v.Is(i, "manager")
            || v.Is(i, "managers") || v.Is(i, "director") || v.Is(i, "authorities") || v.Is(i, "administration")
            || v.Is(i, "commander") || v.Is(i, "owner") || v.Is(i, "owners") || v.Is(i, "operator") || v.Is(i, "company"));

    // Not "centre": a "detention centre" is as often named as the body that runs it.
    private static bool IsSiteHead(TokenView v, int i) =>
        v.Is(i, "camp") || v.Is(i, "mine") || v.Is(i, "prison") || v.Is(i, "jail")
        || v.Is(i, "dump") || v.Is(i, "barracks") || v.Is(i, "compound");

    /// <summary>", a village on the coast", ", the capital's main square": the kind of place the appositive names, or null.</summary>
    private static string? Appositive(TokenView v, int b, int end, int[] owner, List<MentionDraft> drafts)
    {
        if (!v.IsPunct(b, ','))
        {
            return null;
        }

        var first = b + 2;
        if (!(v.Is(b + 1, "a") || v.Is(b + 1, "an")))
        {
            // ", Lagos's main square": a known place owning the noun.
            var k = b + 1;
            if (k >= end || owner[k] < 0 || drafts[owner[k]].Type != EntityType.Location)
            {
                return null;
            }

            first = drafts[owner[k]].End;
            if (!v.IsPossessive(first))
            {
                return null;
            }

            first++;
        }

        for (var t = first; t < end && t < first + MaxAppositiveWords; t++)
        {
            if (!v.IsLowerWord(t))
            {
                return null;
            }

            if (v.In(t, EntityLexicon.PlaceNouns) || v.In(t, EntityLexicon.PlaceHeads) || IsSettlementWord(v, t))
            {
                // "a district official" names a person: the noun must close the phrase.
                var next = t + 1;
                return next >= end || !v.IsLowerWord(next) || v.In(next, EntityLexicon.FunctionWords)
                    ? (v.In(t, EntityLexicon.SubdivisionHeads) ? "region" : "city")
                    : null;
            }
        }

        return null;
    }

    private static bool IsPlaceNoun(TokenView v, int i) =>
        v.IsLowerWord(i) && (v.In(i, EntityLexicon.PlaceNouns) || v.In(i, EntityLexicon.PlaceHeads) || IsSettlementWord(v, i)
            || v.Is(i, "dump") || v.Is(i, "market") || v.Is(i, "mine") || v.Is(i, "school"));

    private static bool IsSettlementWord(TokenView v, int i) =>
        v.IsLowerWord(i) && (v.Is(i, "village") || v.Is(i, "township") || v.Is(i, "favela") || v.Is(i, "hamlet"));

    private static bool IsDistanceUnit(TokenView v, int i) =>
        v.Is(i, "km") || v.Is(i, "kilometres") || v.Is(i, "kilometers") || v.Is(i, "miles") || v.Is(i, "kms");

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
        for (var t = 0; t < v.Count; t++)
        {
            if (owner[t] >= 0 || !v.IsCapitalized(t) || !lookup.TryGetValue(v[t], out var place))
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
