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
        if (entry.Type == EventTypes.Meeting && ix.Is(first, "met") && ix.IsAny(end, Responses))
        {
            return true; // "the demands were met with silence": a response, not a meeting
        }

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

    private static readonly WordSet Responses = new("silence criticism condemnation outrage resistance indifference denials");

    private static readonly WordSet Force = new("gunfire force violence bullets ammunition repression batons fire tear");
    private static readonly WordSet ForceOpeners = new("live lethal brutal excessive deadly heavy");

    /// <summary>"the protests were met with gunfire", "met with live ammunition": force used, an attack, not a meeting.</summary>
    internal static bool MetWithForce(TokenIndex ix, int first, int end) =>
        ix.Is(first, "met") && (ix.IsAny(end, Force) || ix.IsAny(end, ForceOpeners) && ix.IsAny(end + 1, Force));

    // An organisation's names are at most this many mentions before the word that may refer back to one.
    private const int MaxNamesBack = 200;

    // A report's opening, where a gathering is told before an organisation named after it; the bound keeps the scan constant.
    private const int MaxTokensBefore = 4000;

    /// <summary>
    /// "The forum, led by Upendra Yadav, has campaigned ...", "a forum spokesman" after "the Madhesi People's Rights Forum":
    /// a meeting noun in lower case that names an organisation the report called by it, not a gathering.
    /// </summary>
    private static bool NamesAnOrganisation(TokenIndex ix, int first, TriggerEntry entry)
    {
        if (entry.Type != EventTypes.Meeting || entry.Words.Length != 1 || ix.IsCapitalised(first))
        {
            return false;
        }

        var word = ix.Word(first);
        var mentions = ix.Doc.EntityMentions;
        var seen = 0;
        for (var m = 0; m < mentions.Count && seen < MaxNamesBack && mentions[m].Span.Start < ix.Tokens[first].Start; m++, seen++)
        {
            var name = mentions[m].Span.Of(ix.Text);
            if (mentions[m].Type == EntityType.Organization && name.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && name.Length > word.Length && name[name.Length - word.Length - 1] == ' ')
            {
                // "told an international conference ..., the Munich Security Conference, ... addressed the conference":
                // a gathering told before the organisation's name is what the word goes on naming.
                return !GatheringToldBefore(ix, word, mentions[m].Span.Start);
            }
        }

        return false;
    }

    private static bool GatheringToldBefore(TokenIndex ix, ReadOnlySpan<char> word, int offset)
    {
        for (var t = 0; t < ix.Count && t < MaxTokensBefore && ix.Tokens[t].Start < offset; t++)
        {
            if (!ix.IsCapitalised(t) && ix.Word(t).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
