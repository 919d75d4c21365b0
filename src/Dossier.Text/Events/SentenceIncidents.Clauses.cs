using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How <see cref="SentenceIncidents"/> cuts a sentence into clauses, to keep a date with the act of its own clause.</summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>The clause number of each token of the sentence (from its first token), and whether the token is in a relative clause.</summary>
    private static (int[] Clause, bool[] Relative) Clauses(TokenIndex ix, Sentence sentence, List<TriggerHit> hits, int end)
    {
        var clause = new int[end - sentence.FirstToken];
        var relative = new bool[end - sentence.FirstToken];
        var inTrigger = new bool[end - sentence.FirstToken];
        foreach (var hit in hits)
        {
            for (var t = hit.First + 1; t < hit.End && t < end; t++)
            {
                inTrigger[t - sentence.FirstToken] = true; // "forced to flee" is one verb, not a verb and an infinitive
            }
        }

        var id = 0;
        var inRelative = false;
        var relativeVerb = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            // An infinitive's "to" opens a clause; the "to" of a trigger ("flown to", "handed over to") does not, nor
            // does "since" or "until" before a date ("in detention since 12 April"): there they are prepositions.
            var preposition = (ix.Is(t, "since") || ix.Is(t, "until")) && ix.DateAt(t + 1) >= 0;
            // "sentenced to eight years", "set fire to homes": a figure, a date or a noun phrase after "to" is no infinitive.
            var infinitive = ix.Is(t, "to") && !inTrigger[t - sentence.FirstToken]
                && !(ix.DateAt(t + 1) >= 0 || ix.QuantityAt(t + 1) >= 0 && ix.IsWord(t + 1) || NounPhraseAfterTo(ix, t + 1));
            if ((TriggerJudge.IsClauseBreak(ix, t) && !preposition) || infinitive)
            {
                id++;
                inRelative = ix.IsAny(t, RelativePronouns) || (inRelative && ix.Is(t, "to"));
            }
            else if (inRelative && (ix.IsAny(t, SayingVerbs) || (relativeVerb && MainVerbAfterRelative(ix, t))))
            {
                // "A woman who had lived in the camp since 2004 said she counted …", "Mothers of people who disappeared
                // during the war marked 2,000 days …": the main clause resumes at its own verb.
                id++;
                inRelative = false;
            }

            relativeVerb = inRelative && (relativeVerb || IsPastForm(ix, t));

            clause[t - sentence.FirstToken] = id;
            relative[t - sentence.FirstToken] = inRelative;
        }

        return (clause, relative);
    }

    private static readonly WordSet VerbJoiners = new("and or was were had has have been be being is are not also later then");

    private static bool IsPastForm(TokenIndex ix, int t) =>
        ix.IsWord(t) && !ix.IsCapitalised(t) && ix.Word(t).Length > 3 && ix.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A past form after the relative clause's own verb that no auxiliary, "and" or article joins to it, with its object
    /// (a figure, an article or a name) after it: the main verb.
    /// </summary>
    private static bool MainVerbAfterRelative(TokenIndex ix, int t)
    {
        var joined = !ix.IsWord(t - 1) || ix.IsAny(t - 1, VerbJoiners) || ix.IsAny(t - 1, Articles) || IsPastForm(ix, t - 1);
        var objectFollows = ix.QuantityAt(t + 1) >= 0 || ix.IsAny(t + 1, Articles) || ix.IsCapitalised(t + 1);
        return IsPastForm(ix, t) && !joined && objectFollows;
    }
}
