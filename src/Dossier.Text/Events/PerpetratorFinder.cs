using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Finds who is said to have acted: "by X", "under orders from X", "forces loyal to X", or the subject
/// of an active verb ("the Iraqi forces attacked"). Returns token ranges of noun phrases. Stateless.
/// </summary>
internal sealed class PerpetratorFinder
{
    private static readonly WordSet PhraseEnd = new(
        "in on at during while who which when after since before and to for as with from into against that " +
        "because where killing abducting attacking leaving");

    private static readonly WordSet Agents = new(
        "forces force army police militia militias regime government authorities troops soldiers guards " +
        "officials agents group groups gunmen security forces' regime's");

    private static readonly WordSet Passives = new("were was been be being is are");
    private static readonly WordSet Orders = new("orders command loyal");
    private static readonly WordSet By = new("by");

    public List<(int First, int End)> Find(TokenIndex ix, Sentence sentence, int first, int end, TriggerRole role)
    {
        var found = new List<(int, int)>();
        var sentenceEnd = Math.Min(sentence.EndToken, ix.Count);
        for (var t = end; t < sentenceEnd && t < end + 14; t++)
        {
            if (ix.IsAny(t, By))
            {
                AddPhrase(ix, t + 1, sentenceEnd, found);
                break;
            }

            if (TriggerJudge.IsClauseBreak(ix, t) && !ix.Is(t, "that"))
            {
                break;
            }
        }

        for (var t = Math.Max(sentence.FirstToken, first - 15); t + 2 < sentenceEnd && t < end + 15; t++)
        {
            if (!ix.IsAny(t, Orders))
            {
                continue;
            }

            var orders = (ix.Is(t, "orders") || ix.Is(t, "command")) && (ix.Is(t + 1, "from") || ix.Is(t + 1, "of"));
            var loyal = ix.Is(t, "loyal") && ix.Is(t + 1, "to");
            if (orders || loyal)
            {
                AddPhrase(ix, t + 2, sentenceEnd, found);
            }
        }

        if (role == TriggerRole.Verb && !ix.IsAny(first - 1, Passives) && found.Count == 0)
        {
            var start = first - 1;
            while (start >= sentence.FirstToken && !TriggerJudge.IsClauseBreak(ix, start) && first - start < 10)
            {
                start--;
            }

            start++;
            var hasAgent = false;
            for (var t = start; t < first; t++)
            {
                hasAgent |= ix.IsAny(t, Agents) || (ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type != EntityType.Location);
            }

            if (hasAgent && first > start)
            {
                found.Add((SkipDeterminer(ix, start, first), first));
            }
        }

        return found;
    }

    private static void AddPhrase(TokenIndex ix, int start, int sentenceEnd, List<(int, int)> found)
    {
        var t = start;
        while (t < sentenceEnd && t - start < 12 && !ix.IsPunctuation(t) && !(t > start && ix.IsAny(t, PhraseEnd) && !IsInsideName(ix, t)))
        {
            t++;
        }

        if (t > start)
        {
            found.Add((SkipDeterminer(ix, start, t), t));
        }
    }

    private static bool IsInsideName(TokenIndex ix, int token) =>
        ix.EntityAt(token) >= 0 && ix.EntityAt(token) == ix.EntityAt(token - 1);

    private static int SkipDeterminer(TokenIndex ix, int start, int end) =>
        start + 1 < end && (ix.Is(start, "the") || ix.Is(start, "then")) ? start + 1 : start;
}
