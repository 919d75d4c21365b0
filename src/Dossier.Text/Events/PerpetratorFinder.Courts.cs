using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Who acts in and around a court for <see cref="PerpetratorFinder"/>: the court that rules, and those a verdict or an
/// accusation names as the actors of the act it judges ("found three officers guilty of murdering").
/// </summary>
internal sealed partial class PerpetratorFinder
{
    // "Outside the court, his mother wept": a place phrase, not the acting court.
    private static readonly WordSet PlacePrepositions = new("outside inside near beside behind across through toward towards");
    private static readonly WordSet GerundPrepositions = new("of for with in after before by on about from");
    private static readonly WordSet Verdicts = new("found declared judged held");
    private static readonly WordSet Charges = new("accused convicted suspected acquitted");

    /// <summary>"guilty of murdering", "accused of killing": a verb used after a preposition has no subject before it.</summary>
    private static bool IsGerundAfterPreposition(TokenIndex ix, int first) =>
        ix.IsAny(first - 1, GerundPrepositions) && ix.IsIngForm(first);

    /// <summary>
    /// Who a court or accuser names as the actor of a gerund: "found three officers guilty of murdering" gives
    /// "three officers", "two soldiers were convicted of killing" gives "two soldiers", "accused the militia of
    /// burning" gives "the militia".
    /// </summary>
    private static (int First, int End)? Convicted(TokenIndex ix, int sentenceFirst, int first)
    {
        if (!ix.Is(first - 1, "of") || !IsGerundAfterPreposition(ix, first))
        {
            return null;
        }

        var k = first - 2;
        if (ix.Is(k, "guilty"))
        {
            // The object between the verdict verb and "guilty".
            for (var v = k - 1; v >= sentenceFirst && v >= k - 9; v--)
            {
                if (ix.IsAny(v, Verdicts))
                {
                    return v + 1 < k && HasAgent(ix, v + 1, k) ? (SkipDeterminer(ix, v + 1, k), k) : null;
                }

                if (TriggerJudge.IsClauseBreak(ix, v))
                {
                    return null;
                }
            }

            return null;
        }

        if (ix.IsAny(k, Charges) && ix.IsAny(k - 1, Passives))
        {
            // "two soldiers were convicted of killing": the passive's subject.
            var start = k - 2;
            while (start >= sentenceFirst && k - start < 10 && !TriggerJudge.IsClauseBreak(ix, start) && !ix.IsAny(start, SubjectStops))
            {
                start--;
            }

            return Subject(ix, start + 1, k - 1);
        }

        // "accused the militia of burning": the object of an active charge verb.
        for (var v = k; v >= sentenceFirst && v >= k - 8; v--)
        {
            if (ix.IsAny(v, Charges))
            {
                return v < k && !ix.IsAny(v - 1, Passives) && HasAgent(ix, v + 1, k + 1) ? (SkipDeterminer(ix, v + 1, k + 1), k + 1) : null;
            }

            if (TriggerJudge.IsClauseBreak(ix, v))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"A court in Conakry", "the provincial court": the body acting in a legal action.</summary>
    private static (int First, int End)? Court(TokenIndex ix, Sentence sentence)
    {
        var sentenceEnd = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, sentenceEnd, Courts))
        {
            return null;
        }

        for (var t = sentence.FirstToken; t < sentenceEnd; t++)
        {
            if (!ix.IsAny(t, Courts))
            {
                continue;
            }

            if (ix.EntityAt(t) is var m and >= 0)
            {
                return ix.MentionTokens(m);
            }

            var start = t;
            while (start > sentence.FirstToken && t - start < 3 && ix.IsWord(start - 1) && !ix.IsAny(start - 1, PhraseEnd)
                && !ix.IsAny(start - 1, PlacePrepositions) && !IsLikelyVerb(ix, start - 1))
            {
                start--;
            }

            var stop = t + 1;
            if (ix.Is(stop, "in") && ix.EntityAt(stop + 1) is var place and >= 0)
            {
                stop = ix.MentionTokens(place).End;
            }

            return (SkipDeterminer(ix, start, stop), stop);
        }

        return null;
    }
}
