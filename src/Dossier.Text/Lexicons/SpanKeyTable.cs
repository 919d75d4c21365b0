namespace Dossier.Text.Lexicons;

/// <summary>
/// A read-only map from words to numbers, looked up with spans of the document text: exact ordinal
/// matches (callers fold case first). Open addressing over one slot array, with every key's characters
/// in one shared buffer, so a look-up costs a hash, one or two slot reads and one comparison, and no
/// interface calls; it replaces dictionaries that sit on the per-token path. Immutable, thread-safe.
/// </summary>
internal sealed class SpanKeyTable
{
    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    /// <summary>Builds the table; a key given twice keeps its first value.</summary>
    public SpanKeyTable(IEnumerable<KeyValuePair<string, int>> pairs)
    {
        var list = pairs as IReadOnlyCollection<KeyValuePair<string, int>> ?? pairs.ToList();
        var size = 16;
        while (size < list.Count * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        _chars = new char[list.Sum(pair => pair.Key.Length)];
        var used = 0;
        Count = 0;
        foreach (var (key, value) in list)
        {
            var hash = Hash(key);
            var i = hash & _mask;
            var duplicate = false;
            while (_slots[i].Hash != 0)
            {
                if (_slots[i].Hash == hash && KeyOf(_slots[i]).SequenceEqual(key))
                {
                    duplicate = true;
                    break;
                }

                i = (i + 1) & _mask;
            }

            if (duplicate)
            {
                continue;
            }

            key.CopyTo(_chars.AsSpan(used));
            _slots[i] = new Slot(hash, used, key.Length, value);
            used += key.Length;
            Count++;
        }
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        var hash = Hash(key);
        var i = hash & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Hash == 0)
            {
                value = 0;
                return false;
            }

            if (slot.Hash == hash && slot.Length == key.Length && KeyOf(slot).SequenceEqual(key))
            {
                value = slot.Value;
                return true;
            }

            i = (i + 1) & _mask;
        }
    }

    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    /// <summary>
    /// The value of <paramref name="word"/> lower-cased (as <see cref="Entities.LowercaseKey"/> does), for a
    /// table of lower-case keys, given the word's <see cref="WordKeys.Hash"/>: neither copies nor re-hashes it.
    /// </summary>
    public bool TryGetFolded(uint wordKey, ReadOnlySpan<char> word, out int value)
    {
        if (word.Length <= Entities.LowercaseKey.MaxLength)
        {
            var hash = Mix(wordKey);
            for (var i = hash & _mask; ; i = (i + 1) & _mask)
            {
                ref readonly var slot = ref _slots[i];
                if (slot.Hash == 0)
                {
                    break;
                }

                if (slot.Hash == hash && slot.Length == word.Length && Entities.LowercaseKey.EqualsLowered(word, KeyOf(slot)))
                {
                    value = slot.Value;
                    return true;
                }
            }
        }

        value = 0;
        return false;
    }

    private ReadOnlySpan<char> KeyOf(in Slot slot) => _chars.AsSpan(slot.Start, slot.Length);

    // FNV-1a with a final mix; odd, so never 0: a slot whose hash is 0 is empty.
    private static int Hash(ReadOnlySpan<char> key) => Mix(WordKeys.HashOrdinal(key));

    private static int Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        return (int)(h | 1) & int.MaxValue;
    }

    private readonly record struct Slot(int Hash, int Start, int Length, int Value);
}
