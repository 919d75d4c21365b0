namespace Dossier.Text.Events;

/// <summary>
/// Denial of supplies and communications told with general verbs: "mobile internet access has been cut",
/// "authorities shut down the internet", "aid convoys were blocked". Such a verb tells a siege only when what
/// was cut or blocked (its object, or its passive subject) is a supply, a service or aid; "cut short a visit",
/// "blocked a road", "cut taxes on fuel" are none.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet DenialVerbs = new("cut blocked shut");

    private static readonly WordSet Supplies = new(
        "internet electricity water power phone phones telephone mobile communications supplies food fuel medicine " +
        "medicines aid convoys convoy humanitarian");

    private const int SupplyWindow = 5;

    // Words between a denial verb and what it denies: "shut down the", "cut off all", "blocked its".
    private static readonly WordSet ObjectLeaders = new("off down the a an all its their his her any mobile access to");

    private static bool IsDenialOfNothingNeeded(TokenIndex ix, int sentenceFirst, int first, int end, TriggerEntry entry)
    {
        if (entry.Type != EventTypes.Siege || entry.Words.Length != 1 || !ix.IsAny(first, DenialVerbs))
        {
            return false;
        }

        // The object the verb denies ("shut down the internet", "cut off water"): its first word after the particles.
        var o = end;
        while (o < ix.Count && o <= end + SupplyWindow && ix.IsAny(o, ObjectLeaders))
        {
            o++;
        }

        if (ix.IsAny(o, Supplies))
        {
            return false;
        }

        // Or its passive subject ("mobile internet access has been cut").
        for (var t = Math.Max(sentenceFirst, first - SupplyWindow); t < first; t++)
        {
            if (ix.IsAny(t, Supplies))
            {
                return false;
            }
        }

        return true;
    }
}
