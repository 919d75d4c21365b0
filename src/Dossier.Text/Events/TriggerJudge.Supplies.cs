namespace Dossier.Text.Events;

/// <summary>
/// Denial of supplies and communications told with general verbs: "mobile internet access has been cut",
/// "authorities shut down the internet", "aid convoys were blocked". Such a verb tells a siege only when what
/// was cut or blocked is a supply, a service or aid; "cut short a visit", "blocked a road" are none.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet DenialVerbs = new("cut blocked shut");

    private static readonly WordSet Supplies = new(
        "internet electricity water power phone phones telephone mobile communications supplies food fuel medicine " +
        "medicines aid convoys convoy humanitarian");

    private const int SupplyWindow = 5;

    private static bool IsDenialOfNothingNeeded(TokenIndex ix, int sentenceFirst, int first, int end, TriggerEntry entry)
    {
        if (entry.Type != EventTypes.Siege || entry.Words.Length != 1 || !ix.IsAny(first, DenialVerbs))
        {
            return false;
        }

        for (var t = Math.Max(sentenceFirst, first - SupplyWindow); t < ix.Count && t <= end + SupplyWindow; t++)
        {
            if (ix.IsAny(t, Supplies))
            {
                return false;
            }
        }

        return true;
    }
}
