using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>Where the clause of a modal demand begins, whose subject it has, and how one request splits into several.</summary>
internal sealed partial class DemandMatcher
{
    private const int MaxSubjectWords = 8;
    private const int MaxInterruption = 25;
    private const int MaxRelativeGap = 5;

    private static readonly WordSet Interrupters = new("which who whom whose when where while if once as");

    private static readonly WordSet VerbsAfterSubject = new(
        "had has have is are was were will would could should must can may did does do failed refused");

    /// <summary>"We call on A to act, and on B to pay": the second addressee's demand, or null.</summary>
    private DemandCandidate? FurtherAddressee(TokenIndex ix, Sentence sentence, int verb, DemandCandidate first, int end,
        QuoteTracker quotes, ExtractedName? quoteSpeaker)
    {
        var t = ix.TokensIn(first.WhatSpan).End;
        if (IsComma(ix, t))
        {
            t++;
        }

        if (!ix.Is(t, "and") || !(ix.Is(t + 1, "on") || ix.Is(t + 1, "upon")))
        {
            return null;
        }

        var to = FindTo(ix, t + 2, end);
        return to > t + 2 ? Build(ix, sentence, verb, t + 2, to, to + 1, end, quotes, quoteSpeaker) : null;
    }

    private static readonly WordSet RequestVerbs = new(
        "release allow publish open end stop ensure grant give make take provide investigate prosecute bring hold " +
        "protect respect restore withdraw lift drop free halt suspend repeal compensate disclose reveal establish " +
        "conduct launch guarantee cooperate refrain return let search find pay reform reinstate declassify close " +
        "transfer try reunite comply apologise apologize acknowledge abolish amend adopt cease implement punish " +
        "recognise recognize remove review ratify uphold identify inform permit preserve renew strengthen extend " +
        "pardon refer declare explain condemn criminalise criminalize hand");

    private const int MinRequestTokens = 3;

    /// <summary>A request verb that opens the next item of a list of requests ("..., release its files").</summary>
    private static bool IsListedRequest(TokenIndex ix, int t, int start) =>
        t - start >= MinRequestTokens && ix.IsAny(t, RequestVerbs) && !ix.IsCapitalised(t)
        && ix.IsWord(t + 1) && !ix.Is(t + 1, "of") && !ix.Is(t + 1, "for") && !ix.Is(t + 1, "and");

    /// <summary>
    /// "the Commission, which MSF had asked to examine the case": the body named before "which" is asked,
    /// the subject after it asks. Null unless a named body or person stands right before the comma.
    /// </summary>
    private static DemandCandidate? RelativeObject(TokenIndex ix, Sentence sentence, int verb, QuoteTracker quotes, int end)
    {
        for (var r = verb - 1; r > sentence.FirstToken + 1 && r >= verb - MaxRelativeGap; r--)
        {
            if (!(ix.Is(r, "which") || ix.Is(r, "whom") || ix.Is(r, "who")) || !IsComma(ix, r - 1))
            {
                continue;
            }

            var m = ix.EntityAt(r - 2);
            var subjectEnd = verb;
            while (subjectEnd > r + 1 && ix.IsAny(subjectEnd - 1, VerbsAfterSubject))
            {
                subjectEnd--;
            }

            if (m < 0 || ix.Doc.EntityMentions[m].Type == EntityType.Location || subjectEnd <= r + 1)
            {
                return null;
            }

            var whatEnd = WhatEnd(ix, verb + 2, end);
            var by = quotes.Name(ix, r + 1, subjectEnd);
            return whatEnd > verb + 2
                ? new DemandCandidate(by, [NameResolver.FromMention(ix, m)], ix.SpanOf(verb + 2, whatEnd), sentence.Span)
                : null;
        }

        return null;
    }

    private static int ClauseStart(TokenIndex ix, Sentence sentence, int before)
    {
        var t = before - 1;
        while (t >= sentence.FirstToken && t > before - MaxReach && !IsBreak(ix, t))
        {
            t--;
        }

        return t + 1;
    }

    /// <summary>The reporting verb before <paramref name="modal"/> and the subject of the clause it reports.</summary>
    private static (int Verb, int First, int End) ReportedSubject(TokenIndex ix, Sentence sentence, int modal)
    {
        for (var v = modal - 2; v >= sentence.FirstToken && v > modal - MaxReach; v--)
        {
            if (!QuoteTracker.IsReportingVerb(ix, v))
            {
                continue;
            }

            var first = ix.Is(v + 1, "that") ? v + 2 : v + 1;
            var stop = first;
            while (stop < modal && stop - first < MaxSubjectWords && ix.IsWord(stop) && !ix.IsAny(stop, VerbsAfterSubject))
            {
                stop++;
            }

            return stop > first && ix.IsAny(stop, VerbsAfterSubject) ? (v, first, stop) : (-1, 0, 0);
        }

        return (-1, 0, 0);
    }

    /// <summary>The comma that opens ", which ... ," or ", when ... ," closed at <paramref name="closing"/>; -1 if none.</summary>
    private static int InterruptionBefore(TokenIndex ix, Sentence sentence, int closing)
    {
        if (!IsComma(ix, closing))
        {
            return -1;
        }

        for (var t = closing - 1; t > sentence.FirstToken && t > closing - MaxInterruption; t--)
        {
            if (IsComma(ix, t))
            {
                return ix.IsAny(t + 1, Interrupters) && t > sentence.FirstToken ? t : -1;
            }

            if (ix.IsPunctuation(t) && !ix.Is(t, "-"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsComma(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',';

    /// <summary>"to A, to B and to C", "must publish A, release B and allow C": one demand per request.</summary>
    public static IEnumerable<DemandCandidate> Split(TokenIndex ix, DemandCandidate candidate)
    {
        var (first, end) = ix.TokensIn(candidate.WhatSpan);
        var start = first;
        for (var t = first + 1; t < end - 1; t++)
        {
            var joined = ix.Is(t - 1, "and") || (ix.IsPunctuation(t - 1) && ix.Text[ix.Tokens[t - 1].Start] == ',');
            var infinitive = ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && !ix.Is(t + 1, "the");

            // "must publish the list, release its files and allow an inquiry": one request per verb, when
            // the addressee is named so that each part still says who is asked.
            var listedVerb = !infinitive && candidate.Addressees.Count > 0 && IsListedRequest(ix, t, start);
            if (joined && (infinitive || listedVerb))
            {
                var stop = t;
                while (stop > start && (ix.Is(stop - 1, "and") || ix.IsPunctuation(stop - 1)))
                {
                    stop--;
                }

                if (stop > start)
                {
                    yield return candidate with { WhatSpan = ix.SpanOf(start, stop) };
                }

                start = infinitive ? t + 1 : t;
            }
        }

        yield return candidate with { WhatSpan = ix.SpanOf(start, end) };
    }
}
