namespace Dossier.Text.Events;

/// <summary>
/// Decides from the words around a trigger whether it reports an incident that happened: negation,
/// modality and conditions, intentions and purposes, protection from harm, the thing a demand asks
/// for, generic plurals and adjectival participles all say it did not (yet). Stateless.
/// </summary>
internal sealed class TriggerJudge
{
    private const int Window = 8;

    private static readonly WordSet ClauseBreakWords = new(
        "that which who whom whose while because since although though but when where whereas unless until");

    private static readonly WordSet Negations = new("no not never n't none nobody without neither nor cannot");
    private static readonly WordSet Modals = new("will would could might may must should shall can 'll wo");
    private static readonly WordSet Conditions = new("if unless whether lest");

    private static readonly WordSet Prevention = new(
        "protect protecting protection prevent preventing prevention refrain refraining avoid avoiding stop " +
        "stopping safe safety shield deter risk risks threat threats threatened threatening threaten fear " +
        "fears feared danger possible potential plan plans planned planning intend intends intended aim aims " +
        "attempt attempts any further future imminent prospect prospects such");

    private static readonly WordSet ContinuingVerbs = new(
        "continue continues continued continuing began begin begins started start starts keep keeps kept used");

    private static readonly WordSet NounAfterTo = new(
        "subjected exposed due owing response prior related lead led leading according resorted contributed");

    private static readonly WordSet CallVerbs = new("called calling calls call appealed appeal appeals pressed pressing");

    private static readonly WordSet DemandVerbs = new(
        "demanded demanding demand demands urged urging urge want wants wanted seek seeking sought requested " +
        "request requesting requests");

    private static readonly WordSet IntentionVerbs = new(
        "launch open conduct hold carry start establish set organise organize stage commit allow order");

    private static readonly WordSet Determiners = new(
        "the this these those that a an its their his her our your my such every each some many all both");

    private static readonly WordSet Definites = new("the this these those that");
    private static readonly WordSet DistinctWords = new("other another separate new second third fresh");

    // Counting words, for when no quantity layer ran or it left a word out ("five other massacres").
    private static readonly WordSet NumberWords = new(
        "two three four five six seven eight nine ten eleven twelve several numerous multiple many dozens " +
        "hundreds thousands scores countless repeated");

    private static readonly WordSet Complements = new(
        "of against on in at by during targeting near inside outside across into from");

    private static readonly WordSet BareBe = new("be");
    private static readonly WordSet NewsWords = new("news press media");
    private static readonly WordSet PurposeNouns = new("protest protests vigil rally demonstration commemoration memory demanding chanting");
    private static readonly WordSet SentenceWords = new("sentenced sentence sentences term terms years months");

    // "detention centre", "protest movement": the trigger word only modifies the noun after it.
    private static readonly WordSet ModifiedNouns = new(
        "centre centres center centers facility facilities camp camps conditions site sites leader leaders " +
        "movement movements organiser organisers organizer organizers campaign campaigns law laws cell cells " +
        "unit units powers power order orders squad squads victims survivors sites rules tactics");

    // "commission of inquiry", "court of investigation": part of a body's name.
    private static readonly WordSet BodyHeads = new("commission committee court board panel mission");

