namespace Dossier.Text.Events;

/// <summary>"Police charged the crowd": a charge at people, an attack, not a charge sheet.</summary>
internal sealed partial class TriggerJudge
{
    // What a charge rushes at: people gathered, or the lines and stage they hold ("charged the Maoist stage").
    private static readonly WordSet CrowdWords = new(
        "crowd crowds protesters demonstrators marchers mourners students worshippers strikers march marches rally rallies demonstration procession " +
        "stage barricade barricades line lines gate gates police");

    /// <summary>"charged the crowd", "charged at protesters", "charged into the marchers": police charging people.</summary>
    private static bool ChargesACrowd(TokenIndex ix, int end)
    {
        var t = end;
        if (ix.Is(t, "at") || ix.Is(t, "into"))
        {
            t++;
        }

        if (ix.Is(t, "the") || ix.Is(t, "a"))
        {
            t++;
        }

        if (ix.IsCapitalised(t) && ix.IsAny(t + 1, CrowdWords))
        {
            t++; // "the Maoist stage", "the Fidesz rally"
        }

        if (!ix.IsAny(t, CrowdWords))
        {
            return false;
        }

        // "charged the protesters with unlawful assembly", "charged the students over the march": a charge sheet.
        for (var u = t + 1; u < ix.Count && u <= t + 6 && !ix.IsPunctuation(u); u++)
        {
            if (ix.Is(u, "with") || ix.Is(u, "over") || ix.Is(u, "for"))
            {
                return false;
            }
        }

        return true;
    }
}
