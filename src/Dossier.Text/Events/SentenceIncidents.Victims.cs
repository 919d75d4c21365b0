using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>The words an incident keeps for its victims in <see cref="SentenceIncidents"/>: the counted noun, or the act's object.</summary>
internal sealed partial class SentenceIncidents
{
    private static string VictimText(TokenIndex ix, QuantityMention q)
    {
        var (first, end) = ix.TokensIn(q.Span);
        var stop = q.Noun is { } noun ? ix.TokensIn(noun).End : end;
        stop = Math.Max(stop, end);
        if (ix.Is(stop, "of"))
        {
            stop = PhraseEnd(ix, stop + 1, stop + 8);
        }

        return ix.TextOf(first, Math.Min(stop, ix.Count));
    }

    private static string? ObjectText(TokenIndex ix, Sentence sentence, TriggerHit hit)
    {
        var start = hit.End;
        if (ix.Is(start, "of") || ix.Is(start, "against") || ix.Is(start, "on"))
        {
            start++;
        }
        else if (hit.Entry.Role != TriggerRole.Verb)
        {
            return null;
        }

        var stop = PhraseEnd(ix, start, Math.Min(sentence.EndToken, start + 8));
        return stop > start ? ix.TextOf(start, stop) : null;
    }

    private static int PhraseEnd(TokenIndex ix, int start, int limit)
    {
        var t = start;
        while (t < limit && t < ix.Count && !TriggerJudge.IsClauseBreak(ix, t) && !ix.Is(t, "by") && !ix.Is(t, "during") && !ix.Is(t, "on"))
        {
            t++;
        }

        return t;
    }
}
