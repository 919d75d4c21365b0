namespace Dossier.Text.Events;

/// <summary>"Strike" and "struck": a blow from the air, a weapon's hit, or workers stopping work.</summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet StrikeWords = new("strike strikes");

    // "air strike", "drone strikes", "a strike on the hospital": weapons and targets make it an attack.
    private static readonly WordSet WeaponModifiers = new(
        "air drone missile rocket military artillery coalition nuclear retaliatory precision targeted aerial naval");

    private static readonly WordSet StrikeTargets = new("against hit hits targeting targeted killed destroyed");

    // "struck" is a blow from a weapon only when a weapon or war machine strikes: not a deal, a law or a chord.
    private static readonly WordSet StrikingWeapons = new(
        "gunship gunships aircraft warplane warplanes jet jets drone drones missile missiles rocket rockets shell shells " +
        "bomb bombs helicopter helicopters plane planes artillery airstrike airstrikes strike strikes mortar mortars " +
        "projectile projectiles munition munitions bomber bombers");

    private static readonly WordSet LabourWords = new(
        "workers worker miners union unions pay wages wage salaries salary employees strikers labour labor " +
        "wildcat teachers doctors nurses drivers dockers");

    private static readonly WordSet StrikeJoining = new("on joined join joining joins");

    private static bool OnStrike(TokenIndex ix, int first)
    {
        // "on strike", "on an unprotected strike", "went on a general strike", "joined the strike".
        for (var t = first - 1; t >= 0 && t >= first - 3; t--)
        {
            if (ix.IsAny(t, StrikeJoining))
            {
                return true;
            }

            if (!ix.IsWord(t))
            {
                return false;
            }
        }

        return false;
    }
}
