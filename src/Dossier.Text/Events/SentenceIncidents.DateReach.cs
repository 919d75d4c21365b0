namespace Dossier.Text.Events;

/// <summary>
/// How far a date in a sentence reaches an act that is not beside it: past a gerund's victim ("for stabbing Ana Vell on
/// 11 September 1990"), and along the participles that run on from an opening date's clause ("On 28 April soldiers
/// went ..., dragging men out and beating them").
/// </summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>
    /// "for stabbing to death the anthropologist Ana Vell in Varn on 11 September 1990": a gerund's victim and place, words
    /// alone, stand between the act and its date.
    /// </summary>
    private static bool GerundObjectBetween(TokenIndex ix, TriggerHit hit, int date)
    {
        if (!ix.IsIngForm(hit.First) || date - hit.End > 12)
        {
            return false;
        }

        for (var t = hit.End; t < date; t++)
        {
            if (!ix.IsWord(t) || ix.IsAny(t, SayingVerbs) || ix.IsAny(t, RelativePronouns))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every clause break between the two tokens opens a participle ("..., dragging men out ... and beating them").</summary>
    private static bool ParticiplesBetween(TokenIndex ix, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (TriggerJudge.IsClauseBreak(ix, t) && !ix.IsIngForm(t + 1)
                && !(ix.Is(t, "and") && t + 1 == to))
            {
                return false;
            }
        }

        return true;
    }
}
