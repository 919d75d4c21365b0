namespace Dossier.Text.Events;

/// <summary>
/// Bans: "the ministry banned the party" and "rallies were banned" tell an act, while "an Islamic group banned by the
/// authorities" only describes the group, with no day of its own. A ban verb right after a noun, with no
/// auxiliary before it and no object after it, is such a description. A gathering that was banned ("banned all
/// rallies", "a ban on protests", "rallies were prohibited") is not one that took place.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet BanVerbs = new("banned outlawed proscribed");
    private static readonly WordSet BanAuxiliaries = new("was were been being is are be has have had");
    private static readonly WordSet DescriptionEnds = new("by in since under for as");

    private static readonly WordSet GatheringBans = new("banned outlawed prohibited forbade forbidden barred ban bans prohibition");
    private static readonly WordSet BeWords = new("was were been be are is");

    private static bool IsBannedGathering(TokenIndex ix, int clauseStart, int first, int end, TriggerEntry entry)
    {
        if (entry.Type != EventTypes.Protest || entry.Role == TriggerRole.Verb)
        {
            return false;
        }

        for (var t = first - 1; t >= clauseStart && t >= first - 4; t--)
        {
            if (ix.IsAny(t, GatheringBans))
            {
                return true;
            }

            if (!ix.IsWord(t) || ix.Is(t, "and"))
            {
                break; // "banned the party, and thousands rallied": another clause
            }
        }

        var be = ix.IsAny(end, BeWords) ? end : (ix.Is(end, "have") || ix.Is(end, "has")) && ix.Is(end + 1, "been") ? end + 1 : -1;
        return be >= 0 && ix.IsAny(be + 1, GatheringBans);
    }

    private static bool IsBanDescribingItsObject(TokenIndex ix, int first, int end)
    {
        if (!ix.IsAny(first, BanVerbs) || !ix.IsWord(first - 1) || ix.IsAny(first - 1, BanAuxiliaries) || ix.IsLyAdverb(first - 1))
        {
            return false;
        }

        return !ix.IsWord(end) || ix.IsAny(end, DescriptionEnds);
    }
}
