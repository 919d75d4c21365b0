using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Classifies one run of capitalised words (with its "of"/"for" extensions) by the evidence inside it:
/// a gazetteer name, an organisation or place head, a title before a name, a demonym, the shape of a
/// person's name. Each step looks at a bounded window, so the cost stays linear in the run's length.
/// </summary>
internal sealed partial class NameRules(Gazetteer gazetteer, GazetteerMatcher matcher)
{
    private const int MaxPersonWords = 5;

    public void Classify(TokenView v, int a, int b, List<MentionDraft> output, bool headline)
    {
        a = SkipLeadingNonNames(v, a, b);
        if (a >= b)
        {
            return;
        }

        if (headline)
        {
            ScanInside(v, a, b, output, nested: false);
            return;
        }

        var possessive = FindPossessive(v, a, b);
        if (possessive > a)
        {
            var (leftLength, leftEntry) = matcher.Longest(v, a, possessive);
            if (leftEntry is not null && leftLength == possessive - a)
            {
                output.Add(new MentionDraft(a, possessive, leftEntry.Type, "gazetteer") { Entry = leftEntry });
                Classify(v, possessive + 1, b, output, headline);
                return;
            }
        }

        if (v.In(b - 1, EntityLexicon.TreatyHeads) || OpensWithTreaty(v, a, b))
        {
            return;
        }

        if (b - a > 1 && v.In(b - 1, EntityLexicon.EventHeads))
        {
            Classify(v, a, b - 1, output, headline);
            return;
        }

        var (gazLength, gazEntry) = matcher.Longest(v, a, b);
        if (gazEntry is not null && gazLength == b - a)
        {
            output.Add(new MentionDraft(a, b, gazEntry.Type, "gazetteer") { Entry = gazEntry });
            return;
        }

        if (b - a > 1 && gazetteer.CountryOfDemonym(v[a]) is { } nation
            && matcher.Longest(v, a + 1, b) is { Entry.Type: EntityType.Organization } branch && branch.Length == b - a - 1)
        {
            // "Chinese Red Cross": a national branch of a known body, a body of its own.
            output.Add(new MentionDraft(a, b, EntityType.Organization, "demonym") { CountryCode = nation });
            return;
        }

        if (b - a > 1 && v.In(b - 1, EntityLexicon.OrganizationHeads))
        {
            AddOrganization(v, a, b, output, "suffix");
            return;
        }

        if (b - a > 2 && v.In(b - 2, EntityLexicon.OrganizationHeads) && matcher.Longest(v, b - 1, b) is { Entry.Kind: "country" })
        {
            // "Justice Project Pakistan": a body's name closed by the country it works in.
            AddOrganization(v, a, b, output, "suffix");
            return;
        }

        if (b - a > 1 && v.In(a, EntityLexicon.PlacePrefixes))
        {
            var end = a + 2;
            while (end < b && !v.IsEveryday(end, gazetteer) && !v.In(end, EntityLexicon.OrganizationHeads))
            {
                end++;
            }

            output.Add(new MentionDraft(a, end, EntityType.Location, "place-prefix") { PlaceKind = "site" });
            Classify(v, end, b, output, headline);
            return;
        }

        if (b - a > 1 && v.In(b - 1, EntityLexicon.PlaceHeads))
        {
            output.Add(Place(v, a, b, "place-head"));
            return;
        }

        if (ClassifyTitled(v, a, b, output, headline))
        {
            return;
        }

        if (gazEntry is null && (IntroducedAsBody(v, a, b) || (b - a == 1 && CuedBefore(v, a) && !NameGoesOn(v, b))))
        {
            output.Add(new MentionDraft(a, b, EntityType.Organization, "cue"));
            return;
        }

        if (b - a == 1)
        {
            AddSingle(v, a, output, gazEntry);
            return;
        }

        var nameEnd = b;
        while (nameEnd - a > 1 && gazetteer.CountryOfDemonym(v[nameEnd - 1]) is not null)
        {
            nameEnd--;
        }

        if (CuedBefore(v, a))
        {
            output.Add(new MentionDraft(a, b, EntityType.Organization, "cue"));
            return;
        }

        if (LooksLikePerson(v, a, nameEnd))
        {
            output.Add(new MentionDraft(a, nameEnd, EntityType.Person, "name"));
            return;
        }

        if (b - a >= 3 && HasInnerCapitalisedFunctionWord(v, a, b))
        {
            // "Families Against Impunity": capitals on a small inner word mark a name of a body.
            output.Add(new MentionDraft(a, b, EntityType.Organization, "name-shape"));
            return;
        }

        ScanInside(v, a, b, output, nested: false);
    }

