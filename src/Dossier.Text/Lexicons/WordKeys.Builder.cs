using Dossier.Text.Model;

namespace Dossier.Text.Lexicons;

// Keys gathered while the tokenizer cuts the text: its scan of a plain word's characters hashes them as it goes,
// so that no second pass over every token's characters is needed.
internal sealed partial class WordKeys
{
    private WordKeys(string text, uint[] keys, TokenShape[] shapes)
    {
        _builtFrom = (text, keys.Length);
        _keys = keys;
        _shapes = shapes;
    }

    /// <summary>One step of <see cref="Hash"/> over an ASCII character (folded to lower case).</summary>
    public static uint HashAscii(uint hash, char c) => (hash ^ (c | (uint)((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0))) * Prime;

    /// <summary>The <see cref="Hash"/> of the empty word: where <see cref="HashAscii"/> starts.</summary>
    public const uint EmptyHash = Offset;

    /// <summary>
    /// The keys and shapes of a document's tokens, added in token order as the tokenizer finds them. Reused from
    /// one document to the next by its owner (see <see cref="Clear"/>); <see cref="ToKeys"/> copies them out.
    /// </summary>
    internal sealed class Builder
    {
        private uint[] _keys = new uint[1024];
        private TokenShape[] _shapes = new TokenShape[1024];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        /// <summary>Adds a token whose characters were hashed while it was read: ASCII letters and digits only.</summary>
        public void AddPlainWord(uint hash, ReadOnlySpan<char> word, int letters, bool lowerLetter) =>
            Add(hash, AsciiShape(word, TokenKind.Word, letters, lowerLetter));

        /// <summary>Adds any other token: its characters are read here, as <see cref="WordKeys"/> reads them.</summary>
        public void Add(ReadOnlySpan<char> token, TokenKind kind) => Add(HashAndShape(token, kind, out var shape), shape);

        /// <summary>The keys of the tokens added, for <paramref name="text"/>.</summary>
        public WordKeys ToKeys(string text) => new(text, _keys.AsSpan(0, Count).ToArray(), _shapes.AsSpan(0, Count).ToArray());

        private void Add(uint key, TokenShape shape)
        {
            if (Count == _keys.Length)
            {
                Array.Resize(ref _keys, Count * 2);
                Array.Resize(ref _shapes, Count * 2);
            }

            _keys[Count] = key;
            _shapes[Count++] = shape;
        }
    }
}
