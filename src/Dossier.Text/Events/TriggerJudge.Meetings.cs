using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Meetings told with a general verb: "met President X", "briefed the Security Council", "addressed the Human
/// Rights Council". Such a verb tells a meeting only when a named person or body is what was met or addressed;
/// "met resistance", "briefed reporters" and "addressed the problem" are none.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet MeetingVerbs = new("met briefed addressed");

    private static bool IsMeetingWithNoOneNamed(TokenIndex ix, int first, int end, TriggerEntry entry)
    {
        if (entry.Type != EventTypes.Meeting || entry.Words.Length != 1 || !ix.IsAny(first, MeetingVerbs))
        {
            return false;
        }

        var t = ix.Is(end, "the") ? end + 1 : end;
        if (ix.EntityAt(t) < 0 && ix.IsCapitalised(t))
        {
            t++; // "met President X": a title before the name
        }

        return !(ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type is EntityType.Person or EntityType.Organization);
    }
}
