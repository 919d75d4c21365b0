using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// The cues around an unknown name that make it a place: what follows it (a qualifier, an appositive,
// a distance, a site's head) and what precedes it ("neighbouring", "in northern", "the streets of").
internal static partial class ContextPlaceFinder
{
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

        if (v.IsPunct(before, ',') && (v.Is(before - 1, "capital") || v.Is(before - 1, "city") && v.Is(before - 2, "main"))
            && v.IsLowerWord(before - 1) && v.IsPunct(b, ','))
        {
            return ("city", null, null); // "a march in the capital, Teru, ...": the city the noun before names
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
        if (!(v.Is(b + 1, "a") || v.Is(b + 1, "an") || v.Is(b + 1, "the") && v.IsLowerWord(b + 1)))
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
                // "a district official" names a person: the noun must close the phrase ("the district town" may).
                var next = t + 1;
                if (next < end && v.IsLowerWord(next) && (v.In(next, EntityLexicon.PlaceNouns) || IsSettlementWord(v, next)))
                {
                    continue;
                }

                return next >= end || (!v.IsLowerWord(next) && !v.IsPossessive(next)) || v.In(next, EntityLexicon.FunctionWords)
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
        v.IsLowerWord(i) && (v.Is(i, "village") || v.Is(i, "township") || v.Is(i, "favela") || v.Is(i, "hamlet")
            || v.Is(i, "territory") || v.Is(i, "district") || v.Is(i, "province") || v.Is(i, "governorate") || v.Is(i, "county"));

    private static bool IsDistanceUnit(TokenView v, int i) =>
        v.Is(i, "km") || v.Is(i, "kilometres") || v.Is(i, "kilometers") || v.Is(i, "miles") || v.Is(i, "kms");
}
