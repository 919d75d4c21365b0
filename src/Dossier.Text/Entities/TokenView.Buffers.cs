using Dossier.Text.Lexicons;

namespace Dossier.Text.Entities;

// The per-token arrays a view fills: every document needs a set, so each thread keeps one and lends it to its
// views in turn instead of allocating (and later collecting) a set per document.
internal sealed partial class TokenView
{
    // Past this many tokens a document's buffers are not kept for the next one.
    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static Buffers? t_buffers;

    private Buffers? _buffers;

    /// <summary>
    /// Hands this view's buffers back to its thread, for the next view: call it when done with the view, which
    /// must not be read after. A view that is never released only leaves its buffers to the collector.
    /// </summary>
    public void Release()
    {
        if (_buffers is { } buffers && _tokens.Length <= MaxKeptTokens)
        {
            t_buffers = buffers;
        }

        _buffers = null;
    }

    /// <summary>Arrays of at least a document's length (one more for the next-capital jumps); only the view that holds them writes.</summary>
    private sealed class Buffers(int length)
    {
        public TokenShape[] Flags { get; } = new TokenShape[length];

        public int[] WordIds { get; } = new int[length];

        public sbyte[] Everyday { get; } = new sbyte[length];

        public sbyte[] GivenName { get; } = new sbyte[length];

        public uint[] Classes { get; } = new uint[length];

        public int[] WalkFrom { get; } = new int[length];

        public byte[] WalkSize { get; } = new byte[length];

        public int[] NextCapitalized { get; } = new int[length + 1];

        public List<(int Length, GazetteerEntry? Entry)> WalkSteps { get; } = [];

        /// <summary>
        /// This thread's buffers, taken from it until released, when they are long enough for <paramref name="tokens"/>
        /// tokens (new ones otherwise), with the flags every view starts from cleared.
        /// </summary>
        public static Buffers Rent(int tokens)
        {
            var buffers = t_buffers;
            t_buffers = null; // a view made while this one is still in use gets buffers of its own
            if (buffers is null || buffers.Flags.Length < tokens)
            {
                return new Buffers(Math.Max(tokens, buffers?.Flags.Length * 2 ?? 0));
            }

            buffers.Everyday.AsSpan(0, tokens).Clear();
            buffers.GivenName.AsSpan(0, tokens).Clear();
            buffers.Classes.AsSpan(0, tokens).Clear();
            buffers.WalkSteps.Clear();
            return buffers;
        }
    }
}
