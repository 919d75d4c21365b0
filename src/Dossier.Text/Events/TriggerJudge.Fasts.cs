namespace Dossier.Text.Events;

/// <summary>
/// A fast as protest: "kept a 43-hour fast in the square", "she ended her fast". The word is more often an adjective or
/// an adverb ("a fast response", "moved fast"): only a fast owned or counted, with no noun after it, is a protest.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet FastOwners = new("a her his their its the our");
    private static readonly WordSet FastLengths = new("hour day week month");

    private static bool IsFastButNoProtest(TokenIndex ix, int first, TriggerEntry entry)
    {
        if (entry.Words.Length != 1 || !ix.Is(first, "fast"))
        {
            return false;
        }

        var owned = ix.IsAny(first - 1, FastOwners) || (ix.IsAny(first - 1, FastLengths) && ix.IsPunctuation(first - 2));
        var nounAfter = ix.IsWord(first + 1) && !ix.IsCapitalised(first + 1) && !ix.IsAny(first + 1, AfterFast);
        return !owned || nounAfter;
    }

    // Words that may follow the noun "fast": "a fast in the square", "her fast for justice", "a fast that lasted".
    private static readonly WordSet AfterFast = new("in at on outside for of to until since that which and by against");
}
