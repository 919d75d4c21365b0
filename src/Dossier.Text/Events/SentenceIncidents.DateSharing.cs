using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How <see cref="SentenceIncidents"/> dates incidents from elsewhere: an anniversary, the sentence's one date, the sentence before.</summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>
    /// "Saturday marks two years since police shot dead 34 miners", "four days after the strike": the act
    /// named after the anniversary took place on the report's date less the amount (the resolver's value).
    /// Not when the anniversary is of another date printed just before it ("on 3 May 2020, the tenth anniversary").
    /// </summary>
    private static void DateCountedBack(TokenIndex ix, Sentence sentence, List<TriggerHit> hits)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        for (var t = ix.NextDateToken(sentence.FirstToken, end); t < end; t = ix.NextDateToken(t + 1, end))
        {
            var d = ix.DateAt(t);
            if (ix.Doc.Dates[d] is not { Kind: DateKind.Anniversary, Value: not null } mention)
            {
                continue;
            }

            var (first, last) = ix.TokensIn(mention.Span);
            t = last - 1;
            var before = first - 1;
            while (before >= sentence.FirstToken && (ix.IsPunctuation(before) || ix.Is(before, "the")))
            {
                before--;
            }

            if (before >= sentence.FirstToken && ix.DateAt(before) >= 0)
            {
                continue;
            }

            var hit = FirstHitWithin(hits, last, 12);
            if (hit is not null && hit.Date < 0 && !QuoteBetween(ix, last, hit.First))
            {
                hit.Date = d;
            }
        }
    }

    /// <summary>The first hit that starts at <paramref name="from"/> or at most <paramref name="reach"/> tokens after it, or null.</summary>
    /// <remarks>A loop, not a lambda: a lambda over the loop's local made the caller allocate a closure for every token it read.</remarks>
    private static TriggerHit? FirstHitWithin(List<TriggerHit> hits, int from, int reach)
    {
        foreach (var hit in hits)
        {
            if (hit.First >= from && hit.First - from <= reach)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>
    /// "Troops opened fire on thousands of people gathered in the square on Friday": a sentence with one
    /// date dates each of its incidents, unless an anniversary, a quotation or a sequence word ("after")
    /// stands between, or the incident is only referred back to ("the massacre").
    /// </summary>
    private static void ShareSentenceDate(TokenIndex ix, Sentence sentence, List<List<TriggerHit>> groups)
    {
        if (groups.Count < 2 || groups.All(g => g.Any(h => h.Date >= 0)))
        {
            return;
        }

        var end = Math.Min(sentence.EndToken, ix.Count);
        int date = -1, at = -1;
        for (var t = ix.NextDateToken(sentence.FirstToken, end); t < end; t = ix.NextDateToken(t + 1, end))
        {
            var d = ix.DateAt(t);
            if (d == date || !Usable(ix.Doc.Dates[d]) || InDateline(ix, ix.Doc.Dates[d].Span) || Deadline(ix, d) || BeforeReference(ix, t))
            {
                continue;
            }

            if (date >= 0 && !Equals(MentionDates.ValueOf(ix.Doc.Dates[d]), MentionDates.ValueOf(ix.Doc.Dates[date])))
            {
                return; // two dates: each stays with its own trigger
            }

            (date, at) = (d, t);
        }

        if (date < 0)
        {
            return;
        }

        var hits = groups.SelectMany(g => g).ToList();
        (int[] Clause, bool[] Relative)? clauses = null;
        foreach (var group in groups.Where(g => g.All(h => h.Date < 0)))
        {
            var head = group[0];
            // "Mothers of people who disappeared in the war marked the day on Thursday": a relative clause keeps its own time.
            var (_, relative) = clauses ??= Clauses(ix, sentence, hits, end);
            if (head.Reading.Anaphoric || head.Reading.Aggregate || LaterPartBetween(hits, head.First, at) || AnniversaryBetween(ix, at, head.First) || QuoteBetween(ix, at, head.First) || ToldBefore(ix, at, head)
                || (!Opening(ix, sentence, date) && SequenceBetween(ix, Math.Min(at, head.First), Math.Max(at, head.First))) || InfinitiveBetween(ix, at, head.First) || (head.First > at && CountedGapBetween(ix, at, head.First))
                || (head.First > at && head.Entry.Type != EventTypes.LegalAction && ChargedOver(ix, hits, at, head.First))
                || !(Opening(ix, sentence, date) || !BreakBetween(ix, at, head.First)) || (at > head.First && relative[head.First - sentence.FirstToken] && !relative[at - sentence.FirstToken]))
            {
                continue;
            }

            head.Date = date;
        }
    }

    /// <summary>
    /// "On 3 May police dispersed the sit-in. Dozens were killed.": an undated incident told right after a
    /// sentence with one date took place then. The date of the nearest earlier sentence of the paragraph
    /// (at most two back) when it has exactly one, or -1.
    /// </summary>
    private static int EarlierDate(TokenIndex ix, int sentenceIndex)
    {
        if (SameDayAnaphor(ix, ix.Doc.Sentences[sentenceIndex]))
        {
            return LatestDay(ix, sentenceIndex);
        }

        var sentences = ix.Doc.Sentences;
        var paragraph = sentences[sentenceIndex].Paragraph;
        var item = ListMarks.ItemOf(ix, sentenceIndex);
        for (var s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - 2 && sentences[s].Paragraph == paragraph; s--)
        {
            if (item >= 0 && ListMarks.ItemOf(ix, s) != item)
            {
                return -1; // "• 1,245 killed since 23 September • 400,000 displaced": each bullet keeps its own time
            }

            var sentence = sentences[s];
            var (found, several) = OnlyDate(ix, sentence);
            if (several)
            {
                return -1;
            }

            if (found >= 0 && ix.Doc.Dates[found].DayFromText && Demands.QuoteTracker.InQuotes(ix, sentence.FirstToken, ix.DateTokens(found).First))
            {
                continue; // ""We buried 27 people the next day," she said": a day in a witness's words moves her story, not the report's
            }

            if (found >= 0 && AfterReport(ix, found))
            {
                return -1; // "Tomorrow the families march again. They have marched every month since.": what was done has no day to come
            }

            if (found >= 0)
            {
                return found;
            }

            if (Documented(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count)))
            {
                return -1; // "visited on 9 April. They documented killings. Victims were taken...": acts found, not done, then
            }
        }

        return -1;
    }

    /// <summary>
    /// The one day or period a sentence names (mentions of the same value count once; a dateline's date and a bound
    /// such as "until 3 May" do not count), or -1; <c>Several</c> when it names two different ones.
    /// </summary>
    private static (int Date, bool Several) OnlyDate(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        var found = -1;
        for (var t = ix.NextDateToken(sentence.FirstToken, end); t < end; t = ix.NextDateToken(t + 1, end))
        {
            var d = ix.DateAt(t);
            if (d == found || !Usable(ix.Doc.Dates[d]) || InDateline(ix, ix.Doc.Dates[d].Span) || Deadline(ix, d) || BeforeReference(ix, t) || SinceStart(ix, d))
            {
                continue;
            }

            if (found >= 0 && !Equals(MentionDates.ValueOf(ix.Doc.Dates[d]), MentionDates.ValueOf(ix.Doc.Dates[found])))
            {
                return (-1, true);
            }

            found = d;
        }

        return (found, false);
    }

    /// <summary>
    /// "the camps that supporters had held in Cairo since early July": a relative clause's "since", the start of a state
    /// the clause describes, not the day of an act told next.
    /// </summary>
    private static bool SinceStart(TokenIndex ix, int date)
    {
        var (first, _) = ix.DateTokens(date);
        var since = ix.Is(first - 1, "since") ? first - 1 : ix.IsAny(first - 1, DayPartsAndEdges) && ix.Is(first - 2, "since") ? first - 2 : -1;
        if (since < 0)
        {
            return false;
        }

        for (var t = since - 1; t >= 0 && t >= since - 14 && !ix.IsPunctuation(t); t--)
        {
            if (ix.IsAny(t, RelativePronouns) || ix.Is(t, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet DayPartsAndEdges = new("early late mid the");

    private const int SameDayReach = 8;

    /// <summary>"that morning", "that night", "the same day": the sentence is dated by the last day the report named.</summary>
    private static bool SameDayAnaphor(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, DayParts))
        {
            return false; // most sentences name no part of a day
        }

        for (var t = sentence.FirstToken; t + 1 < end; t++)
        {
            if ((ix.Is(t, "that") || ix.Is(t, "same")) && ix.IsAny(t + 1, DayParts))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet DayParts = new("morning afternoon evening night day");

    /// <summary>The latest date of day precision in the few sentences before, or -1.</summary>
    private static int LatestDay(TokenIndex ix, int sentenceIndex)
    {
        var sentences = ix.Doc.Sentences;
        for (var s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - SameDayReach; s--)
        {
            var sentence = sentences[s];
            if (!ix.AnyDateIn(sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count)))
            {
                continue;
            }

            for (var t = Math.Min(sentence.EndToken, ix.Count) - 1; t >= sentence.FirstToken; t--)
            {
                var d = ix.DateAt(t);
                // "two days later" tells an aftermath; "the same morning" goes back to the day the narrative named.
                if (d >= 0 && Usable(ix.Doc.Dates[d]) && !InDateline(ix, ix.Doc.Dates[d].Span) && !ix.Doc.Dates[d].DayFromText
                    && MentionDates.ValueOf(ix.Doc.Dates[d]) is { Precision: DatePrecision.Day, IsInterval: false })
                {
                    return d;
                }
            }
        }

        return -1;
    }

    /// <summary>"On 3 May, ...": a date that opens the sentence sets the time of all of it.</summary>
    private static bool Opening(TokenIndex ix, Sentence sentence, int date)
    {
        var (first, _) = ix.DateTokens(date);
        var start = sentence.FirstToken;
        if (ListMarks.IsBullet(ix, start))
        {
            start += ListMarks.MarkerLength(ix, start); // "- 3 April: 12 men detained": a bulleted item opens with its date
        }

        return first >= start && first - start <= 4 && !Enumerable.Range(start, first - start).Any(t => TriggerJudge.IsClauseBreak(ix, t));
    }

    private static bool BreakBetween(TokenIndex ix, int a, int b)
    {
        for (var t = Math.Min(a, b) + 1; t < Math.Max(a, b); t++)
        {
            if (NamedApposition(ix, t) is var closing and > 0)
            {
                t = closing; // "in the capital, Lessar, between 8 and 10 June": a name set off by commas breaks no clause
                continue;
            }

            if (TriggerJudge.IsClauseBreak(ix, t))
            {
                return true;
            }
        }

        return false;
    }
}
