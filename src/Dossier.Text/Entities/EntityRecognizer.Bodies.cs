using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Rules that find bodies by how their names are built or introduced: a signature after a headline's
// dash, "Bay of Bengal Human Rights Forum", "Saudi-led coalition", "the interior ministry".
public sealed partial class EntityRecognizer
{
    private const int MaxHeadlinePartWords = 8;
    private const int MaxLeadingNameWords = 3;

    /// <summary>
    /// "STATEMENT – Cape Labour Rights Forum", "Report of the Detention Monitoring Project, 22 February 2023": in a
    /// headline, a part between separators (or after a genre's "of the" or "by the", or before the comma of a byline's date)
    /// that is all capitalised words and ends in a body's head word names the body. Returns the part's end, or -1.
    /// </summary>
    private static int HeadlineBody(TokenView v, int i, int end, List<MentionDraft> output)
    {
        // A line of its own is a part too: the signatories under a joint letter, one body to a line.
        var opens = i == 0 || IsPartSeparator(v, i - 1) || !v.SpaceOnlyBefore(i)
            || v.Is(i - 1, "the") && (v.Is(i - 2, "of") || v.Is(i - 2, "by"))
            && (v.In(i - 3, EntityLexicon.GenreWords) || v.IsLowerWord(i - 3)); // "Report of the …", not "Families of the …"
        if (!opens || !v.IsCapitalized(i))
        {
            return -1;
        }

        var stop = i;
        while (stop < end && stop - i < MaxHeadlinePartWords && v.IsWord(stop) && (stop == i || v.SpaceOnlyBefore(stop))
            && (v.IsCapitalized(stop) || (stop > i && v.In(stop, EntityLexicon.FunctionWords) && InnerFunctionWord(v, stop))))
        {
            stop++;
        }

        var lineEnds = stop < end && !v.SpaceOnlyBefore(stop);
        if (stop < end && !lineEnds && !IsPartSeparator(v, stop) && !v.IsPunct(stop, '.') && !(v.IsPunct(stop, ',') && BylineDateAfter(v, stop + 1)))
        {
            return -1;
        }

        var first = v.Is(i, "the") ? i + 1 : i;
        if (v.In(first, EntityLexicon.GenreWords) && v.In(first + 1, EntityLexicon.FunctionWords))
        {
            // "Report of the Custody Watch Project": the kind of text and who wrote it.
            for (first++; first < stop && v.In(first, EntityLexicon.FunctionWords); first++)
            {
            }
        }

        var named = false;
        for (var k = first; k < stop; k++)
        {
            named |= !v.In(k, EntityLexicon.GenreWords) && !v.In(k, EntityLexicon.FunctionWords);
        }

        if (stop - first < 2 || !named || !EndsInOrganizationHead(v, first, stop))
        {
            return -1; // "PRESS FREEDOM BULLETIN" names the kind of text
        }

        output.Add(new MentionDraft(first, stop, EntityType.Organization, "headline"));
        return stop;
    }

    /// <summary>"Coalition Against Disappearances", "Families of the Disappeared": one or two small words before a capital.</summary>
    private static bool InnerFunctionWord(TokenView v, int t) =>
        v.IsCapitalized(t + 1) || v.In(t + 1, EntityLexicon.FunctionWords) && v.IsCapitalized(t + 2) && v.SpaceOnlyBefore(t + 2);

    /// <summary>"…, 22 February 2023", "…, March 22": a day or a month opens what follows the comma.</summary>
    private static bool BylineDateAfter(TokenView v, int t) =>
        v.In(t, EntityLexicon.MonthsAndDays) || t < v.Count && char.IsAsciiDigit(v.Text[v.Tokens[t].Start]) && v.In(t + 1, EntityLexicon.MonthsAndDays);

    private static bool IsPartSeparator(TokenView v, int t) =>
        v.IsPunct(t, '\u2013') || v.IsPunct(t, '\u2014') || v.IsPunct(t, '-') || v.IsPunct(t, ':') || v.IsPunct(t, '|');

    /// <summary>
    /// "Bay of Bengal Human Rights Forum", "Law and Dignity Centre": a short run of common words, a
    /// connector, and a run that ends in a body's head word are one name. Returns the end, or -1.
    /// </summary>
    private int JoinedBody(TokenView v, int start, int runEnd, int end)
    {
        var connector = runEnd;
        if (runEnd - start > MaxLeadingNameWords
            || !(v.Is(connector, "of") || v.Is(connector, "in") || v.Is(connector, "and") || v.Is(connector, "for") || v.Is(connector, "against"))
            || v.In(start, EntityLexicon.Titles) || v.In(runEnd - 1, EntityLexicon.OrganizationHeads))
        {
            return -1;
        }

        for (var k = start; k < runEnd; k++)
        {
            // Only everyday words: a person's or a place's name before "of" is not part of a body's name.
            if (v.In(k, EntityLexicon.Titles) || v.In(k, EntityLexicon.MonthsAndDays) || !v.IsEveryday(k, _gazetteer))
            {
                return -1;
            }
        }

        var next = v.Is(connector + 1, "the") ? connector + 2 : connector + 1;
        if (next >= end || !v.IsCapitalized(next) || (v.Is(connector, "and") && next > connector + 1))
        {
            return -1; // "Human Rights and the Litigation Centre": "and the" opens a second body
        }

        var nextEnd = Extend(v, next, ReadRun(v, next, end), end);
        var known = _matcher.Longest(v, next, nextEnd);
        return EndsInOrganizationHead(v, next, nextEnd) && !(known.Entry is not null && known.Length == nextEnd - next) ? nextEnd : -1;
    }

