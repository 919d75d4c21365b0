using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How far an act told in a sentence reaches: over the whole country, or a part of a whole told before.</summary>
internal sealed partial class SentenceIncidents
{
    private static readonly WordSet NationwideWords = new("nationwide countrywide country nation");

    /// <summary>"murdered across the country", "nationwide", "throughout the nation": the country, not a place told before.</summary>
    private static bool Nationwide(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, NationwideWords))
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!ix.IsAny(t, NationwideWords))
            {
                continue; // both tests are of its words: one filter read turns away the other words
            }

            if (ix.Is(t, "nationwide") || ix.Is(t, "countrywide")
                || ix.IsAny(t, NationwideWords) && ix.Is(t - 1, "the") && (ix.Is(t - 2, "across") || ix.Is(t - 2, "throughout") || ix.Is(t - 2, "over")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PartWords = new("most many some half several all few");

    /// <summary>"Eight of the killings", "most of the dead": the act named as a part of a whole told before.</summary>
    private static bool PartOfWhole(TokenIndex ix, int first) =>
        ix.Is(first - 1, "the") && ix.Is(first - 2, "of") && (ix.QuantityAt(first - 3) >= 0 || ix.IsAny(first - 3, PartWords));
}
