using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>Where the clause of a modal demand begins and whose subject it has.</summary>
internal sealed partial class DemandMatcher
{
    private const int MaxSubjectWords = 8;
    private const int MaxInterruption = 25;

    private static readonly WordSet Interrupters = new("which who whom whose when where while if once as");

    private static readonly WordSet VerbsAfterSubject = new(
        "had has have is are was were will would could should must can may did does do failed refused");

    private static int ClauseStart(TokenIndex ix, Sentence sentence, int before)
    {
        var t = before - 1;
        while (t >= sentence.FirstToken && t > before - MaxReach && !IsBreak(ix, t))
        {
            t--;
        }

        return t + 1;
    }

    /// <summary>The reporting verb before <paramref name="modal"/> and the subject of the clause it reports.</summary>
    private static (int Verb, int First, int End) ReportedSubject(TokenIndex ix, Sentence sentence, int modal)
    {
        for (var v = modal - 2; v >= sentence.FirstToken && v > modal - MaxReach; v--)
        {
            if (!QuoteTracker.IsReportingVerb(ix, v))
            {
                continue;
            }

            var first = ix.Is(v + 1, "that") ? v + 2 : v + 1;
            var stop = first;
            while (stop < modal && stop - first < MaxSubjectWords && ix.IsWord(stop) && !ix.IsAny(stop, VerbsAfterSubject))
            {
                stop++;
            }

            return stop > first && ix.IsAny(stop, VerbsAfterSubject) ? (v, first, stop) : (-1, 0, 0);
        }

        return (-1, 0, 0);
    }

    /// <summary>The comma that opens ", which ... ," or ", when ... ," closed at <paramref name="closing"/>; -1 if none.</summary>
    private static int InterruptionBefore(TokenIndex ix, Sentence sentence, int closing)
    {
        if (!IsComma(ix, closing))
        {
            return -1;
        }

        for (var t = closing - 1; t > sentence.FirstToken && t > closing - MaxInterruption; t--)
        {
            if (IsComma(ix, t))
            {
                return ix.IsAny(t + 1, Interrupters) && t > sentence.FirstToken ? t : -1;
            }

            if (ix.IsPunctuation(t) && !ix.Is(t, "-"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsComma(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',';
}
