using System.Runtime.Intrinsics;
using System.Text;
using Dossier.Text.Lexicons;

namespace Dossier.Text.Events;

/// <summary>
/// An immutable, case-insensitive set of words, probed with spans of the document text so that look-ups
/// allocate nothing. A 4096-bit filter over each word's <see cref="Hash"/> answers most misses (the usual
/// case) with one array read before the table is consulted, with the hash the caller already has.
/// </summary>
internal sealed class WordSet
{
    private const int FilterMask = 4095;

    private readonly HashSet<string> _words;
    private readonly FoldedWordTable<bool> _table;
    private readonly ulong[] _filter = new ulong[(FilterMask + 1) / 64];

    // The words' bits in a sentence's signature (see TokenIndex.MayHaveAny); every bit when a word is beyond ASCII.
    private readonly ulong[] _signature = new ulong[SignatureWords];

    public WordSet(string spaceSeparated)
        : this(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
    }

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _table = new FoldedWordTable<bool>(_words.ToDictionary(word => word, _ => true, StringComparer.OrdinalIgnoreCase), word => Hash(word));
        foreach (var word in _words)
        {
            var bit = Hash(word) & FilterMask;
            _filter[bit >> 6] |= 1UL << (bit & 63);
            if (Ascii.IsValid(word))
            {
                var signatureBit = SignatureBit(Hash(word));
                _signature[signatureBit >> 6] |= 1UL << signatureBit;
            }
            else
            {
                Array.Fill(_signature, ulong.MaxValue); // matched ignoring case by words whose hash differs: no filter
            }
        }
    }

    /// <summary>The union of <paramref name="sets"/>: it contains a word whenever one of them does.</summary>
    public WordSet(IEnumerable<WordSet> sets)
        : this(sets.SelectMany(set => set._words))
    {
    }

    /// <summary>The number of 64-bit words in a signature: 512 bits, a few per word of a sentence.</summary>
    public const int SignatureWords = 8;

    /// <summary>The signature bit of a word whose <see cref="Hash"/> is <paramref name="hash"/> (its top nine bits).</summary>
    public static int SignatureBit(int hash) => (int)((uint)hash >> 23);

    /// <summary>
    /// False when no word of this set is among the words whose signature is <paramref name="signature"/>: no ASCII word
    /// there has the hash of a listed word (a word beyond ASCII sets every bit of the signature it is in).
    /// </summary>
    public bool MayOccurIn(ReadOnlySpan<ulong> signature)
    {
        // Two 256-bit halves: a few vector instructions where a loop over the eight words would take a dozen reads.
        var own = _signature.AsSpan();
        var common = (Vector256.Create(signature) & Vector256.Create(own)) | (Vector256.Create(signature[4..]) & Vector256.Create(own[4..]));
        return common != Vector256<ulong>.Zero;
    }

    public bool Contains(ReadOnlySpan<char> word) => Contains(Hash(word), word);

    /// <summary>Membership of a word whose <see cref="Hash"/> is already known.</summary>
    public bool Contains(int hash, ReadOnlySpan<char> word) => MayContain(hash) && _table.TryGetValue(hash, word, out _);

    public bool MayContain(int hash)
    {
        var bit = hash & FilterMask;
        return (_filter[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A case-insensitive hash of a word: its <see cref="WordKeys.Hash"/>, mixed (see <see cref="Mix"/>).</summary>
    public static int Hash(ReadOnlySpan<char> word) => Mix(WordKeys.Hash(word));

    /// <summary>The <see cref="Hash"/> of a word whose <see cref="WordKeys"/> key is known.</summary>
    public static int Mix(uint wordKey) => (int)(wordKey ^ (wordKey >> 15));
}
