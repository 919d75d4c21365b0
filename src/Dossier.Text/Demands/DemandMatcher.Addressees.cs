using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>Who a request is put to when it is not said after the verb: the one written to, the subject of a that-clause.</summary>
internal sealed partial class DemandMatcher
{
    private static readonly WordSet ObjectPronouns = new("him her them");

    /// <summary>"Write to the Public Prosecutor urging him": the phrase after the "to" that opens the sentence's request; (-1, -1) when none.</summary>
    private static (int First, int End) WrittenTo(TokenIndex ix, int sentenceFirst, int verb)
    {
        for (var t = sentenceFirst; t < verb - 1 && t < sentenceFirst + 8; t++)
        {
            // "Write to the Prosecutor General ...", also after a heading ("TAKE ACTION: Write to ...")
            if (ix.Is(t, "to") && (t < sentenceFirst + 3 || ix.Is(t - 1, "write") || ix.Is(t - 1, "writing")))
            {
                var first = ix.Is(t + 1, "the") ? t + 2 : t + 1;
                var end = first;
                while (end < verb && ix.IsWord(end) && ix.IsCapitalised(end))
                {
                    end++;
                }

                return end > first ? (first, end) : (-1, -1);
            }
        }

        return (-1, -1);
    }

    private static readonly WordSet SubjectTitles = new("president minister king general");

    /// <summary>
    /// The verb after the subject at <paramref name="first"/> ("the UN Security Council", "President Ruto", "Israel", "the
    /// government"), where that subject ends, when it is a base form a request asks for (the subjunctive "refer",
    /// "release"; not "has referred" or a passive's "be"); -1 otherwise.
    /// </summary>
    private static int SubjunctiveVerb(TokenIndex ix, int first, int end)
    {
        var named = ix.Is(first, "the") ? first + 1 : first;
        var mention = ix.EntityAt(named);
        if (mention < 0 && ix.IsAny(named, SubjectTitles))
        {
            mention = ix.EntityAt(named + 1); // "President Ruto": the title stands outside the name
        }

        int after;
        if (mention >= 0)
        {
            after = ix.MentionTokens(mention).End;
        }
        else
        {
            // "the government", "the Security Council": a noun phrase of a few words; a passive ("the bodies be returned")
            // names what is asked for, not who is asked, and has no verb here.
            after = named;
            while (after < end && after < named + 4 && ix.IsWord(after) && !IsBaseVerb(ix, after))
            {
                after++;
            }

            if (!ix.Is(first, "the") || after == named)
            {
                return -1;
            }
        }

        return after < end && IsBaseVerb(ix, after) ? after : -1;
    }

    private static readonly WordSet CommonBaseVerbs = new(
        "release end stop allow refer investigate explain provide protect ensure open withdraw lift grant free hold bring take halt cease respect " +
        "return restore drop suspend publish disclose prosecute punish compensate apologise apologize resign account");

    private static bool IsBaseVerb(TokenIndex ix, int t) => ix.IsAny(t, CommonBaseVerbs);
}
