namespace Dossier.Text.Events;

/// <summary>Executions done without a court: by armed men and the state's forces in the field, a killing.</summary>
internal sealed partial class TriggerJudge
{
    // Who kills without a court: armed men and the state's forces in the field. A court or a prison executes by sentence.
    private static readonly WordSet FieldForces = new(
        "soldiers troops army police policemen gendarmes forces military militia militias militiamen fighters rebels gunmen " +
        "insurgents militants jihadists paramilitaries combatants auxiliaries");

    /// <summary>
    /// "Soldiers executed at least 40 men", "five hostages were executed by militants": armed men in the field kill
    /// without a sentence, which is a killing. "Three militants were executed in prison" names them as the executed.
    /// </summary>
    private static bool ExecutedByForce(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end)
    {
        if (ix.Is(end, "by"))
        {
            return WordAfter(ix, end + 1, sentenceEnd, 3, FieldForces);
        }

        return ix.Is(first, "executed") && !ix.IsAny(first - 1, BeWords) && !ix.IsAny(first - 2, BeWords)
            && WordBefore(ix, sentenceFirst, first, 8, FieldForces);
    }

    // "summarily executed", "a deliberate, premeditated execution": no court's sentence behind the death.
    private static readonly WordSet Summarily = new("summarily extrajudicially arbitrarily summary extrajudicial arbitrary premeditated deliberate");

    /// <summary>"summarily executed", "soldiers executed 40 men": an execution no court ordered, a killing.</summary>
    private static bool WithoutCourt(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end) =>
        ix.IsAny(first - 1, Summarily) || WordBefore(ix, sentenceFirst, first, 4, Summarily) || ExecutedByForce(ix, sentenceFirst, sentenceEnd, first, end);

    /// <summary>"were lined up and shot": shot to kill, as executioners do.</summary>
    private static bool LinedUpAndShot(TokenIndex ix, int sentenceFirst, int first, TriggerEntry entry) =>
        ix.Is(first, "shot") && entry.Words.Length == 1 && SharedPassive(ix, sentenceFirst, first) is var lined and >= 0 && ix.Is(lined, "lined");
}
