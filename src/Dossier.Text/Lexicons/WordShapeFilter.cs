namespace Dossier.Text.Lexicons;

/// <summary>
/// A quick "certainly not in the list" test for a small case-insensitive word list, asked before the
/// list itself on the per-token path: most words of a text differ from every listed word in their
/// length, first letter or last letter, and a lookup here is one bit read with no hashing of the word.
/// A word whose first or last character is not ASCII always passes (case folding beyond ASCII is left
/// to the list). Immutable, thread-safe.
/// </summary>
internal sealed class WordShapeFilter
{
    private const int MaxLength = 31;

    // One bit per (first letter, last letter, length), five bits each: 4 KB, small enough to stay in cache.
    // Characters that share their low five bits share a slot, which only lets more words through.
    private readonly ulong[] _bits = new ulong[32 * 32 * (MaxLength + 1) / 64];
    private readonly bool _passAll;

    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] >= 128 || word[^1] >= 128)
            {
                _passAll = true; // such a word could match text the filter cannot fold
                continue;
            }

            var bit = Bit(word);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>False when no listed word can equal <paramref name="word"/> (ignoring case).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_passAll || word.Length == 0 || word[0] >= 128 || word[^1] >= 128)
        {
            return true;
        }

        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Bit(ReadOnlySpan<char> word) =>
        (Slot(word[0]) << 10) | (Slot(word[^1]) << 5) | Math.Min(word.Length, MaxLength);

    // ASCII letters folded to lower case, then the low five bits.
    private static int Slot(char c) => ((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c) & 31;
}
