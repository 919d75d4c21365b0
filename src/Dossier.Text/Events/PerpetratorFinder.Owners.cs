using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Actors named away from the act's own verb: the authority that announces its own arrests, a body owning a
/// legal step ("the army's inquiry"), the subject of the first of two coordinated verbs, a state named as subject.
/// </summary>
internal sealed partial class PerpetratorFinder
{
    private static readonly WordSet Announcing = new(
        "said says announced confirmed reported stated acknowledged admitted added told");

    private static readonly WordSet ListEnds = new("and or");

    // "members of the Revolutionary Guards", "units of the army": words that open a phrase naming part of a force.
    private static readonly WordSet MemberWords = new("members member units elements some of");

    /// <summary>
    /// "Police said on Friday that eight suspects had been arrested": an authority telling of arrests or
    /// executions it does not attribute to anyone else tells of its own. Only those two acts: the police who
    /// report a killing are not the killers.
    /// </summary>
    private static (int First, int End)? Announcer(TokenIndex ix, int sentenceFirst, int first, string type)
    {
        if (type is not (EventTypes.Arrest or EventTypes.Execution) || !ix.IsAny(first - 1, Passives))
        {
            return null;
        }

        for (var t = first - 2; t >= sentenceFirst && t >= first - 16; t--)
        {
            if (ix.Is(t, "according") && ix.Is(t + 1, "to"))
            {
                var stop = t + 2;
                while (stop < first && stop - t < 8 && !ix.IsPunctuation(stop) && !ix.IsAny(stop, PhraseEnd))
                {
                    stop++;
                }

                return stop > t + 2 && HasAgent(ix, t + 2, stop) ? (SkipDeterminer(ix, t + 2, stop), stop) : null;
            }

            if (!ix.IsAny(t, Announcing))
            {
                continue;
            }

            var start = t - 1;
            while (start >= sentenceFirst && t - start < 10 && !TriggerJudge.IsClauseBreak(ix, start) && !ix.IsAny(start, SubjectStops))
            {
                start--;
            }

            // "police said eight suspects had been arrested": a force announces its own arrests; "rights groups said
            // others had been placed under house arrest" names no one who held them.
            return Subject(ix, start + 1, t) is { } announcer && TriggerJudge.WordBefore(ix, announcer.First, announcer.End, announcer.End - announcer.First, Holders) ? announcer : null;
        }

        return null;
    }

    // Who holds people and says so: the state's forces, offices and courts, not "rights groups".
    private static readonly WordSet Holders = new(
        "police army military authorities government ministry officials forces troops soldiers prosecutor prosecutors court " +
        "judge judiciary gendarmerie gendarmes administration agency agencies service services regime junta militia rebels");

    /// <summary>
    /// "the army's internal inquiry", "the regime's attacks": a force or body owning an act did it. Never a person
    /// ("Navalny's trial", "the reporter's murder" name the accused and the victim); a named organisation only for a
    /// legal step ("the commission's inquiry"), since "the charity's hospital was bombed" names whom it hit.
    /// </summary>
    private static (int First, int End)? Owner(TokenIndex ix, int sentenceFirst, int first, string type)
    {
        var mark = first - 1;
        while (mark > sentenceFirst && first - mark <= 2 && ix.IsWord(mark) && !ix.IsCapitalised(mark) && !ix.Is(mark, "'s"))
        {
            mark--; // adjectives between the owner and the noun
        }

        if (!ix.Is(mark, "'s"))
        {
            return null;
        }

        var end = mark;
        if (ix.EntityAt(end - 1) is var m and >= 0)
        {
            var mention = ix.Doc.EntityMentions[m];
            var (mFirst, mEnd) = ix.TokensIn(mention.Span);
            var force = ix.IsAny(mEnd - 1, Agents); // "the Iraqi Government's attacks"
            return mention.Type == EntityType.Organization && (type == EventTypes.LegalAction || force) ? (mFirst, mEnd) : null;
        }

        if (!ix.IsAny(end - 1, Agents))
        {
            return null;
        }

        var start = end - 1;
        while (start > sentenceFirst && end - start < 4 && ix.IsWord(start - 1) && !ix.IsAny(start - 1, PhraseEnd) && !IsLikelyVerb(ix, start - 1))
        {
            start--;
        }

        return (SkipDeterminer(ix, start, end), end);
    }

