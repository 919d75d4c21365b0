using System.Text;

namespace Dossier.Text.Lexicons;

/// <summary>
/// An immutable map from words, matched ignoring case (as <see cref="StringComparer.OrdinalIgnoreCase"/>
/// does), probed with a token's text and its hash as the word sets take it (<see cref="Events.WordSet.Hash"/>,
/// from the document's <see cref="WordKeys"/>). Where a dictionary would hash the token's characters again
/// and compare them through the culture-safe path, this table reads a slot by the hash it is given and
/// compares ASCII letters folded. A token with a character beyond ASCII gets the dictionary's own answer,
/// so every answer is the dictionary's. Thread-safe.
/// </summary>
internal sealed class FoldedWordTable<TValue>
{
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Slot[] _slots;
    private readonly int _mask;

    // A listed word beyond ASCII (or with characters that fold unlike ASCII letters) leaves every answer to the dictionary.
    private readonly bool _asciiWords;

    public FoldedWordTable(Dictionary<string, TValue> words, Func<string, int> hash)
    {
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("E102: the words must be compared ignoring case.", nameof(words));
        }

        _exact = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        _asciiWords = words.Keys.All(word => Ascii.IsValid(word));
        foreach (var (word, value) in words)
        {
            var h = hash(word);
            var i = h & _mask;
            while (_slots[i].Word is not null)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = new Slot(h, word.ToLowerInvariant(), value);
        }
    }

    /// <summary>The value of <paramref name="word"/> (ignoring case), whose hash is <paramref name="hash"/>.</summary>
    public bool TryGetValue(int hash, ReadOnlySpan<char> word, out TValue value)
    {
        if (!_asciiWords)
        {
            return _exact.TryGetValue(word, out value!);
        }

        for (var i = hash & _mask; _slots[i].Word is { } listed; i = (i + 1) & _mask)
        {
            if (_slots[i].Hash == hash && listed.Length == word.Length)
            {
                var equal = FoldedEquals(word, listed);
                if (equal > 0)
                {
                    value = _slots[i].Value;
                    return true;
                }

                if (equal < 0)
                {
                    return _exact.TryGetValue(word, out value!); // beyond ASCII: the dictionary decides
                }
            }
        }

        // No ASCII word matched; a word beyond ASCII may still equal a listed one ignoring case ("ı" is "I" upper-cased).
        if (Ascii.IsValid(word))
        {
            value = default!;
            return false;
        }

        return _exact.TryGetValue(word, out value!);
    }

    /// <summary>1 when the ASCII <paramref name="word"/> folded equals <paramref name="lower"/>, 0 when not, -1 at a character beyond ASCII.</summary>
    private static int FoldedEquals(ReadOnlySpan<char> word, string lower)
    {
        var equal = true;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c >= 0x80)
            {
                return -1;
            }

            equal &= (char)((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c) == lower[k];
        }

        return equal ? 1 : 0;
    }

    private readonly record struct Slot(int Hash, string? Word, TValue Value);
}
