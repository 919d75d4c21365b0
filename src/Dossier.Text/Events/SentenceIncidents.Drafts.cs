using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How <see cref="SentenceIncidents"/> builds each draft with its figures, place, perpetrators and victims.</summary>
internal sealed partial class SentenceIncidents
{
    private IncidentDraft Draft(TokenIndex ix, Sentence sentence, int sentenceIndex, List<TriggerHit> group, bool sentenceDates)
    {
        var draft = new IncidentDraft
        {
            Paragraph = sentence.Paragraph,
            Item = ListMarks.ItemOf(ix, sentenceIndex),
            LastSentence = sentenceIndex,
            FirstSentence = sentenceIndex,
            HeadingParagraph = IsItemHeading(ix, sentenceIndex) ? sentence.Paragraph : -1,
            OnlyInjuries = group.All(h => h.Entry.Role == TriggerRole.Injury),
        };
        foreach (var hit in InOrder(group, h => EventTypes.Rank(h.Entry.Type)))
        {
            if (hit.Entry.Role != TriggerRole.Injury)
            {
                draft.AddType(hit.Entry.Type);
            }
        }

        if (draft.Types.Count == 0)
        {
            draft.AddType(EventTypes.Attack); // "hundreds were injured": an attack, known by its figure
        }

        var dated = group.FirstOrDefault(h => h.Date >= 0)?.Date ?? -1;
        if (dated < 0 && !group.Any(h => h.Reading.Aggregate || h.Reading.Anaphoric) && !Documented(ix, Math.Max(sentence.FirstToken, group[0].First - 8), group[0].First)
            && !ToldHarm(ix, sentence, group[0]))
        {
            // "19 July – The bloodiest day. Dozens are killed in Dhaka.": a chronicle's item dates each of its sentences.
            var itemDate = ListMarks.ItemHeadDate(ix, sentenceIndex);
            dated = itemDate >= 0 && Usable(ix.Doc.Dates[itemDate]) ? itemDate : sentenceDates ? -1 : EarlierDate(ix, sentenceIndex);
            if (dated >= 0 && dated != itemDate && MentionDates.ValueOf(ix.Doc.Dates[dated]) is { Precision: DatePrecision.Day, IsInterval: false } && CountsOverPeriod(ix, sentence))
            {
                dated = -1; // "During the month, police arrested 41 activists": a count over a period, not the day told before
            }

            draft.DateInherited = dated >= 0 && dated != itemDate;
            if (dated < 0 && draft.IsViolent)
            {
                dated = HeadingDate(ix, sentenceIndex); // an item's heading dates it as firmly as its own words would
            }
        }

        if (dated >= 0)
        {
            var date = ix.Doc.Dates[dated];
            draft.Date = MentionDates.ValueOf(date);
            draft.DateSpan = date.Span;
            if (!draft.DateInherited && draft.Date is { } day && draft.Types.Any(t => t is EventTypes.Abduction or EventTypes.Siege))
            {
                draft.Date = ActDuration.Extend(ix, group[0].First, Math.Min(sentence.EndToken, ix.Count), day);
            }
        }

        draft.ArrestsSuspects = draft.Types.Contains(EventTypes.Arrest) && NamesSuspects(ix, sentence);
        draft.AtCrowd = (dated < 0 || draft.DateInherited) && AimedAtCrowd(ix, group);

        // A figure counts one thing: the verb's reading of it wins ("330 hostages died" is 330 killed), and the main verb's
        // over one in a clause describing the people ("eight dissidents who had fled abroad were abducted").
        var claimed = new HashSet<int>();
        foreach (var hit in group.Count == 1 ? group : ClaimOrder(ix, group))
        {
            if (hit.Quantity >= 0 && hit.Entry.CountKey is { } key && claimed.Add(hit.Quantity))
            {
                var q = ix.Doc.Quantities[hit.Quantity];
                var sentenceEnd = Math.Min(sentence.EndToken, ix.Count);
                if (hit.Entry.Role == TriggerRole.Verb
                    && (CountFinder.ListOpenedByFigure(ix, hit.Quantity, sentenceEnd, hit.First)
                        ?? CountFinder.ListClosedByFigure(ix, hit.Quantity, sentence.FirstToken, sentenceEnd, hit.First, hit.End)) is { } list)
                {
                    // "two journalists and a driver", "my wife and my three children"
                    draft.AddCount(key, new ExtractedCount(list.Count, list.Count, list.Span));
                    draft.Victims ??= list.Span.Of(ix.Text).ToString();
                    continue;
                }

                draft.AddCount(key, new ExtractedCount(q.Min, q.Max, q.Span) { Rounded = q.Approximate && q.IsExact });
                draft.Victims ??= VictimText(ix, q);
            }
        }

        AddTolls(ix, sentence, draft, claimed);
        // Those taken to hospital were hurt by the violence of the sentence, not by an arrest told with it.
        if (draft.Types.Any(t => t is EventTypes.Attack or EventTypes.Killing or EventTypes.Torture) && !draft.Counts.ContainsKey("injured") && _counts.Hospitalised(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count)) is var treated and >= 0
            && claimed.Add(treated))
        {
            var q = ix.Doc.Quantities[treated];
            draft.AddCount("injured", new ExtractedCount(q.Min, q.Max, q.Span));
        }

