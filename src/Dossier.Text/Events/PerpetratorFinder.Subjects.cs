using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>The acting subject of a verb: the noun phrase before it, past dates, places, sayings and asides.</summary>
internal sealed partial class PerpetratorFinder
{
    /// <summary>
    /// The acting noun phrase between a clause's start and its verb, without a date standing in it:
    /// "Late on Thursday armed men" gives "armed men", "Police in the capital on Tuesday" gives "Police in the capital".
    /// </summary>
    private static (int First, int End)? Subject(TokenIndex ix, int start, int verb)
    {
        int dateFirst = -1, dateEnd = -1;
        for (var t = ix.NextDateToken(start, verb); t < verb; t = ix.NextDateToken(t + 1, verb))
        {
            dateFirst = dateFirst < 0 ? t : dateFirst;
            dateEnd = t + 1;
        }

        while (dateFirst >= 0 && dateEnd < verb && ix.IsAny(dateEnd, DayParts))
        {
            dateEnd++; // "Late on Monday night gunmen": the part of the day belongs to the date
        }

        if (dateFirst >= 0)
        {
            if (HasAgent(ix, dateEnd, verb) || IsState(ix, dateEnd, verb)) // "In December 2009 Cambodia deported"
            {
                start = dateEnd;
            }
            else
            {
                verb = dateFirst;
                while (verb > start && ix.IsAny(verb - 1, DatePrepositions))
                {
                    verb--;
                }
            }
        }

        while (verb > start && (ix.IsAny(verb - 1, Adverbs) || IsMannerAdverb(ix, verb - 1)))
        {
            verb--; // "police then arrested", "soldiers later shot", "troops summarily executed"
        }

        for (var t = verb - 1; t > start; t--)
        {
            if (ix.IsAny(t, Sayings) && HasAgent(ix, t + 1, verb) && (ix.IsWord(verb + 1) || ix.QuantityAt(verb + 1) >= 0))
            {
                // "Rights groups say security forces killed 120": the actor of a verb with its object follows the saying;
                // "officers said some of the six men arrested, who ...": a verb with no object describes the noun before it.
                start = ix.Is(t + 1, "that") ? t + 2 : t + 1;
                break;
            }
        }

        if (ix.Is(start, "in") && NameEnd(ix, start + 1, verb) is var placeEnd and > 0 && placeEnd < verb && HasAgent(ix, placeEnd, verb))
        {
            start = placeEnd; // "In St Petersburg a riot police officer kicked": the place opens the clause, the actor follows
        }

        for (var t = start; t < verb; t++)
        {
            if (ix.IsAny(t, VerbLike))
            {
                verb = t; // "authorities have", "police said they had": the noun phrase ends at its auxiliary
                break;
            }

            if (IsLikelyVerb(ix, t))
            {
                return null; // "the court freed a man arrested": the subject of another verb
            }

            if (ix.Is(t, "to") && t + 2 < verb && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && !ix.IsAny(t + 1, Determiners)
                && ix.IsAny(t + 2, Determiners))
            {
                return null; // "urged them to release the men detained": the infinitive's object, not an actor
            }
        }

        if (ix.Is(verb - 2, "of") && ix.IsWord(verb - 1) && !ix.IsCapitalised(verb - 1))
        {
            return null; // "put the number of civilians killed at 300": the verb describes the noun before it
        }

        var between = ix.Is(start, "between") ? start : ix.IsAny(start, Fights) && ix.Is(start + 1, "between") ? start + 1 : -1;
        if (between >= 0 && verb > between + 1)
        {
            start = between + 1; // "Fighting between two factions forced ...": the two sides are the actors
        }

        return verb > start && (HasAgent(ix, start, verb) || IsState(ix, start, verb)) ? (SkipDeterminer(ix, start, verb), verb) : null;
    }

