using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>Where a subject's clause begins and which of its comma-separated segments names the speaker.</summary>
internal sealed partial class SpeakerFinder
{
    /// <summary>
    /// Where the verb's own clause begins: after a quotation, a colon or "while" / "but" / ", and" that
    /// opens a new clause. A verb joined straight to the one before ("described it as "...", and urged")
    /// shares its subject, so the search goes on past the quotation.
    /// </summary>
    private static int ClauseFrom(TokenIndex ix, int from, int verb)
    {
        for (var t = verb - 1; t >= from; t--)
        {
            // ", after Odinga asked his supporters": a clause of its own, with its own subject.
            var join = ix.IsAny(t, ClauseJoins) || ((ix.Is(t, "and") || ix.IsAny(t, Subordinators)) && IsComma(ix, t - 1));
            if (!join && !IsQuoteOrColon(ix, t))
            {
                continue;
            }

            if (HasWords(ix, t + 1, verb))
            {
                return t + 1;
            }

            if (join || !ix.Is(t + 1, "and") && !(IsComma(ix, t + 1) && ix.Is(t + 2, "and")))
            {
                if (!join)
                {
                    return t + 1; // "...," said X: the speaker follows the verb
                }

                continue;
            }

            // A closing quote before ", and urged": step over the quotation to the subject before it.
            var open = t - 1;
            while (open >= from && !QuoteTracker.IsQuote(ix, open))
            {
                open--;
            }

            t = open;
        }

        return from;
    }

    private static bool HasWords(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (ix.IsWord(t) && !ix.Is(t, "and"))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipOpening(TokenIndex ix, int first, int end)
    {
        // Adverbs ("Earlier today", "Currently") and dated phrases ("On Monday") may go; "In Geneva the
        // group" keeps its place name, so it is left alone.
        var t = first;
        while (t < end)
        {
            if (ix.DateAt(t) >= 0 || ix.IsAny(t, OpeningAdverbs))
            {
                t++;
            }
            else if (ix.IsAny(t, OpeningWords))
            {
                var next = t + 1;
                while (next < end && ix.IsAny(next, Leading))
                {
                    next++;
                }

                if (next >= end || ix.DateAt(next) < 0)
                {
                    break;
                }

                t = next;
            }
            else
            {
                break;
            }
        }

        return t > first && t < end && ix.IsWord(t) ? t : first;
    }

    private static bool IsAside(TokenIndex ix, int first) =>
        ix.IsAny(first, Relatives) || (ix.IsWord(first) && !ix.IsCapitalised(first) && ix.Is(first + 1, "by"));

    /// <summary>
    /// "The Observatory, a joint programme of FIDH and OMCT,": an "a" phrase after a body named in capitals describes
    /// it; the bodies it names are not the speaker.
    /// </summary>
    private static bool DescribesNamed(TokenIndex ix, (int First, int End) named, int first) =>
        (ix.Is(first, "a") || ix.Is(first, "an")) && named.End > named.First && ix.IsCapitalised(named.End - 1) && !ix.IsCapitalised(first);

    /// <summary>A person named as the head of the phrase, not as a possessive ("Haque's widow").</summary>
    private static bool PersonHeadIn(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Person
                && !IsPossessive(ix, ix.MentionTokens(m).End))
            {
                return true;
            }
        }

        return false;
    }

    // The offices a body's officer holds: "the UN Secretary-General", "the EU's foreign policy chief".
    private static readonly WordSet Offices = new(
        "secretary-general chief envoy spokesperson spokesman spokeswoman ambassador representative commissioner rapporteur " +
        "president chair chairman chairperson director head coordinator");

    /// <summary>The office of the one body a short phrase names ("the UN Secretary-General"), or null.</summary>
    public static ExtractedName? OfficeIn(TokenIndex ix, int first, int end)
    {
        if (end - first > 8)
        {
            return null;
        }

        var body = -1;
        for (var t = first; t < end; t++)
        {
            var m = ix.EntityAt(t);
            if (m < 0 || m == body)
            {
                continue;
            }

            if (body >= 0 || ix.Doc.EntityMentions[m].Type != EntityType.Organization)
            {
                return null; // a person, a place or a second body: a list, not one office
            }

            body = m;
        }

        return body >= 0 ? OfficeOf(ix, first, end, body) : null;
    }

    /// <summary>
    /// "the UN Secretary-General", "the Secretary-General of the United Nations": an office of the body named at mention
    /// <paramref name="m"/>, the whole phrase from <paramref name="first"/> to <paramref name="end"/> (the office speaks,
    /// not the body), or null.
    /// </summary>
    private static ExtractedName? OfficeOf(TokenIndex ix, int first, int end, int m)
    {
        var (mFirst, mEnd) = ix.MentionTokens(m);
        var after = ix.Is(mEnd, "'s") ? mEnd + 1 : mEnd;
        var held = false;
        for (var t = after; t < end && t < after + 4 && !held; t++)
        {
            held = IsOffice(ix, t);
        }

        var of = mFirst - (ix.Is(mFirst - 1, "the") ? 2 : 1);
        held |= ix.Is(of, "of") && of - 1 >= first && IsOffice(ix, of - 1);
        if (!held)
        {
            return null;
        }

        var start = ix.Is(first, "the") ? first + 1 : first;
        // The body stays an alias: "Amnesty International's regional director" speaks for Amnesty International.
        return new ExtractedName(ix.TextOf(start, end)) { Aliases = [NameResolver.FromMention(ix, m).Name], Spans = [ix.SpanOf(start, end)] };
    }

    /// <summary>"chief", "envoy", "Director-General": a word naming an office.</summary>
    private static bool IsOffice(TokenIndex ix, int t) =>
        ix.IsAny(t, Offices) || ix.IsWord(t) && ix.Word(t).EndsWith("-general", StringComparison.OrdinalIgnoreCase);
}
