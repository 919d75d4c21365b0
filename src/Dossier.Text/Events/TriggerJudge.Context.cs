namespace Dossier.Text.Events;

/// <summary>The context tests behind <see cref="TriggerJudge"/>: clauses, infinitives, demanded things, determiners.</summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet OccasionDeterminers = new("the a an his her their its friday sunday");
    private static readonly WordSet Occasions = new(
        "opening inauguration wedding prayers prayer ceremony celebration celebrations festival market distribution meal match concert service mass");

    private static readonly WordSet CrowdRelatives = new("who that");

    private static bool GatheringWithPurpose(TokenIndex ix, int clauseStart, int end)
    {
        // "thousands gathered", "gathered to commemorate", "gathered in protest": a protest; "families
        // gathered outside hospitals" is not, nor are "hundreds of mourners gathered to offer condolences":
        // a purpose said outright decides.
        var occasion = ix.IsAny(end + 1, OccasionDeterminers) ? end + 2 : end + 1;
        if ((ix.Is(end, "for") || ix.Is(end, "at")) && ix.IsAny(occasion, Occasions))
        {
            return false; // "a crowd gathered for the opening of an office", "gathered for Friday prayers"
        }

        for (var t = end; t < end + 14 && t + 1 < ix.Count && !ix.IsPunctuation(t); t++)
        {
            if (ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && !ix.Is(t + 1, "the"))
            {
                return ix.IsAny(t + 1, PurposeVerbs);
            }
        }

        // "fired at 2,000 supporters who had gathered outside": the crowd counted before the relative pronoun gathered.
        var afterRelative = ix.IsAny(clauseStart, CrowdRelatives) || ix.IsAny(clauseStart - 1, CrowdRelatives);
        for (var t = afterRelative ? Math.Max(clauseStart - 7, end - 12) : Math.Max(clauseStart, end - 8); t < end - 1; t++)
        {
            if (IsCount(ix, t) || ix.QuantityAt(t) >= 0)
            {
                return true;
            }
        }

        for (var t = end; t < end + 14 && t < ix.Count && !ix.IsPunctuation(t); t++)
        {
            if ((ix.Is(t, "to") && ix.IsAny(t + 1, PurposeVerbs)) || ix.IsAny(t, PurposeNouns))
            {
                return true;
            }
        }

        return false;
    }

    // "sentenced to life imprisonment", "a term of detention": the penalty, not a new arrest.
    // "sentenced three soldiers to life imprisonment": the term follows its verb and the people sentenced.
    private static bool IsSentenceTerm(TokenIndex ix, int clauseStart, int first) =>
        WordBefore(ix, clauseStart, first, ix.Is(first - 1, "to") || ix.Is(first - 2, "to") ? 8 : 4, SentenceWords);

    /// <summary>Whether one of <paramref name="words"/> stands at most <paramref name="reach"/> tokens before <paramref name="first"/>, from <paramref name="from"/> on.</summary>
    internal static bool WordBefore(TokenIndex ix, int from, int first, int reach, WordSet words)
    {
        for (var t = first - 1; t >= from && t >= first - reach; t--)
        {
            if (ix.IsAny(t, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> stands in the <paramref name="reach"/> tokens from <paramref name="from"/> on.</summary>
    internal static bool WordAfter(TokenIndex ix, int from, int sentenceEnd, int reach, WordSet words)
    {
        for (var t = from; t < sentenceEnd && t < from + reach; t++)
        {
            if (ix.IsAny(t, words))
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseStart(TokenIndex ix, int sentenceFirst, int token)
    {
        for (var t = token - 1; t >= sentenceFirst; t--)
        {
            if (IsClauseBreak(ix, t))
            {
                return t + 1;
            }
        }

        return sentenceFirst;
    }

    public static bool IsClauseBreak(TokenIndex ix, int t)
    {
        if (ix.IsPunctuation(t))
        {
            var c = ix.Text[ix.Tokens[t].Start];
            return c is ',' or ';' or ':' or '(' or ')' or '"' or '-' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '.' or '!' or '?';
        }

        return ix.IsAny(t, ClauseBreakWords);
    }

    private static bool IsInfinitive(TokenIndex ix, int first, TriggerRole role)
    {
        if (role is TriggerRole.VictimNoun or TriggerRole.IncidentNoun)
        {
            return false;
        }

        var before = first - 1;
        if (role == TriggerRole.Verb && ix.IsAny(before, BareBe))
        {
            return true; // "to be extradited", "urged that it be referred"
        }

        if (!ix.Is(before, "to"))
        {
            return false;
        }

        if (ix.IsAny(before - 1, ContinuingVerbs))
        {
            return false;
        }

        return role != TriggerRole.NounOrVerb || !ix.IsAny(before - 1, NounAfterTo);
    }

    private static bool IsDemandedThing(TokenIndex ix, int clauseStart, int first)
    {
        // "called for an (independent) investigation", "demanding the trial", "to launch an inquiry".
        for (var t = first - 1; t >= first - 8 && t >= 0; t--)
        {
            if (ix.Is(t, "for"))
            {
                // "called for an inquiry" asks for it; "seek justice for the 2009 massacre" asks for justice for what happened.
                return ix.IsAny(t - 1, CallVerbs);
            }

            // "to support an investigation", "must allow an independent, international investigation".
            if (ix.IsAny(t, DemandVerbs) || (ix.IsAny(t, IntentionVerbs) && (ix.Is(t - 1, "to") || ix.IsAny(t - 1, Modals) || OpensListItem(ix, t))))
            {
                return true;
            }

            // "called for a prompt, thorough and independent investigation": adjectives and commas only.
            // "an inquiry into the deaths": what the demanded inquiry is into did happen.
            if (ix.Is(t, "of") || ix.Is(t, "into") || (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] != ',') || ix.IsCapitalised(t) || ix.SentenceOf(t) != ix.SentenceOf(first))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to: 1. release everyone ...; 2. open independent investigations": a verb opening a numbered or bulleted item is asked for.</summary>
    /// <remarks>The intention verbs are base forms, so after a list mark they can only be imperatives.</remarks>
    private static bool OpensListItem(TokenIndex ix, int t) =>
        (ix.IsPunctuation(t - 1) && ix.Text[ix.Tokens[t - 1].Start] is ';' or ':') || ListMarks.ItemStartsAt(ix, t);

    private static bool IsAdjectival(TokenIndex ix, int first, int end)
    {
        // "a ransacked camp", "the slain members" describe, they do not report.
        if (!ix.IsAny(first - 1, Determiners) || !ix.IsWord(end) || ix.Is(first, "body"))
        {
            return false; // "the body of a student was found" is no participle
        }

        if (ix.Is(first - 1, "those") && (ix.IsAny(end, TallyVerbs) || ix.Is(first - 2, "of") && ix.IsAny(first - 3, TallyNouns)))
        {
            return false; // "the number of those killed has climbed to 84": "those" stands for the people counted
        }

        return !ix.IsAny(end, Complements) && !ix.Is(end, "as") && !ix.Is(end, "and");
    }

    private static readonly WordSet TallyVerbs = new("rose risen climbed stands stood numbered number totalled totaled reached");

    private static readonly WordSet TallyNouns = new("number total count tally");

    private static bool OpensWithParticiple(TokenIndex ix, int sentenceFirst, int first, int end)
    {
        // "Detained miners told the commission ...": a participle opening the sentence before its noun.
        return first == sentenceFirst && ix.IsWord(end) && !ix.IsCapitalised(end) && IsPlural(ix, end)
            && !ix.IsAny(end, Complements) && !ix.IsAny(end, Determiners);
    }

    private static bool HeldBefore(TokenIndex ix, int clauseStart, int first)
    {
        for (var t = first - 1; t >= clauseStart && t >= first - 3; t--)
        {
            if (ix.IsAny(t, HoldingVerbs))
            {
                return true;
            }

            if (!ix.IsWord(t) || ix.IsAny(t, Determiners))
            {
                return false;
            }
        }

        return false;
    }

    private static int DeterminerBefore(TokenIndex ix, int clauseStart, int first)
    {
        for (var t = first - 1; t >= clauseStart && t >= first - 4; t--)
        {
            if (ix.IsAny(t, Determiners))
            {
                return t;
            }

            if (ix.Is(t, "'s") || IsCount(ix, t) || ix.IsAny(t, DistinctWords) || ix.DateAt(t) >= 0 || ix.EntityAt(t) >= 0)
            {
                return t; // "Iraq's attacks", "the 1988 massacre", "Maliki's forces"
            }

            if (ix.IsPunctuation(t) || (!ix.Is(t, "and") && !ix.IsWord(t)))
            {
                break;
            }

            if (ix.Word(t).EndsWith("'s", StringComparison.Ordinal) || ix.Word(t).EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool PassiveWithDefiniteSubject(TokenIndex ix, int clauseStart, int first)
    {
        var be = (ix.Is(first - 1, "or") || ix.Is(first - 1, "and")) && ix.IsWord(first - 2) ? first - 3 : first - 1; // "were shot or hacked"
        if (!(ix.Is(be, "were") || ix.Is(be, "was") || ix.Is(be, "been")))
        {
            return false;
        }

        // "Most were shot or hacked to death": a bare "most" or "many" names some of those told before.
        if (ix.IsAny(clauseStart, Portions) && clauseStart + 1 == be)
        {
            return true;
        }

        if (!(ix.IsAny(clauseStart, Definites) || (ix.Is(clauseStart + 1, "of") && ix.IsAny(clauseStart + 2, Definites))))
        {
            return false;
        }

        // "the journalists Mara Selko and Ivo Danel were arrested": people named in the subject make it a new account.
        for (var t = clauseStart; t < first; t++)
        {
            if (ix.IsPersonAt(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The remaining twelve are still being held", "Twelve of them are still detained": a state that goes on from an act
    /// told before, not a new one.
    /// </summary>
    private static bool StillSo(TokenIndex ix, int first)
    {
        var t = ix.Is(first - 1, "being") ? first - 2 : first - 1;
        return ix.Is(t, "still") || ix.Is(t - 1, "still") && ix.IsAny(t, BeWords);
    }

    private static readonly WordSet Portions = new("most many some several all others");

    private static bool IsCount(TokenIndex ix, int t) =>
        ix.QuantityAt(t) >= 0 || ix.IsAny(t, NumberWords)
        || (t >= 0 && t < ix.Count && ix.Tokens[t].Kind == Model.TokenKind.Number && ix.DateAt(t) < 0);

    /// <summary>The word ends like an English plural ("homes", "lawyers"; not "witness" or "his").</summary>
    internal static bool IsPlural(TokenIndex ix, int token)
    {
        var word = ix.Word(token);
        return word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    private static bool SentenceHasDate(TokenIndex ix, int sentenceFirst, int token)
    {
        var s = ix.SentenceOf(token);
        if (s < 0)
        {
            return false;
        }

        var end = Math.Min(Math.Min(ix.Doc.Sentences[s].EndToken, ix.Count), token + 30);
        return ix.AnyDateIn(Math.Max(sentenceFirst, token - 30), end);
    }
}
