using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How <see cref="SentenceIncidents"/> dates triggers and keeps incidents in sequence apart.</summary>
internal sealed partial class SentenceIncidents
{
    private static readonly WordSet SequenceWords = new("after before following until");
    private static readonly WordSet RelativePronouns = new("who whom whose which");
    private static readonly WordSet Articles = new("a an the");

    private const int CrossClause = 1000;

    private static readonly WordSet SayingVerbs = new(
        "said says told announced acknowledged confirmed reported stated admitted insisted added claimed disclosed revealed");

    private static bool SequenceBetween(TokenIndex ix, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (ix.IsAny(t, SequenceWords))
            {
                return true;
            }
        }

        return false;
    }

    private static void AssignDates(TokenIndex ix, Sentence sentence, List<TriggerHit> hits)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.AnyDateIn(sentence.FirstToken, end))
        {
            return; // every rule below gives a date of the sentence's own, and most sentences with acts have none
        }

        DateCountedBack(ix, sentence, hits);
        var choices = new List<(int Score, int Date, TriggerHit Hit)>();
        var previous = -1;
        (int[] Clause, bool[] Relative)? clauses = null;
        for (var t = ix.NextDateToken(sentence.FirstToken, end); t < end; t = ix.NextDateToken(t + 1, end))
        {
            var d = ix.DateAt(t);
            if (d == previous || !Usable(ix.Doc.Dates[d]) || InDateline(ix, ix.Doc.Dates[d].Span) || BeforeReference(ix, t) || AfterReport(ix, d) || Deadline(ix, d) || TollsDay(ix, d))
            {
                continue;
            }

            previous = d;
            var (clause, relative) = clauses ??= Clauses(ix, sentence, hits, end); // made only now: most sentences with acts have no date

            TriggerHit? best = null;
            var bestScore = int.MaxValue;
            var telling = TellingDate(ix, sentence.FirstToken, t, hits);
            var opening = Opening(ix, sentence, d);
            var dateLast = ix.DateTokens(d).End - 1; // "The next day he was tortured": counted from the date's end
            foreach (var hit in hits)
            {
                var sameClause = clause[hit.First - sentence.FirstToken] == clause[t - sentence.FirstToken]
                    || opening && clause[hit.First - sentence.FirstToken] == clause[t - sentence.FirstToken] + 1 && !relative[hit.First - sentence.FirstToken] // "On 3 May, troops fired", not "who had been held"
                    || opening && hit.First > t && ParticiplesBetween(ix, t, hit.First) // "On 28 April soldiers went ..., dragging men out and beating them"
                    || opening && SecondVerbOfOpenedClause(ix, sentence.FirstToken, clause, t, hit) // "On 3 November, gunmen went from house to house and took away nine men"
                    || hit.First == dateLast + 2 && CountFinder.IsComma(ix, dateLast + 1) && ix.IsIngForm(hit.First); // "... on Thursday, detaining 27"
                if (AnniversaryBetween(ix, t, hit.First) || QuoteBetween(ix, t, hit.First) || ToldBefore(ix, t, hit)
                    || DatesTheTelling(ix, sentence.FirstToken, t, hit) || Commemorated(ix, hit) || (telling && !sameClause))
                {
                    continue;
                }

                if (hit.Reading.Anaphoric && ix.IsWord(hit.First - 1) && !ix.IsAny(hit.First - 1, Articles) && TriggerJudge.IsChargeContent(ix, sentence.FirstToken, hit.First)
                    && !(hit.End <= t && GerundObjectBetween(ix, hit, t)))
                {
                    // "charged with murder in September": a bare offence takes no date, the charging does; "tried over
                    // a raid on dormitories in December 2000" and "for stabbing Ana Vell on 11 September 1990" name the
                    // act with its own date.
                    continue;
                }

                if (ix.Doc.Dates[d].DayFromText && hit.End <= t && JoinBetween(ix, hit.End, t))
                {
                    continue; // "sixteen dead in Zhanaozen and one more the following day": the day after is the later part's
                }

                var distance = Math.Abs(hit.First - t);
                if (!sameClause && (relative[hit.First - sentence.FirstToken] || relative[t - sentence.FirstToken]) && !DuringWhich(ix, dateLast, hit.First))
                {
                    continue; // "X, who led the junta in 2009, was sentenced": a relative clause keeps its date
                }

                if (hit.End <= t && BeginningSince(ix, hit.End, t) is var since and >= 0 && hit.End <= since)
                {
                    continue; // "the deadliest attack since the war began in 2011": the date is the war's beginning
                }

                if (t < hit.First && hit.Reading.LaterPart)
                {
                    continue; // "four on 3 May and two more on 5 May": the later part's day follows it
                }

                if (FigurePutAt(ix, sentence.FirstToken, hit) && !(t > hit.First && t - hit.End <= 2))
                {
                    continue; // "In April a rights group put the number of civilians killed at 300": the date is the estimate's
                }

                if (t < hit.First && ReducedRelative(ix, hit))
                {
                    continue; // "retracted on Thursday its claim that the pupils seized from a school had been freed": the seizing is older
                }

                if (!sameClause && InParticipleAside(ix, sentence.FirstToken, t))
                {
                    continue; // "a cable, declassified in 2017, gave an estimate of 10,000 dead": the date is the aside's
                }

                if (hit.First > t && hit.Entry.Type != EventTypes.LegalAction && ChargedOver(ix, hits, t, hit.First))
                {
                    continue; // "sentenced in February 2015 over a bomb attack on 3 March 2014": the date is the sentence's
                }

                if (JudgedActBefore(ix, hits, hit, t))
                {
                    continue; // "sentenced in 1993 for stabbing her to death on 11 September 1990": the date is the stabbing's
                }

                if (hit.First > t && CountedGapBetween(ix, t, hit.First))
                {
                    continue; // "curfew on Thursday, a day after a clash that left 27 dead": the clash is a day earlier
                }

                if (!sameClause && InfinitiveBetween(ix, t, hit.First < t ? hit.End - 1 : hit.First))
                {
                    continue; // "groups on Saturday called on X to allow an inquiry into the killings"
                }

                // "On 3 September, the prison was attacked": an opening date is the day of the clause it opens.
                var opened = opening && hit.Entry.Role == TriggerRole.Verb && hit.First > t && clause[hit.First - sentence.FirstToken] == clause[t - sentence.FirstToken] + 1 && !relative[hit.First - sentence.FirstToken];
                if (hit.Reading.Anaphoric && !opened && !(sameClause && (hit.First - dateLast <= 3 && hit.First > t
                    || t > hit.First && (t - hit.End <= 5 || PlacePhraseBetween(ix, hit.End, t) || GerundObjectBetween(ix, hit, t)))))
                {
                    continue; // "the raid" takes only a date attached to it ("the raid on 3 May")
                }

                if (!sameClause && hit.First < t && AnaphoricBetween(hits, hit.First, t))
                {
                    continue; // "sentenced him for the massacre at the stadium fifteen years ago": the date is the massacre's
                }

                var score = DuringWhich(ix, dateLast, hit.First) ? 0 : distance + (sameClause ? 0 : CrossClause); // the clause on the dated noun is its own
                if (score < bestScore)
                {
                    (best, bestScore) = (hit, score);
                }
            }

            if (best is not null)
            {
                choices.Add((bestScore, d, best));
            }
        }

        // Two dates wanting one act: one in the act's own clause wins over one from another clause,
        // else the first ("announced on Monday that X, arrested in March 2016, ..." — the arrest keeps March 2016).
        GiveDates(choices, crossClause: false);
        GiveDates(choices, crossClause: true);

        foreach (var hit in hits)
        {
            if (hit.Date < 0 && !SuperlativeBefore(ix, hit.First) && SinceClauseDate(ix, hit.End, end) is var since and >= 0)
            {
                hit.Date = since; // "have been arrested since the protests began on 3 May": counted from that day
            }
        }
    }

    /// <summary>
    /// The chosen dates from the act's own clause (or, with <paramref name="crossClause"/>, from another), in text
    /// order, to acts still without one: called for each in turn, as a stable sort of the choices would give them.
    /// </summary>
    private static void GiveDates(List<(int Score, int Date, TriggerHit Hit)> choices, bool crossClause)
    {
        foreach (var (score, d, hit) in choices)
        {
            if (score >= CrossClause == crossClause && hit.Date < 0)
            {
                hit.Date = d;
            }
        }
    }

    private static bool Usable(DateMention date) =>
        MentionDates.ValueOf(date) is not null && date.Kind is not (DateKind.Duration or DateKind.Anniversary);

    /// <summary>"TASHKENT, 14 May 2005 -": the report's date and place, not the incident's.</summary>
    public static bool InDateline(TokenIndex ix, TextSpan span) => ix.Doc.Dateline is { } line && line.Overlaps(span);

    /// <summary>The date token stands in an aside opened by a comma and a past participle (", declassified in 2017,").</summary>
    private static bool InParticipleAside(TokenIndex ix, int sentenceFirst, int dateToken)
    {
        for (var t = dateToken - 1; t >= sentenceFirst && t >= dateToken - 6; t--)
        {
            if (TriggerJudge.IsClauseBreak(ix, t))
            {
                return ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',' && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1)
                    && (ix.Word(t + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || ix.IsAny(t + 1, IrregularParticiples));
            }
        }

        return false;
    }

    // ", made public on Wednesday,", ", written in 2019,": participles that do not end in "-ed".
    private static readonly WordSet IrregularParticiples = new("made written shown given seen sent heard told done brought");

    /// <summary>
    /// "The minister said on 17 May that 169 people had been killed", "said on Friday that the number killed
    /// could be higher": a date on a verb of saying dates the saying, not the harm it reports.
    /// </summary>
    private static bool ToldBefore(TokenIndex ix, int date, TriggerHit hit)
    {
        // Only harm done to people: a sentence or an arrest is announced the day it happens.
        var trigger = hit.First;
        if (hit.Entry.Type is not (EventTypes.Killing or EventTypes.Abduction or EventTypes.Attack or EventTypes.Torture or EventTypes.SexualViolence)
            || trigger < date)
        {
            return false;
        }

        var (first, end) = ix.DateTokens(ix.DateAt(date));
        var opener = ix.Is(first - 1, "on") || ix.Is(first - 1, "in") ? first - 2 : first - 1;
        var saidBefore = ix.IsAny(opener, SayingVerbs);
        // "said on Sunday", "on Sunday said", "On Sunday the ministry said": the saying follows its subject.
        var said = -1;
        for (var t = end; t < trigger && t < end + 6 && said < 0; t++)
        {
            said = ix.IsAny(t, SayingVerbs) ? t : ix.IsPunctuation(t) && !CountFinder.IsComma(ix, t) ? trigger : -1;
        }

        var saidAfter = said >= 0 && said < trigger;
        var pluperfect = ix.Is(trigger - 1, "had") || ix.Is(trigger - 2, "had") && ix.Is(trigger - 1, "been");
        var reported = saidBefore && ix.Is(end, "that") || saidAfter && ix.Is(said + 1, "that");
        return (saidBefore || saidAfter) && (pluperfect || reported);
    }

    private static bool AnaphoricBetween(List<TriggerHit> hits, int from, int to) =>
        hits.Any(h => h.Reading.Anaphoric && h.First > from && h.First < to);

    private static bool QuoteBetween(TokenIndex ix, int a, int b)
    {
        // "He told the channel on Wednesday: "... the massacre ..."": the date is the telling's, not the act's.
        for (var t = Math.Min(a, b); t < Math.Max(a, b); t++)
        {
            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is '"' or ':' && !HeadsItem(ix, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnniversaryBetween(TokenIndex ix, int a, int b)
    {
        for (var t = Math.Min(a, b); t < Math.Max(a, b); t++)
        {
            if (ix.Is(t, "anniversary"))
            {
                return true;
            }
        }

        return false;
    }
}