    /// <summary>Gazetteer names and acronyms inside a run that is not a name as a whole.</summary>
    public void ScanInside(TokenView v, int a, int b, List<MentionDraft> output, bool nested)
    {
        for (var k = a; k < b;)
        {
            var (length, entry) = matcher.Longest(v, k, b);
            if (entry is not null && (!nested || entry.Type != EntityType.Person))
            {
                output.Add(new MentionDraft(k, k + length, entry.Type, "gazetteer") { Entry = entry, Nested = nested });
                k += length;
            }
            else
            {
                if (!nested && IsAcronym(v, k))
                {
                    output.Add(new MentionDraft(k, k + 1, EntityType.Organization, "acronym"));
                }

                k++;
            }
        }
    }

    public bool IsAcronym(TokenView v, int i)
    {
        var word = v[i];
        // Longer capitals pass only in brackets: "(ASOCAFRO)" is an acronym, "STATEMENT" a shouted word.
        var bracketed = v.IsPunct(i - 1, '(') && (v.IsPunct(i + 1, ')') || v.IsPunct(i + 1, '/'));
        if (!v.IsAllCaps(i) || word.Length > (bracketed ? 10 : 6) || word.Contains('.') || word.Contains('-'))
        {
            return false;
        }

        return !v.In(i, EntityLexicon.NotAcronyms) && !v.In(i, EntityLexicon.Titles) && !v.In(i, EntityLexicon.MonthsAndDays)
            && !v.IsEveryday(i, gazetteer); // the look-up in the large table last
    }

    public int SkipLeadingNonNames(TokenView v, int a, int b)
    {
        // "Secretary of State Mike Pompeo": the run opens inside a title.
        if (a >= 2 && v.Is(a - 1, "of") && IsTitle(v, a - 2))
        {
            while (a < b - 1 && v.In(a, EntityLexicon.TitleModifiers))
            {
                a++;
            }
        }

        while (a < b && (v.In(a, EntityLexicon.FunctionWords) || v.IsPossessive(a) || IsEverydayOpener(v, a, b)))
        {
            a++;
        }

        return a;
    }

    /// <summary>
    /// "Police said ...", "Protesters gathered ...": an everyday word that opens the sentence with a capital only for
    /// being first, and starts no known name. The word-class tests come first: the look-ups in the large tables
    /// and the gazetteer walk are made only for a word that passes them (and never for a function word, skipped before).
    /// </summary>
    private bool IsEverydayOpener(TokenView v, int a, int b) =>
        v.IsSentenceInitial(a) && !v.In(a, EntityLexicon.Titles) && !v.In(a, EntityLexicon.PlacePrefixes)
        && !v.In(a, EntityLexicon.OrganizationHeads) && v.IsEveryday(a, gazetteer) && !v.IsGivenName(a, gazetteer)
        && matcher.Longest(v, a, b).Entry is null;

    private static bool HasInnerCapitalisedFunctionWord(TokenView v, int a, int b)
    {
        for (var k = a + 1; k < b - 1; k++)
        {
            if (v.IsCapitalized(k) && v.Tokens[k].Length <= 7 && v.In(k, EntityLexicon.FunctionWords))
            {
                return true;
            }
        }

        return false;
    }

    private static int FindPossessive(TokenView v, int a, int b)
    {
        for (var k = a + 1; k < b; k++)
        {
            if (v.IsPossessive(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "International Convention for the Protection of All Persons", "Universal Declaration of Human Rights": a treaty's
    /// head word, first or after one word, with its complement after it, names a text, not a body.
    /// </summary>
    public static bool OpensWithTreaty(TokenView v, int a, int b)
    {
        for (var t = a; t <= a + 1 && t + 1 < b; t++)
        {
            if (v.In(t, EntityLexicon.TreatyHeads) && v.IsLowerWord(t + 1) && v.In(t + 1, EntityLexicon.FunctionWords))
            {
                return true;
            }
        }

        return false;
    }
}
