namespace Dossier.Text.Lexicons;

/// <summary>
/// A test that rules out most words before a case-insensitive (ordinal) look-up in a closed word list:
/// a word can only be in the list when some listed word has its length and opens with the same one or
/// two ASCII letters in either case. Words the filter cannot judge cheaply (a non-ASCII letter in the
/// first two) pass, so the filter never changes an answer; it only spares hashing words that cannot
/// match. Immutable.
/// </summary>
internal sealed class LexiconFilter
{
    private readonly ulong _lengths;
    private readonly uint _singleLetters;
    private readonly ulong[] _openings = new ulong[(26 * 26 + 63) / 64];

    // Set when a listed word does not open with ASCII letters: then only the length is checked.
    private readonly bool _lengthOnly;

    public LexiconFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            if (word.Length == 0 || !char.IsAsciiLetter(word[0]) || (word.Length > 1 && !char.IsAsciiLetter(word[1])))
            {
                _lengthOnly = true;
            }
            else if (word.Length == 1)
            {
                _singleLetters |= 1u << Letter(word[0]);
            }
            else
            {
                var opening = Opening(word[0], word[1]);
                _openings[opening >> 6] |= 1UL << opening;
            }
        }
    }

    /// <summary>False only when <paramref name="word"/> is certainly not in the list.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        if (_lengthOnly || word.Length == 0)
        {
            return true;
        }

        // Under ordinal case folding an ASCII letter matches only itself in either case, and other ASCII
        // characters only themselves; folding beyond ASCII is left to the look-up.
        var first = word[0];
        if (!char.IsAscii(first))
        {
            return true;
        }

        if (!char.IsAsciiLetter(first))
        {
            return false;
        }

        if (word.Length == 1)
        {
            return (_singleLetters & (1u << Letter(first))) != 0;
        }

        var second = word[1];
        if (!char.IsAscii(second))
        {
            return true;
        }

        if (!char.IsAsciiLetter(second))
        {
            return false;
        }

        var opening = Opening(first, second);
        return (_openings[opening >> 6] & (1UL << opening)) != 0;
    }

    private static int Letter(char c) => (c | 0x20) - 'a';

    private static int Opening(char first, char second) => (Letter(first) * 26) + Letter(second);
}
