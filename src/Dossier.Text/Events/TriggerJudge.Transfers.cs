namespace Dossier.Text.Events;

/// <summary>
/// Transfers of people across a border told without a word for expulsion: "were flown to", "handed over to",
/// "put onto a flight to", "pushed back across the river". Such verbs tell a forced transfer only when a
/// foreign destination follows (a named place, a border, another state's authorities), never a hospital.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet TransferVerbs = new("flown handed sent put pushed");
    private static readonly WordSet Crossings = new("border frontier river");
    // "flown to hospital", "handed over to the military tribunal", "handed back to their families": care, justice or release.
    private static readonly WordSet CareWords = new(
        "hospital hospitals clinic clinics treatment safety court courts tribunal tribunals prosecutor prosecutors judge " +
        "judges family families relatives parents");
    private static readonly WordSet ReceivingBodies = new("authorities police officials government security");

    private const int DestinationWindow = 9;

    /// <summary>True when <paramref name="entry"/> is a transfer verb told without a destination across a border.</summary>
    private static bool IsTransferWithoutDestination(TokenIndex ix, int first, int end, TriggerEntry entry)
    {
        if (entry.Type != EventTypes.Displacement || !ix.IsAny(first, TransferVerbs))
        {
            return false;
        }

        var destination = false;
        for (var t = end; t < ix.Count && t < end + DestinationWindow; t++)
        {
            if (ix.IsAny(t, CareWords))
            {
                return true; // not an expulsion
            }

            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is '.' or ';' or ':' or '?' or '!')
            {
                break;
            }

            destination |= ix.IsAny(t, Crossings)
                || ix.IsPlaceAt(t)
                || (ix.IsAny(t, ReceivingBodies) && ix.IsCapitalised(t - 1) && t - 1 >= end && ix.IsWord(t - 1)); // "the Uzbek authorities"
        }

        return !destination;
    }
}