        // "A guard and a driver were shot dead": people listed one by one are counted.
        foreach (var hit in group)
        {
            var bodiesOf = hit.Entry.Role == TriggerRole.VictimNoun && ix.Is(hit.End - 1, "of"); // "the bodies of a man and two teenagers"
            if (hit.Quantity < 0 && (hit.Entry.Role is TriggerRole.Verb or TriggerRole.Injury or TriggerRole.NounOrVerb || bodiesOf) && hit.Entry.CountKey is not (null or "participants") && !hit.Reading.Aggregate
                && !ShotAndKilled(ix, sentence.FirstToken, hit, draft)
                && !draft.Counts.ContainsKey(hit.Entry.CountKey!)
                && (CountFinder.ListedVictims(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count), hit.First, hit.End, hit.Entry.GapTokens(ix, hit.First, hit.End))
                    ?? CountFinder.NamedList(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count), hit.First, hit.End)) is { } listed)
            {
                draft.AddCount(hit.Entry.CountKey!, new ExtractedCount(listed.Count, listed.Count, listed.Span));
                draft.Victims ??= listed.Span.Of(ix.Text).ToString();
            }
        }

        // A single person is a victim's count; those taking part in a protest are never counted as one ("a crowd of mourners gathered").
        // One shot who then died is counted among the dead.
        foreach (var hit in group)
        {
            var shotDead = ShotAndKilled(ix, sentence.FirstToken, hit, draft);
            var oneKey = !shotDead ? hit.Entry.CountKey : draft.Types.Contains(EventTypes.Killing) ? "killed" : null;
            if (hit.Quantity < 0 && hit.Entry.Role is TriggerRole.Verb or TriggerRole.Injury or TriggerRole.BaseVerb or TriggerRole.IncidentNoun or TriggerRole.NounOrVerb
                && oneKey is not (null or "participants") && !hit.Reading.Aggregate
                && !draft.Counts.ContainsKey(oneKey)
                && (hit.Entry.Role switch
                {
                    TriggerRole.BaseVerb => CountFinder.NamedObject(ix, hit.End, Math.Min(sentence.EndToken, ix.Count)) ?? CountFinder.OnePersonObject(ix, hit.First, hit.End, Math.Min(sentence.EndToken, ix.Count)),
                    // "the victim of a premeditated execution", "the beating of a teenager by soldiers"
                    TriggerRole.IncidentNoun or TriggerRole.NounOrVerb => CountFinder.VictimOf(ix, sentence.FirstToken, hit.First)
                        ?? (ix.Is(hit.End, "of") ? CountFinder.OnePersonObject(ix, hit.First, hit.End + 1, Math.Min(sentence.EndToken, ix.Count))
                            ?? CountFinder.NamedObject(ix, hit.End + 1, Math.Min(sentence.EndToken, ix.Count)) : null), // "the enforced disappearance of Sombath Somphone"
                    // "stabbed the anthropologist Ana Marsh to death": the person inside a split phrase
                    TriggerRole.Verb when hit.Entry.Gap >= 0 && hit.Entry.Type == EventTypes.Killing => CountFinder.NamedObject(ix, hit.First + hit.Entry.Gap, hit.End),
                    _ => CountFinder.SingleVictim(ix, sentence.FirstToken, hit.First, hit.End) ?? CountFinder.NamedVictim(ix, sentence.FirstToken, hit.First)
                        ?? CountFinder.NamedObject(ix, hit.End, Math.Min(sentence.EndToken, ix.Count)) ?? CountFinder.OnesBody(ix, sentence.FirstToken, hit.First)
                        ?? CountFinder.OnePersonObject(ix, hit.First, hit.End, Math.Min(sentence.EndToken, ix.Count))
                        ?? (ix.Is(hit.End, "of") ? CountFinder.NamedObject(ix, hit.End + 1, Math.Min(sentence.EndToken, ix.Count)) : null), // "the killing of the journalist Ana Marsh"
                }) is { } one)
            {
                // "vanished in Laos along with two companions": the one and those taken with them
                var with = CountFinder.AlongWith(ix, hit.End, Math.Min(sentence.EndToken, ix.Count));
                var total = with >= 0 ? 1 + ix.Doc.Quantities[with].Min : 1;
                var said = with >= 0 ? new TextSpan(Math.Min(one.Start, ix.Doc.Quantities[with].Span.Start), Math.Max(one.End, ix.Doc.Quantities[with].Span.End)) : one;
                draft.AddCount(oneKey, new ExtractedCount(total, total, said));
                draft.Victims ??= one.Of(ix.Text).ToString();
                if (with < 0 && PersonIn(ix, one) is var person and >= 0)
                {
                    draft.NamedVictim = (oneKey, person);
                }
            }
        }

        foreach (var hit in group)
        {
            draft.Triggers.Add(ix.SpanOf(hit.First, hit.End));
            draft.Anaphoric &= hit.Reading.Anaphoric;
            draft.Aggregate |= hit.Reading.Aggregate;
            draft.Distinct |= hit.Reading.Distinct;
            // "broke up a protest by 200 students and arrested 12": those who gather act in no harm; the force that broke
            // up the protest, where harm is told with it, does.
            var perpetrators = hit.Entry.Type is EventTypes.Protest or EventTypes.Meeting
                ? group.Count > 1 && BreakingVerb(ix, hit) is var breaking and >= 0
                    ? _perpetrators.Find(ix, sentence, breaking, ix.Is(breaking + 1, "up") ? breaking + 2 : breaking + 1, TriggerRole.Verb, EventTypes.Attack)
                    : []
                : _perpetrators.Find(ix, sentence, hit.First, hit.End, hit.Entry.Role, hit.Entry.Type);
            foreach (var (phraseFirst, end) in perpetrators)
            {
                var first = phraseFirst;
                while (first < end - 1 && ix.DateAt(first) >= 0)
                {
                    first++; // "on 17 August the same court gave ...": the date before the court is no part of it
                }

                foreach (var name in NameResolver.Names(ix, first, end))
                {
                    draft.AddPerpetrator(name);
                }
            }
        }

        if (draft.Perpetrators.Count > 0 && draft.Perpetrators.TrueForAll(p => ArmedGroupWords.Contains(LastWord(p.Name))))
        {
            draft.HeldByArmedGroup(); // "fighters rounded up 40 women": no state arrests anyone here
        }

        draft.Distinct |= !draft.Anaphoric && OnTheSameDay(ix, sentence); // "learned on the same day that the men had been killed" refers back

        // "Two students died in the shooting": a definite noun names the incident told before, figure or not.
        draft.Tally = draft.Counts.Count > 0 && TellsTally(ix, sentence);
        draft.Refers = draft.OwnDate is null && !draft.Aggregate && !draft.Distinct && draft.Counts.Count > 0
            && (AnyAnaphoricOrDefinite(ix, group) || NamesEventBefore(ix, sentence))
            && !draft.Tally && !HasWord(ix, sentence, OtherTimeWords);
        draft.Anaphoric &= draft.Date is null && draft.Counts.Count == 0;
        // "Local officials gave a higher toll of 50 dead": another source's figure for the incident just told.
        draft.Anaphoric |= draft.OwnDate is null && draft.IsViolent && CountFinder.OtherSourcesFigure(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count));
        draft.PlaceMention = _places.Find(ix, sentence, group[0].First);
        draft.Nationwide = draft.PlaceMention < 0 && Nationwide(ix, sentence);
        draft.Part = group.TrueForAll(h => PartOfWhole(ix, h.First));
        var inferred = false;
        if (draft.PlaceMention < 0 && !draft.Aggregate && !draft.Nationwide)
        {
            draft.PlaceMention = _places.FindEarlier(ix, sentenceIndex);
            inferred = true;
        }

        if (draft.PlaceMention >= 0)
        {
            var place = PlaceFinder.EntityOf(ix, ix.Doc.EntityMentions[draft.PlaceMention]);
            draft.PlaceEntity = place?.Id ?? -1;
            // A place borrowed from an earlier sentence neither keeps incidents apart nor beats a place named with the act.
            draft.PlaceRank = PlaceFinder.Rank(place) + (inferred ? PlaceFinder.InferredRank : 0);
        }

        // Who told the harm matters only for a figure of dead or hurt that could be another account of an incident.
        var harmCounted = draft.Counts.ContainsKey("killed") || draft.Counts.ContainsKey("injured");
        var telling = harmCounted && draft.OwnDate is null && draft.IsViolent && !draft.Aggregate && !draft.Distinct
            ? TellingOfHarm(ix, sentence, group[0])
            : -1;
        // A country ("across Kenya") is no place of its own, nor is where the teller spoke ("Speaking at a rally in
        // Kibera, he said that more than 100 had been killed").
        var ownPlace = draft.PlaceMention >= 0 && !inferred && draft.PlaceRank < 4
            && !(telling >= 0 && ix.Doc.EntityMentions[draft.PlaceMention].Span.End <= ix.Tokens[telling].Start);
        draft.OtherAccount = draft.OwnDate is null && !ownPlace && draft.IsViolent && !draft.Aggregate && !draft.Distinct
            && (telling >= 0
                || inferred && draft.Counts.Count > 0
                    && OnlyQuotedHarms(ix, sentence.FirstToken, draft));
        draft.SaidBySomeone = draft.OtherAccount && TriggerJudge.WordBefore(ix, sentence.FirstToken, group[0].First, group[0].First - sentence.FirstToken, SayingVerbs);
        draft.CountToDate = draft.Counts.Count > 0 && PresentPerfect(ix, group[0].First);
        (draft.CountryHint, draft.NamesCountry) = _places.CountryHints(ix, sentence);
        draft.Victims ??= ObjectText(ix, sentence, group[0]);
        draft.Evidence.Add(sentence.Span);
        return draft;
    }

    // The two tests below are loops, not lambdas: a lambda capturing the index and the sentence made every draft
    // allocate a closure on entry, whether or not the test was reached.

    private static bool AnyAnaphoricOrDefinite(TokenIndex ix, List<TriggerHit> group)
    {
        foreach (var hit in group)
        {
            if (hit.Reading.Anaphoric || DefiniteFigure(ix, hit.Quantity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every figure of the draft counts the killed or the injured, each quoted from someone.</summary>
    private static bool OnlyQuotedHarms(TokenIndex ix, int sentenceFirst, IncidentDraft draft)
    {
        foreach (var (key, count) in draft.Counts)
        {
            if (!(key is "killed" or "injured" && QuotedFigure(ix, sentenceFirst, ix.TokensIn(count.Span).First)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The hits ordered by <paramref name="key"/>, equal keys in sentence order (as OrderBy gives them); the group
    /// itself when it is in that order already, as a group of one or two hits nearly always is, so no sort is made.
    /// </summary>
    private static List<TriggerHit> InOrder(List<TriggerHit> group, Func<TriggerHit, int> key)
    {
        for (var i = 1; i < group.Count; i++)
        {
            if (key(group[i]) < key(group[i - 1]))
            {
                return [.. group.OrderBy(key)];
            }
        }

        return group;
    }

    /// <summary>A killing's figure given apart from its verb: "the death toll rose to 45", "left ten people dead", "the bodies of 29".</summary>
    private void AddTolls(TokenIndex ix, Sentence sentence, IncidentDraft draft, HashSet<int> claimed)
    {
        if (!draft.IsViolent || draft.Counts.ContainsKey("killed"))
        {
            return;
        }

        var end = Math.Min(sentence.EndToken, ix.Count);
        var dead = _counts.Dead(ix, sentence.FirstToken, end);
        var toll = draft.Types.Contains(EventTypes.Killing) ? _counts.Toll(ix, sentence.FirstToken, end) : _counts.DeathToll(ix, sentence.FirstToken, end);
        var figure = toll >= 0 ? toll : dead >= 0 ? dead : _counts.Bodies(ix, sentence.FirstToken, end);
        if (figure >= 0 && claimed.Add(figure))
        {
            var q = ix.Doc.Quantities[figure];
            draft.AddCount("killed", new ExtractedCount(q.Min, q.Max, q.Span) { Rounded = q.Approximate && q.IsExact });
            draft.AddType(EventTypes.Killing); // "the attack left ten dead" is a killing
        }
    }
}
