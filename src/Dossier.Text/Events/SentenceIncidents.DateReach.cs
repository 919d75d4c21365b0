namespace Dossier.Text.Events;

/// <summary>
/// How far a date in a sentence reaches an act that is not beside it: past a gerund's victim ("for stabbing Ana Vell on
/// 11 September 1990"), and along the participles that run on from an opening date's clause ("On 28 April soldiers
/// went ..., dragging men out and beating them"), but not into a participle that only describes the people it follows
/// ("took back its claim on Thursday that the pupils seized from a school had been freed").
/// </summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>
    /// "for stabbing to death the anthropologist Ana Vell in Varn on 11 September 1990": a gerund's victim and place, words
    /// alone, stand between the act and its date.
    /// </summary>
    private static bool GerundObjectBetween(TokenIndex ix, TriggerHit hit, int date)
    {
        if (!ix.IsIngForm(hit.First) || date - hit.End > 12)
        {
            return false;
        }

        for (var t = hit.End; t < date; t++)
        {
            if (!ix.IsWord(t) || ix.IsAny(t, SayingVerbs) || ix.IsAny(t, RelativePronouns))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every clause break between the two tokens opens a participle ("..., dragging men out ... and beating them").</summary>
    private static bool ParticiplesBetween(TokenIndex ix, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (TriggerJudge.IsClauseBreak(ix, t) && !ix.IsIngForm(t + 1)
                && !(ix.Is(t, "and") && t + 1 == to))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet ReducedRelativeEnds = new("from in at by during");

    /// <summary>
    /// "the pupils seized from a boarding school", "the men detained in the raid": a participle right after known people it
    /// describes, followed by where or by whom, names an act told before; a date told before it is another act's.
    /// </summary>
    private static bool ReducedRelative(TokenIndex ix, TriggerHit hit) =>
        hit.Entry.Words.Length == 1 && ix.Word(hit.First).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && TriggerJudge.IsPeopleNoun(ix, hit.First - 1) && ix.IsAny(hit.First - 2, Definite) && ix.IsAny(hit.End, ReducedRelativeEnds);

    // Known people: "people gathered at the stadium" is itself the act, "the people gathered at the stadium" are described.
    private static readonly WordSet Definite = new("the these those their its his her our");

    private static readonly WordSet WithinWords = new("during in amid");

    /// <summary>
    /// "the protests of November 2019, during which security forces killed at least 300 people", "the protests of early
    /// 2018, unrest in which twenty people died": the act told in a "during which" clause right after a dated noun took
    /// place then.
    /// </summary>
    private static bool DuringWhich(TokenIndex ix, int dateLast, int act)
    {
        // "of November 2019, during which", "of early 2018, unrest in which": at most a comma and a noun between.
        for (var which = dateLast + 2; which <= dateLast + 4 && which < act; which++)
        {
            if (ix.Is(which, "which") && ix.IsAny(which - 1, WithinWords))
            {
                return act - which <= 6 && (which - 1 == dateLast + 1 || CountFinder.IsComma(ix, dateLast + 1));
            }
        }

        return false;
    }

    private static readonly WordSet Estimating = new("put puts placed gave");

    private static readonly WordSet EstimateEnds = new("at higher lower");

    /// <summary>
    /// "put the number of civilians killed at around 300", "had put the death toll at 18": the act is named inside the
    /// object of an estimate, right before the "at" of its figure.
    /// </summary>
    private static bool FigurePutAt(TokenIndex ix, int sentenceFirst, TriggerHit hit)
    {
        var put = -1;
        for (var t = hit.First - 1; t >= sentenceFirst && t >= hit.First - 6 && ix.IsWord(t); t--)
        {
            if (ix.IsAny(t, Estimating) && ix.Is(t + 1, "the"))
            {
                put = t;
                break;
            }
        }

        if (put < 0)
        {
            return false;
        }

        // "killed at around 300", "dead so far at 18"; not "killed in police operations at 5,000", a tally of acts the
        // phrase names itself.
        for (var t = hit.End; t < hit.End + 3 && t < ix.Count && ix.IsWord(t); t++)
        {
            if (ix.IsAny(t, EstimateEnds))
            {
                return true;
            }

            if (ix.IsAny(t, PhrasePrepositions))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "On the night of 3 November, gunmen went from house to house and took away nine men": a verb joined by "and" to the
    /// verb of the clause right after an opening date shares its subject and its time.
    /// </summary>
    private static bool SecondVerbOfOpenedClause(TokenIndex ix, int sentenceFirst, int[] clause, int date, TriggerHit hit)
    {
        var and = hit.First - 1;
        return and - 1 > date && ix.Is(and, "and") && !ix.IsPunctuation(and - 1)
            && clause[and - 1 - sentenceFirst] == clause[date - sentenceFirst] + 1 && !ix.IsAny(hit.First, RelativePronouns);
    }
}