    /// <summary>
    /// "officers broke down doors during the night and beat whoever they found": the second of two coordinated
    /// verbs shares the subject standing before the first.
    /// </summary>
    private static (int First, int End)? CoordinatedSubject(TokenIndex ix, int sentenceFirst, int verb)
    {
        var start = verb - 2;
        while (start >= sentenceFirst && verb - start < 24 && !(TriggerJudge.IsClauseBreak(ix, start) && !CountFinder.IsComma(ix, start)))
        {
            start--;
        }

        if (verb - start >= 24 || ix.Is(start, "who") || ix.Is(start, "which"))
        {
            return null; // a relative clause's verbs share the antecedent, outside the clause
        }

        start++;
        while (start < verb - 1 && (ix.DateAt(start) >= 0 || (ix.IsAny(start, DatePrepositions) && ix.DateAt(start + 1) >= 0)))
        {
            start++; // "On 3 May 2016 members of the guard ...": the date opens the clause, the subject follows
        }

        start = AfterOpeningPlace(ix, start, verb);
        start = AfterOpeningPhrase(ix, start, verb);
        if (start > sentenceFirst && start < verb - 1 && CountFinder.IsComma(ix, start) && (ix.DateAt(start - 1) >= 0 || ix.IsPlaceAt(start - 1) || ix.IsCapitalised(start - 1)))
        {
            start++; // "On 9 May, police dispersed ... and arrested 12": the comma closes the opening date or place
        }

        var stop = Math.Min(start + 7, verb - 1);
        for (var t = start; t < stop; t++)
        {
            if (ix.IsAny(t, VerbLike) || IsLikelyVerb(ix, t) || ix.IsPunctuation(t) || ix.IsAny(t, ListEnds))
            {
                return null;
            }

            var end = t + 1;
            if (ix.EntityAt(t) is var m and >= 0)
            {
                var mention = ix.Doc.EntityMentions[m];
                if (mention.Type == EntityType.Location)
                {
                    return null; // "In Kisumu police ...": a place opens the clause, not its subject
                }

                end = Math.Max(end, ix.TokensIn(mention.Span).End);
            }
            else if (!ix.IsAny(t, Agents))
            {
                if (ix.IsAny(t, Determiners) || ix.IsCapitalised(t) || ix.IsAny(t, Participles) || ix.QuantityAt(t) >= 0 || ix.IsAny(t, MemberWords))
                {
                    continue; // "the", "Three masked", "Federal": words that open a noun phrase
                }

                return null;
            }

            // The phrase is the subject when a lower-case word that is not a preposition follows it: the first verb.
            return ix.IsWord(end) && !ix.IsCapitalised(end) && !ix.Is(end, "'s") && !ix.IsAny(end, PhraseEnd) && !ix.IsAny(end, Agents) && !ix.Is(end, "of")
                ? (SkipDeterminer(ix, start, end), end)
                : null;
        }

        return null;
    }

    private static readonly WordSet AsideOpeners = new("who which");
    private static readonly WordSet Auxiliaries = new("has have had since also then later");

    /// <summary>
    /// "The governor, who denies any part in it, has since ordered an inquiry": the subject stands before a relative
    /// aside set off by commas, when only auxiliaries and adverbs stand between the aside and the verb.
    /// </summary>
    private static (int First, int End)? SubjectBeforeAside(TokenIndex ix, int sentenceFirst, int start, int verb)
    {
        if (ix.IsIngForm(verb))
        {
            return null; // "..., Yemen, which it supported, killing nineteen": a participle has no subject of its own
        }

        while (start > sentenceFirst && verb - start < 4 && ix.IsAny(start - 1, Auxiliaries))
        {
            start--; // "has since": an adverb read as a clause break
        }

        for (var t = start; t < verb; t++)
        {
            if (!ix.IsAny(t, Auxiliaries))
            {
                return null;
            }
        }

        if (!CountFinder.IsComma(ix, start - 1))
        {
            return null;
        }

        for (var c = start - 2; c > sentenceFirst && c >= start - 16; c--)
        {
            if (TriggerJudge.IsClauseBreak(ix, c) && !ix.IsAny(c, AsideOpeners))
            {
                if (!CountFinder.IsComma(ix, c) || !ix.IsAny(c + 1, AsideOpeners))
                {
                    return null;
                }

                var first = c - 1;
                while (first >= sentenceFirst && c - first < 10 && !TriggerJudge.IsClauseBreak(ix, first) && !ix.IsAny(first, SubjectStops))
                {
                    first--;
                }

                return Subject(ix, first + 1, c);
            }
        }

        return null;
    }

    /// <summary>
    /// "Saudi Arabia executed 37 men", "Cambodia deported twenty asylum seekers": a country as the subject acts as a
    /// state; not a country set off by a comma after a place ("in Hajjah province, Yemen,").
    /// </summary>
    private static bool IsState(TokenIndex ix, int start, int end)
    {
        start = SkipDeterminer(ix, start, end);
        // "Yemen, which ...", "in Syria, Iraq": a comma before the country sets it in a list or an aside; "On 3 May, Turkey
        // deported": after an opening date it opens the clause.
        if (ix.EntityAt(start) is not (var m and >= 0) || CountFinder.IsComma(ix, start - 1) && ix.DateAt(start - 2) < 0)
        {
            return false;
        }

        var mention = ix.Doc.EntityMentions[m];
        return mention.Type == EntityType.Location && ix.TokensIn(mention.Span) == (start, end)
            && PlaceFinder.EntityOf(ix, mention)?.PlaceKind == "country";
    }
}
