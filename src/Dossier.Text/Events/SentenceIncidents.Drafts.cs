using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How <see cref="SentenceIncidents"/> dates triggers, keeps incidents in sequence apart and builds each draft with its arguments.</summary>
internal sealed partial class SentenceIncidents
{
    private static readonly WordSet SequenceWords = new("after before following until");
    private static readonly WordSet RelativePronouns = new("who whom whose which");

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
        var clause = new int[end - sentence.FirstToken];
        var relative = new bool[end - sentence.FirstToken];
        var id = 0;
        var inRelative = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (TriggerJudge.IsClauseBreak(ix, t) || ix.Is(t, "to"))
            {
                id++;
                inRelative = ix.IsAny(t, RelativePronouns) || (inRelative && ix.Is(t, "to"));
            }

            clause[t - sentence.FirstToken] = id;
            relative[t - sentence.FirstToken] = inRelative;
        }

        var previous = -1;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var d = ix.DateAt(t);
            if (d < 0 || d == previous || !Usable(ix.Doc.Dates[d]) || InDateline(ix, ix.Doc.Dates[d].Span))
            {
                continue;
            }

            previous = d;

            TriggerHit? best = null;
            var bestScore = int.MaxValue;
            var telling = TellingDate(ix, sentence.FirstToken, t, hits);
            foreach (var hit in hits)
            {
                var sameClause = clause[hit.First - sentence.FirstToken] == clause[t - sentence.FirstToken];
                if (AnniversaryBetween(ix, t, hit.First) || QuoteBetween(ix, t, hit.First) || DatesTheTelling(ix, sentence.FirstToken, t, hit) || Commemorated(ix, hit)
                    || (telling && !sameClause))
                {
                    continue;
                }

                var distance = Math.Abs(hit.First - t);
                if (!sameClause && (relative[hit.First - sentence.FirstToken] || relative[t - sentence.FirstToken]))
                {
                    continue; // "X, who led the junta in 2009, was sentenced": a relative clause keeps its date
                }

                if (!sameClause && InfinitiveBetween(ix, t, hit.First))
                {
                    continue; // "groups on Saturday called on X to allow an inquiry into the killings"
                }

                if (hit.Reading.Anaphoric && !(sameClause && (hit.First - t <= 3 && hit.First > t || t - hit.First <= 6 && t > hit.First)))
                {
                    continue; // "the raid" takes only a date attached to it ("the raid on 3 May")
                }

                var score = distance + (sameClause ? 0 : 1000);
                if (score < bestScore)
                {
                    (best, bestScore) = (hit, score);
                }
            }

            if (best is not null && best.Date < 0)
            {
                best.Date = d;
            }
        }
    }

    private static bool Usable(DateMention date) =>
        MentionDates.ValueOf(date) is not null && date.Kind is not (DateKind.Duration or DateKind.Anniversary);

    /// <summary>"TASHKENT, 14 May 2005 -": the report's date and place, not the incident's.</summary>
    public static bool InDateline(TokenIndex ix, TextSpan span) => ix.Doc.Dateline is { } line && line.Overlaps(span);

    private static bool InfinitiveBetween(TokenIndex ix, int a, int b)
    {
        for (var t = Math.Min(a, b); t < Math.Max(a, b); t++)
        {
            if (ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && ix.DateAt(t + 1) < 0 && !ix.Is(t + 1, "the"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QuoteBetween(TokenIndex ix, int a, int b)
    {
        // "He told the channel on Wednesday: "... the massacre ..."": the date is the telling's, not the act's.
        for (var t = Math.Min(a, b); t < Math.Max(a, b); t++)
        {
            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is '"' or ':')
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

    private IncidentDraft Draft(TokenIndex ix, Sentence sentence, int sentenceIndex, List<TriggerHit> group)
    {
        var draft = new IncidentDraft
        {
            Paragraph = sentence.Paragraph,
            LastSentence = sentenceIndex,
            FirstSentence = sentenceIndex,
            OnlyInjuries = group.All(h => h.Entry.Role == TriggerRole.Injury),
        };
        foreach (var hit in group.Where(h => h.Entry.Role != TriggerRole.Injury).OrderBy(h => EventTypes.Rank(h.Entry.Type)))
        {
            draft.AddType(hit.Entry.Type);
        }

        if (draft.Types.Count == 0)
        {
            draft.AddType(EventTypes.Attack); // "hundreds were injured": an attack, known by its figure
        }

        var dated = group.FirstOrDefault(h => h.Date >= 0);
        if (dated is not null)
        {
            var date = ix.Doc.Dates[dated.Date];
            draft.Date = MentionDates.ValueOf(date);
            draft.DateSpan = date.Span;
        }

        // A figure counts one thing: the verb's reading of it wins ("330 hostages died" is 330 killed).
        var claimed = new HashSet<int>();
        foreach (var hit in group.OrderBy(h => h.Entry.Role == TriggerRole.Verb ? 0 : 1))
        {
            if (hit.Quantity >= 0 && hit.Entry.CountKey is { } key && claimed.Add(hit.Quantity))
            {
                var q = ix.Doc.Quantities[hit.Quantity];
                draft.AddCount(key, new ExtractedCount(q.Min, q.Max, q.Span));
                draft.Victims ??= VictimText(ix, q);
            }
        }

        if (draft.Types.Contains(EventTypes.Killing) && !draft.Counts.ContainsKey("killed")
            && _counts.Toll(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count)) is var toll and >= 0 && claimed.Add(toll))
        {
            var q = ix.Doc.Quantities[toll];
            draft.AddCount("killed", new ExtractedCount(q.Min, q.Max, q.Span));
        }

        foreach (var hit in group)
        {
            draft.Triggers.Add(ix.SpanOf(hit.First, hit.End));
            draft.Anaphoric &= hit.Reading.Anaphoric;
            draft.Aggregate |= hit.Reading.Aggregate;
            draft.Distinct |= hit.Reading.Distinct;

            foreach (var (first, end) in _perpetrators.Find(ix, sentence, hit.First, hit.End, hit.Entry.Role))
            {
                foreach (var name in NameResolver.Names(ix, first, end))
                {
                    draft.AddPerpetrator(name);
                }
            }
        }

        draft.Anaphoric &= draft.Date is null && draft.Counts.Count == 0;
        draft.PlaceMention = _places.Find(ix, sentence, group[0].First);
        if (draft.PlaceMention >= 0)
        {
            var place = PlaceFinder.EntityOf(ix, ix.Doc.EntityMentions[draft.PlaceMention]);
            draft.PlaceEntity = place?.Id ?? -1;
            draft.PlaceRank = PlaceFinder.Rank(place);
        }

        draft.CountryHint = _places.CountryHint(ix, sentence);
        draft.Victims ??= ObjectText(ix, sentence, group[0]);
        draft.Evidence.Add(sentence.Span);
        return draft;
    }

    private static string VictimText(TokenIndex ix, QuantityMention q)
    {
        var (first, end) = ix.TokensIn(q.Span);
        var stop = q.Noun is { } noun ? ix.TokensIn(noun).End : end;
        stop = Math.Max(stop, end);
        if (ix.Is(stop, "of"))
        {
            stop = PhraseEnd(ix, stop + 1, stop + 8);
        }

        return ix.TextOf(first, Math.Min(stop, ix.Count));
    }

    private static string? ObjectText(TokenIndex ix, Sentence sentence, TriggerHit hit)
    {
        var start = hit.End;
        if (ix.Is(start, "of") || ix.Is(start, "against") || ix.Is(start, "on"))
        {
            start++;
        }
        else if (hit.Entry.Role != TriggerRole.Verb)
        {
            return null;
        }

        var stop = PhraseEnd(ix, start, Math.Min(sentence.EndToken, start + 8));
        return stop > start ? ix.TextOf(start, stop) : null;
    }

    private static int PhraseEnd(TokenIndex ix, int start, int limit)
    {
        var t = start;
        while (t < limit && t < ix.Count && !TriggerJudge.IsClauseBreak(ix, t) && !ix.Is(t, "by") && !ix.Is(t, "during") && !ix.Is(t, "on"))
        {
            t++;
        }

        return t;
    }
}