    /// <summary>"Saudi-led coalition", "US-backed forces": a hyphenated leader and a lowercase body. Returns the end, or -1.</summary>
    private static int LedBody(TokenView v, int i, int end)
    {
        if (!v.HasHyphen(i))
        {
            return -1; // most capitalised words: no "-led" to read
        }

        var word = v[i];
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || !(word[(dash + 1)..] is "led" or "backed") || i + 1 >= end || !v.In(i + 1, EntityLexicon.LedBodies))
        {
            return -1;
        }

        return i + 2;
    }

    // The words a lower-case name opens with (an office's title, "presidential", an institution or a place noun before
    // "of"), and the nouns "interior ministry" and "interim government" end with: see OpensNothing.
    private static readonly EntityLexicon.Set LowercaseOpeners = new(
        ["attorney", "prosecutor", "inspector", "auditor", "public", "ombudsman", "ombudsperson", "coroner", "presidential", "republican",
         "royal", .. EntityLexicon.Institutions.Words, .. EntityLexicon.PlaceNouns.Words]);

    private static readonly EntityLexicon.Set InstitutionNouns = new("ministry government");

    /// <summary>
    /// The lower-case word <paramref name="i"/> opens nothing that <see cref="LowercaseInstitution"/> or <see cref="ScanLowercase"/>
    /// reads: it is no opener, the word after it no institution's noun, and it has no hyphen. Most words of a text are such
    /// words, and two set tests settle them where those rules ask a dozen word tests each.
    /// </summary>
    private static bool OpensNothing(TokenView v, int i) =>
        !v.HasHyphen(i) && !v.MayBeIn(i, LowercaseOpeners) && !v.MayBeIn(i + 1, InstitutionNouns);

    /// <summary>"the interior ministry", "the interim government", "the presidential guard": a lowercase institution. Returns the end, or -1.</summary>
    private static int LowercaseInstitution(TokenView v, int i, int end)
    {
        if ((i + 2 < end && v.IsPossessive(i + 1) || i + 3 < end && v.IsPossessive(i + 2)) && !v.IsPossessive(i - 1))
        {
            return OfficeOfTitle(v, i, end); // "Nepal's prosecutor's office" is the country's, read with its owner
        }

        if (i + 1 >= end || !v.IsLowerWord(i + 1))
        {
            return -1;
        }

        // The next word is tested first: it settles nearly every word of the text without a lexicon look-up.
        var ministry = v.Is(i + 1, "ministry") && v.In(i, EntityLexicon.MinistryDomains);
        var government = v.Is(i + 1, "government") && v.In(i, EntityLexicon.GovernmentKinds);
        var household = (v.Is(i, "presidential") || v.Is(i, "republican")) && v.Is(i + 1, "guard")
            || v.Is(i, "royal") && v.Is(i + 1, "court");
        return ministry || government || household ? i + 2 : -1;
    }

    /// <summary>"the ombudsman's office", "the attorney general's office": an office named by its holder's title. Returns the end, or -1.</summary>
    private static int OfficeOfTitle(TokenView v, int i, int end)
    {
        var t = (v.Is(i, "attorney") || v.Is(i, "prosecutor") || v.Is(i, "inspector") || v.Is(i, "auditor")) && v.Is(i + 1, "general") ? i + 2
            : v.Is(i, "public") && v.Is(i + 1, "prosecutor") ? i + 2
            : v.Is(i, "ombudsman") || v.Is(i, "ombudsperson") || v.Is(i, "prosecutor") || v.Is(i, "coroner") ? i + 1
            : -1;
        return t > 0 && t + 1 < end && v.IsPossessive(t) && v.Is(t + 1, "office") ? t + 2 : -1;
    }

    /// <summary>
    /// After "Kazakhstan's": "government", "national police", "prosecutor's office" — the country's own
    /// institution. Returns its end, or -1.
    /// </summary>
    private static int OwnedInstitution(TokenView v, int i, int end)
    {
        if (i + 2 < end && v.Is(i, "prosecutor") && v.IsPossessive(i + 1) && v.Is(i + 2, "office"))
        {
            return i + 3;
        }

        var head = i < end && v.IsLowerWord(i) && (v.Is(i, "national") || v.Is(i, "federal") || v.In(i, EntityLexicon.InstitutionModifiers)
            || v.In(i, EntityLexicon.MinistryDomains)) ? i + 1 : i;
        if (head >= end || !v.IsLowerWord(head) || !v.In(head, EntityLexicon.Institutions)
            || (v.IsLowerWord(head + 1) && v.In(head + 1, EntityLexicon.PlaceHeads)))
        {
            return -1;
        }

        return head + 1;
    }

    /// <summary>"commission of inquiry", "refugee agency" after a known body: up to three lowercase words ending in a body's head. Returns the end, or -1.</summary>
    private static int LowercaseBody(TokenView v, int i, int end)
    {
        for (var k = i; k < end && k < i + 3 && v.IsLowerWord(k) && !v.In(k, EntityLexicon.FunctionWords); k++)
        {
            if (v.In(k, EntityLexicon.OrganizationHeads) && !v.In(k, EntityLexicon.Institutions) && !v.IsLowerWord(k + 1))
            {
                return k + 1;
            }

            if (v.In(k, EntityLexicon.OrganizationHeads) && v.Is(k + 1, "of") && v.Is(k + 2, "inquiry"))
            {
                return k + 3;
            }
        }

        return -1;
    }
}
