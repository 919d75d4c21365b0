using Dossier.Text.Pipeline;

namespace Dossier.Text.Events;

// The per-token arrays an index fills: every document needs a set, so each thread keeps one and lends it to one
// index after another instead of allocating (and later collecting) a set per document.
internal sealed partial class TokenIndex
{
    // Past this many tokens a document's buffers are not kept for the next one.
    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static Buffers? t_buffers;

    private Buffers? _buffers;

    /// <summary>
    /// Drops the document's shared index (see <see cref="For"/>) and hands its buffers back to this thread, for the
    /// next document's: for the last component that reads the index, which must not be read after. An index never
    /// released only leaves its buffers to the collector.
    /// </summary>
    public static void Release(Doc doc)
    {
        if (doc.SharedTokenIndex is not { } index)
        {
            return;
        }

        doc.SharedTokenIndex = null;
        if (index._buffers is { } buffers && index._tokens.Length <= MaxKeptTokens)
        {
            t_buffers = buffers;
        }

        index._buffers = null;
    }

    /// <summary>Arrays of at least a document's length; only the index that holds them writes.</summary>
    private sealed class Buffers(int length)
    {
        public int[] SentenceOf { get; } = new int[length];

        public int[] DateAt { get; } = new int[length];

        public int[] QuantityAt { get; } = new int[length];

        public int[] EntityAt { get; } = new int[length];

        private ulong[] _signatures = [];

        /// <summary>The first <paramref name="words"/> words of the sentence signatures' buffer (grown to fit), cleared.</summary>
        public ulong[] Signatures(int words)
        {
            if (_signatures.Length < words)
            {
                _signatures = new ulong[Math.Max(words, _signatures.Length * 2)];
            }
            else
            {
                _signatures.AsSpan(0, words).Clear();
            }

            return _signatures;
        }

        /// <summary>
        /// This thread's buffers, taken from it until released, when they are long enough for <paramref name="tokens"/>
        /// tokens (new ones otherwise): no sentence, and no mark, for any token.
        /// </summary>
        public static Buffers Rent(int tokens)
        {
            var buffers = t_buffers;
            t_buffers = null; // an index built while this one is still in use gets buffers of its own
            if (buffers is null || buffers.SentenceOf.Length < tokens)
            {
                buffers = new Buffers(Math.Max(tokens, buffers?.SentenceOf.Length * 2 ?? 0));
            }
            else
            {
                buffers.DateAt.AsSpan(0, tokens).Clear();
                buffers.QuantityAt.AsSpan(0, tokens).Clear();
                buffers.EntityAt.AsSpan(0, tokens).Clear();
            }

            buffers.SentenceOf.AsSpan(0, tokens).Fill(-1);
            return buffers;
        }
    }
}
