namespace Dossier.Text.Events;

/// <summary>
/// Who a draft's act fell on and where it was aimed: people held by an armed group are abducted, one shot who died is
/// counted among the dead, an attack on "the crowd" was aimed at a gathering told before.
/// </summary>
internal sealed partial class SentenceIncidents
{
    // Armed groups outside the state: whom they hold, they abduct.
    private static readonly WordSet ArmedGroupWords = new(
        "militia militias militiamen fighters rebels gunmen gunman insurgents militants kidnappers abductors captors bandits " +
        "jihadists extremists raiders gang gangs paramilitaries vigilantes");

    private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// "was shot in the chest and died", "Among the dead was a girl who was shot": the one shot is counted among the dead,
    /// not also among the hurt.
    /// </summary>
    private static bool ShotAndKilled(TokenIndex ix, int sentenceFirst, TriggerHit hit, IncidentDraft draft) =>
        ix.Is(hit.First, "shot") && hit.Entry.Words.Length == 1
        && (draft.Types.Contains(EventTypes.Killing) || ix.MayHaveAny(sentenceFirst, hit.First, DeadWords)
            && TriggerJudge.WordBefore(ix, sentenceFirst, hit.First, hit.First - sentenceFirst, DeadWords));

    private static readonly WordSet DeadWords = new("dead killed died");

    // A gathering named as already told: "the crowd", "the protesters".
    private static readonly WordSet CrowdNouns = new("crowd crowds protesters demonstrators marchers mourners gathering rally");

    /// <summary>"Security forces opened fire on the crowd": an attack whose target, a few words on, is a gathering told before.</summary>
    private static bool AimedAtCrowd(TokenIndex ix, List<TriggerHit> group)
    {
        foreach (var hit in group)
        {
            if (hit.Entry.Type != EventTypes.Attack)
            {
                continue;
            }

            for (var t = hit.End; t < hit.End + 4 && t < ix.Count && ix.IsWord(t); t++)
            {
                if (ix.Is(t, "the") && ix.IsAny(t + 1, CrowdNouns))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