    /// <summary>Where the place named at <paramref name="t"/> ends: a name the recognizer found, else a run of capitalised words; -1 when none.</summary>
    private static int NameEnd(TokenIndex ix, int t, int limit)
    {
        if (ix.EntityAt(t) is var place and >= 0)
        {
            // A place the recognizer may have taken for something else ("St Petersburg" read as a person's name).
            return ix.MentionTokens(place).End;
        }

        var end = t;
        while (end < limit && ix.IsWord(end) && ix.IsCapitalised(end))
        {
            end++;
        }

        return end > t ? end : -1;
    }

    /// <summary>
    /// The subject of the sentence's first verb before <paramref name="comma"/>, when that verb opens the main clause (after
    /// at most an opening date) and is no verb of saying: "On 3 May police used live ammunition, killing …".
    /// </summary>
    private static (int First, int End)? MainClauseSubject(TokenIndex ix, int sentenceFirst, int comma)
    {
        for (var t = sentenceFirst + 1; t < comma; t++)
        {
            if (ix.IsAny(t, VerbLike) || TriggerJudge.IsClauseBreak(ix, t) && ix.DateAt(t - 1) < 0 && !(CountFinder.IsComma(ix, t) && AfterOpeningPlace(ix, sentenceFirst, comma) == t))
            {
                return null; // "said that …", "which MSF supported, killing": not the main clause's own act
            }

            if ((IsLikelyVerb(ix, t) || ix.IsAny(t, LightVerbs) || ix.IsAny(t, IrregularPasts)) && ix.DateAt(t) < 0)
            {
                var start = t - 1;
                while (start > sentenceFirst && !TriggerJudge.IsClauseBreak(ix, start - 1))
                {
                    start--;
                }

                return Subject(ix, start, t);
            }
        }

        return null;
    }

    /// <summary>
    /// "The Rapid Support Forces (RSF) attacked", "Soldiers of the army (FAMa) killed": the subject ends before the
    /// short form in brackets that follows its name. The bracket's opening token, or <paramref name="verb"/>.
    /// </summary>
    private static int ShortFormBefore(TokenIndex ix, int sentenceFirst, int verb)
    {
        if (!ix.IsPunctuation(verb - 1) || ix.Text[ix.Tokens[verb - 1].Start] != ')')
        {
            return verb;
        }

        for (var open = verb - 3; open >= verb - 4 && open > sentenceFirst; open--)
        {
            if (ix.IsPunctuation(open) && ix.Text[ix.Tokens[open].Start] == '(')
            {
                return IsShortForm(ix.Word(open + 1)) ? open : verb;
            }
        }

        return verb;
    }

    private static bool IsShortForm(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    private static readonly WordSet Fights = new("fighting clashes battles violence hostilities");

    private static readonly WordSet PhraseOpeners = new("in during after before earlier later meanwhile elsewhere");

    /// <summary>"In the most serious case, gunmen entered ... and killed": the token after an opening phrase's comma, or <paramref name="start"/>.</summary>
    private static int AfterOpeningPhrase(TokenIndex ix, int start, int verb)
    {
        if (!ix.IsAny(start, PhraseOpeners))
        {
            return start;
        }

        for (var t = start + 1; t < verb - 1 && t <= start + 8; t++)
        {
            if (CountFinder.IsComma(ix, t))
            {
                return t + 1;
            }

            if (!ix.IsWord(t) && ix.QuantityAt(t) < 0)
            {
                return start;
            }
        }

        return start;
    }

    /// <summary>"In Dovik, riot police ...": the token after a place that opens the clause, or <paramref name="start"/>.</summary>
    private static int AfterOpeningPlace(TokenIndex ix, int start, int verb)
    {
        if (!ix.Is(start, "in") && !ix.Is(start, "at"))
        {
            return start;
        }

        if (ix.IsPlaceAt(start + 1))
        {
            var end = ix.MentionTokens(ix.EntityAt(start + 1)).End;
            return end < verb - 1 ? end : start;
        }

        // "In Dovik, riot police": a name the gazetteer does not know, set off by a comma
        var t = start + 1;
        while (t < start + 4 && ix.IsCapitalised(t) && ix.DateAt(t) < 0)
        {
            t++;
        }

        return t > start + 1 && t < verb - 1 && CountFinder.IsComma(ix, t) ? t : start;
    }
}
