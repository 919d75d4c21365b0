using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Rules that find bodies by how their names are built or introduced: a signature after a headline's
// dash, "Bay of Bengal Human Rights Forum", "Saudi-led coalition", "the interior ministry".
public sealed partial class EntityRecognizer
{
    private const int MaxHeadlinePartWords = 8;
    private const int MaxLeadingNameWords = 3;

    /// <summary>
    /// "STATEMENT – Cape Labour Rights Forum": in a headline, a part between separators that is all
    /// capitalised words and ends in a body's head word names the body. Returns the part's end, or -1.
    /// </summary>
    private static int HeadlineBody(TokenView v, int i, int end, List<MentionDraft> output)
    {
        if (!(i == 0 || IsPartSeparator(v, i - 1)) || !v.IsCapitalized(i))
        {
            return -1;
        }

        var stop = i;
        while (stop < end && stop - i < MaxHeadlinePartWords && v.IsWord(stop)
            && (v.IsCapitalized(stop) || (stop > i && v.In(stop, EntityLexicon.FunctionWords) && v.IsCapitalized(stop + 1))))
        {
            stop++;
        }

        if (stop < end && !IsPartSeparator(v, stop) && !v.IsPunct(stop, '.'))
        {
            return -1;
        }

        var first = v.Is(i, "the") ? i + 1 : i;
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
            if (!v.IsEveryday(k, _gazetteer) || v.In(k, EntityLexicon.Titles) || v.In(k, EntityLexicon.MonthsAndDays))
            {
                return -1;
            }
        }

        var next = v.Is(connector + 1, "the") ? connector + 2 : connector + 1;
        if (next >= end || !v.IsCapitalized(next))
        {
            return -1;
        }

        var nextEnd = Extend(v, next, ReadRun(v, next, end), end);
        var known = _matcher.Longest(v, next, nextEnd);
        return EndsInOrganizationHead(v, next, nextEnd) && !(known.Entry is not null && known.Length == nextEnd - next) ? nextEnd : -1;
    }

    /// <summary>"Saudi-led coalition", "US-backed forces": a hyphenated leader and a lowercase body. Returns the end, or -1.</summary>
    private static int LedBody(TokenView v, int i, int end)
    {
        var word = v[i];
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || !(word[(dash + 1)..] is "led" or "backed") || i + 1 >= end || !v.In(i + 1, EntityLexicon.LedBodies))
        {
            return -1;
        }

        return i + 2;
    }

    /// <summary>"the interior ministry", "the interim government", "the presidential guard": a lowercase institution. Returns the end, or -1.</summary>
    private static int LowercaseInstitution(TokenView v, int i, int end)
    {
        if (i + 1 >= end || !v.IsLowerWord(i + 1))
        {
            return -1;
        }

        var ministry = v.In(i, EntityLexicon.MinistryDomains) && v.Is(i + 1, "ministry");
        var government = v.In(i, EntityLexicon.GovernmentKinds) && v.Is(i + 1, "government");
        var household = (v.Is(i, "presidential") || v.Is(i, "republican")) && v.Is(i + 1, "guard")
            || v.Is(i, "royal") && v.Is(i + 1, "court");
        return ministry || government || household ? i + 2 : -1;
    }
}
