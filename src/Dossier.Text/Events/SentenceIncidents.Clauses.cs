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
        for (var t = sentence.FirstToken; t < end; t++)
        {
            // An infinitive's "to" opens a clause; the "to" of a trigger ("flown to", "handed over to") does not, nor
            // does "since" or "until" before a date ("in detention since 12 April"): there they are prepositions.
            var preposition = (ix.Is(t, "since") || ix.Is(t, "until")) && ix.DateAt(t + 1) >= 0;
            if ((TriggerJudge.IsClauseBreak(ix, t) && !preposition) || (ix.Is(t, "to") && !inTrigger[t - sentence.FirstToken]))
            {
                id++;
                inRelative = ix.IsAny(t, RelativePronouns) || (inRelative && ix.Is(t, "to"));
            }
            else if (inRelative && ix.IsAny(t, SayingVerbs))
            {
                id++; // "A woman who had lived in the camp since 2004 said she counted …": the main clause resumes
                inRelative = false;
            }

            clause[t - sentence.FirstToken] = id;
            relative[t - sentence.FirstToken] = inRelative;
        }

        return (clause, relative);
    }
}
