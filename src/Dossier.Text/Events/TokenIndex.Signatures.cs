using Dossier.Text.Lexicons;

namespace Dossier.Text.Events;

// Which words a sentence may hold, so that a rule that looks for its words through a whole sentence can learn
// first, from a few bits, that none is there: most sentences hold none of a rule's words.
internal sealed partial class TokenIndex
{
    // Per sentence, WordSet.SignatureWords words of 64 bits: the signature bit of each token's hash.
    private readonly ulong[] _signatures;

    /// <summary>
    /// False when no token in [<paramref name="first"/>, <paramref name="end"/>) can be one of <paramref name="words"/>
    /// (as <see cref="IsAny"/> or <see cref="Is"/> reads it); true when one may be. A range that is not inside one
    /// sentence is always let through.
    /// </summary>
    public bool MayHaveAny(int first, int end, WordSet words)
    {
        var s = SentenceOf(first);
        if (s < 0 || end > Math.Min(Doc.Sentences[s].EndToken, _tokens.Length))
        {
            return true;
        }

        return words.MayOccurIn(SignatureOf(s));
    }

    private Span<ulong> SignatureOf(int sentence) => _signatures.AsSpan(sentence * WordSet.SignatureWords, WordSet.SignatureWords);

    /// <summary>Adds token <paramref name="t"/> to its sentence's <paramref name="signature"/> (built with the sentence index).</summary>
    private void AddToSignature(Span<ulong> signature, int t)
    {
        if ((_keys.ShapeOf(t) & TokenShape.BeyondAscii) != 0)
        {
            signature.Fill(ulong.MaxValue); // equal to a listed word ignoring case without its hash: let every set through
            return;
        }

        var bit = WordSet.SignatureBit(HashOf(t));
        signature[bit >> 6] |= 1UL << bit;
    }
}