    public TriggerReading Judge(TokenIndex ix, int sentenceFirst, int first, int end, TriggerEntry entry)
    {
        var clauseStart = ClauseStart(ix, sentenceFirst, first);
        var isNoun = entry.Role is TriggerRole.VictimNoun or TriggerRole.IncidentNoun or TriggerRole.NounOrVerb;

        for (var t = first - 1; t >= clauseStart && t >= first - Window; t--)
        {
            if (ix.DateAt(t) >= 0)
            {
                continue; // "14 May 2016" holds no modal
            }

            if (ix.IsAny(t, Negations) || (ix.Is(t, "no") && ix.Is(t + 1, "one")))
            {
                return TriggerReading.Not("negated");
            }

            if (ix.IsAny(t, Modals))
            {
                return TriggerReading.Not("modal");
            }

            if (ix.IsAny(t, Conditions))
            {
                return TriggerReading.Not("conditional");
            }

            if (ix.IsAny(t, Prevention))
            {
                return TriggerReading.Not("prevention or threat");
            }
        }

        if (IsInfinitive(ix, first, entry.Role))
        {
            return TriggerReading.Not("intention");
        }

        if (entry.Role == TriggerRole.BaseVerb && !(ix.Is(first - 1, "to") && ix.IsAny(first - 2, ContinuingVerbs)))
        {
            return TriggerReading.Not("base verb"); // only "continues to obstruct" reports an act
        }

        if (isNoun && IsDemandedThing(ix, clauseStart, first))
        {
            return TriggerReading.Not("demanded");
        }

        if (isNoun && entry.Role != TriggerRole.VictimNoun && ix.IsAny(end, ModifiedNouns))
        {
            return TriggerReading.Not("modifier");
        }

        if (entry.Role == TriggerRole.Injury && ix.IsAny(first - 1, Determiners))
        {
            return TriggerReading.Not("the wounded"); // people, not an act
        }

        if (entry.Type == EventTypes.Meeting && isNoun && ix.IsAny(first - 1, NewsWords))
        {
            return TriggerReading.Not("press conference");
        }

        if (entry.Role == TriggerRole.Verb && ix.Is(first, "gathered") && !GatheringWithPurpose(ix, clauseStart, end))
        {
            return TriggerReading.Not("gathering without purpose or crowd");
        }

        if (isNoun && IsSentenceTerm(ix, clauseStart, first))
        {
            return TriggerReading.Not("part of a sentence");
        }

        if (isNoun && ix.Is(first - 1, "of") && ix.IsAny(first - 2, BodyHeads))
        {
            return TriggerReading.Not("body name");
        }

        if (entry.Role == TriggerRole.Verb && IsAdjectival(ix, first, end))
        {
            return TriggerReading.Not("adjective");
        }

        var determiner = DeterminerBefore(ix, clauseStart, first);
        if (isNoun && IsPlural(ix, end - 1) && determiner < 0 && ix.QuantityAt(first - 1) < 0
            && !ix.IsAny(end, Complements) && !SentenceHasDate(ix, sentenceFirst, first))
        {
            return TriggerReading.Not("generic");
        }

        var reading = new TriggerReading(true, "reported");
        var distinct = (first - 1 >= clauseStart && ix.IsAny(first - 1, DistinctWords))
            || (first - 2 >= clauseStart && ix.IsAny(first - 2, DistinctWords));
        var aggregate = isNoun && entry.Role != TriggerRole.VictimNoun && IsPlural(ix, end - 1)
            && (IsCount(ix, first - 1) || IsCount(ix, first - 2) || (IsCount(ix, first - 3) && distinct));
        var anaphoric = !distinct && !aggregate && (
            (isNoun && determiner >= 0 && ix.IsAny(determiner, Definites))
            || (entry.Role == TriggerRole.Verb && ix.Is(first - 1, "those"))
            || (entry.Role == TriggerRole.Verb && PassiveWithDefiniteSubject(ix, clauseStart, first)));
        return reading with { Distinct = distinct, Aggregate = aggregate, Anaphoric = anaphoric };
    }

    private static bool GatheringWithPurpose(TokenIndex ix, int clauseStart, int end)
    {
        // "thousands gathered", "gathered to commemorate", "gathered in protest": a protest; "families
        // gathered outside hospitals" is not.
        for (var t = Math.Max(clauseStart, end - 8); t < end - 1; t++)
        {
            if (IsCount(ix, t) || ix.QuantityAt(t) >= 0)
            {
                return true;
            }
        }

        for (var t = end; t < end + 14 && t < ix.Count && !ix.IsPunctuation(t); t++)
        {
            if ((ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && !ix.Is(t + 1, "the")) || ix.IsAny(t, PurposeNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceTerm(TokenIndex ix, int clauseStart, int first)
    {
        // "sentenced to life imprisonment", "a term of detention": the penalty, not a new arrest.
        for (var t = first - 1; t >= clauseStart && t >= first - 4; t--)
        {
            if (ix.IsAny(t, SentenceWords))
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
            if (ix.Is(t, "for") && ix.IsAny(t - 1, CallVerbs))
            {
                return true;
            }

            if (ix.IsAny(t, DemandVerbs) || (ix.IsAny(t, IntentionVerbs) && ix.Is(t - 1, "to")))
            {
                return true;
            }

            // "called for a prompt, thorough and independent investigation": adjectives and commas only.
            if (ix.Is(t, "of") || (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] != ',') || ix.IsCapitalised(t) || ix.SentenceOf(t) != ix.SentenceOf(first))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAdjectival(TokenIndex ix, int first, int end)
    {
        // "a ransacked camp", "the slain members" describe, they do not report.
        if (!ix.IsAny(first - 1, Determiners) || !ix.IsWord(end))
        {
            return false;
        }

        return !ix.IsAny(end, Complements) && !ix.Is(end, "as") && !ix.Is(end, "and");
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
        if (!(ix.Is(first - 1, "were") || ix.Is(first - 1, "was") || ix.Is(first - 1, "been")))
        {
            return false;
        }

        return ix.IsAny(clauseStart, Definites) || (ix.Is(clauseStart + 1, "of") && ix.IsAny(clauseStart + 2, Definites));
    }

    private static bool IsCount(TokenIndex ix, int t) =>
        ix.QuantityAt(t) >= 0 || ix.IsAny(t, NumberWords)
        || (t >= 0 && t < ix.Count && ix.Tokens[t].Kind == Model.TokenKind.Number && ix.DateAt(t) < 0);

    private static bool IsPlural(TokenIndex ix, int token)
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

        var end = ix.Doc.Sentences[s].EndToken;
        for (var t = Math.Max(sentenceFirst, token - 30); t < end && t < ix.Count && t < token + 30; t++)
        {
            if (ix.DateAt(t) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
