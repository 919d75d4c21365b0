using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Where a date stands towards an act in <see cref="SentenceIncidents"/>: a bound ("until 3 May"), the start of a
/// tally ("since the protests began"), a beginning compared with ("the deadliest since"), a place phrase attached
/// to the act, a later conjunct, a day after the report.
/// </summary>
internal sealed partial class SentenceIncidents
{
    private static readonly WordSet Bounds = new("before until till");

    private static readonly WordSet PhrasePrepositions = new("on in at near against of outside inside");

    /// <summary>
    /// "a raid on student dormitories in Abepura in December 2000", "the arrest of 12 lawyers in Khartoum on 11 May": only
    /// prepositional phrases of the act, figures included, stand between it and the date (no verb, clause word or
    /// punctuation), so the date is attached to the act.
    /// </summary>
    private static bool PlacePhraseBetween(TokenIndex ix, int from, int date)
    {
        if (date - from > 14 || !ix.IsAny(from, PhrasePrepositions))
        {
            return false;
        }

        for (var t = from; t < date; t++)
        {
            if ((!ix.IsWord(t) && ix.QuantityAt(t) < 0) || ix.IsAny(t, SequenceWords) || ix.IsAny(t, RelativePronouns) || ix.Is(t, "and") || ix.Is(t, "that")
                || ix.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"sixteen dead … and one more the following day": an "and", "but" or comma joins another part between the two.</summary>
    private static bool JoinBetween(TokenIndex ix, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (ix.Is(t, "and") || CountFinder.IsComma(ix, t) || ix.Is(t, "but"))
            {
                return true;
            }
        }

        return false;
    }

    // "since protests against the rise in fuel prices broke out on 1 October": a clause's subject may be a long phrase.
    private const int MaxSinceClause = 14;

    /// <summary>The date of a "since" clause right after an act ("since the protests began on 3 May"), or -1.</summary>
    private static int SinceClauseDate(TokenIndex ix, int after, int sentenceEnd)
    {
        for (var t = after; t < sentenceEnd && t < after + 5; t++)
        {
            if (ix.Is(t, "since"))
            {
                for (var u = t + 1; u < sentenceEnd && u <= t + MaxSinceClause && !ix.IsPunctuation(u); u++)
                {
                    if (ix.DateAt(u) is var d and >= 0 && Usable(ix.Doc.Dates[d]))
                    {
                        return d;
                    }
                }

                return -1;
            }

            if (ix.IsPunctuation(t) || IsSuperlative(ix, t))
            {
                return -1; // "the deadliest since the war began in 2011" compares; it does not count from 2011
            }
        }

        return -1;
    }

    /// <summary>"the deadliest attack", "the largest number of deaths": a superlative within a few words before the act.</summary>
    private static bool SuperlativeBefore(TokenIndex ix, int first)
    {
        for (var t = first - 1; t >= 0 && t >= first - 4 && ix.IsWord(t); t--)
        {
            if (IsSuperlative(ix, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuperlative(TokenIndex ix, int t) =>
        ix.Is(t, "most") || ix.IsWord(t) && ix.Word(t).Length > 5 && ix.Word(t).EndsWith("iest", StringComparison.OrdinalIgnoreCase)
        || ix.Is(t, "worst") || ix.Is(t, "largest") || ix.Is(t, "biggest") || ix.Is(t, "highest");

    // "since the war began", "since the president took office", "since the army seized power".
    private static readonly WordSet Beginnings = new("began begun started erupted broke took came seized assumed");

    /// <summary>The "since" of "since the war began in 2011" between <paramref name="from"/> and the date, or -1.</summary>
    private static int BeginningSince(TokenIndex ix, int from, int dateToken)
    {
        var began = false;
        for (var t = dateToken - 1; t >= from && t >= dateToken - 8; t--)
        {
            began |= ix.IsAny(t, Beginnings);
            if (ix.Is(t, "since"))
            {
                return began ? t : -1;
            }

            if (ix.IsPunctuation(t))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"in the days before Thursday's shooting", "until 3 May": the date bounds the act, it is not its date.</summary>
    private static bool BeforeReference(TokenIndex ix, int dateToken)
    {
        var (first, _) = ix.DateTokens(ix.DateAt(dateToken));
        var t = ix.Is(first - 1, "the") ? first - 2 : first - 1;
        return ix.IsAny(t, Bounds) || ix.Is(t, "to") && ix.Is(t - 1, "prior");
    }

    /// <summary>"set a hearing for 4 July" in a report of 26 June: a day after the report is a plan, not the day of an act.</summary>
    private static bool AfterReport(TokenIndex ix, int date) =>
        ix.Doc.Published?.Date is { Precision: DatePrecision.Day } report && MentionDates.ValueOf(ix.Doc.Dates[date]) is { } value
        && value.Start > report.End;

    /// <summary>The closing comma of ", Lessar," or ", Port Sava," opening at <paramref name="comma"/>: a name of one to three words; -1 otherwise.</summary>
    private static int NamedApposition(TokenIndex ix, int comma)
    {
        if (!CountFinder.IsComma(ix, comma))
        {
            return -1;
        }

        for (var t = comma + 1; t <= comma + 4 && t < ix.Count; t++)
        {
            if (CountFinder.IsComma(ix, t))
            {
                return t > comma + 1 ? t : -1;
            }

            if (!ix.IsWord(t) || !ix.IsCapitalised(t))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"sixteen dead ... and one more the following day": the day belongs to the later part told between.</summary>
    private static bool LaterPartBetween(List<TriggerHit> hits, int head, int date)
    {
        foreach (var hit in hits)
        {
            if (hit.First > head && hit.First < date && hit.Reading.LaterPart)
            {
                return true;
            }
        }

        return false;
    }
}
