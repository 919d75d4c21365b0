using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Lexicons;

/// <summary>
/// What every token of one document looks like, computed once in one pass over its characters and read by
/// every component that asks about tokens: the look-up key (the FNV-1a hash of the token's lower-cased
/// characters, see <see cref="Hash"/>) and its <see cref="TokenShape"/> (capitals, possessive, hyphen).
/// Word lists hash their lower-cased words the same way, so asking about a token costs a probe and a
/// comparison instead of another pass that lower-cases and hashes it; and no component walks a token's
/// characters again to learn its shape. Immutable once built.
/// </summary>
internal sealed partial class WordKeys
{
    private const uint Offset = 2166136261u, Prime = 16777619u;

    private readonly uint[] _keys;
    private readonly TokenShape[] _shapes;
    private readonly (string Text, int Tokens) _builtFrom;

    public WordKeys(string text, IReadOnlyList<Token> tokens)
        : this(text, tokens as Token[] ?? [.. tokens])
    {
    }

    public WordKeys(string text, Token[] tokens)
    {
        _builtFrom = (text, tokens.Length);
        _keys = new uint[tokens.Length];
        _shapes = new TokenShape[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            _keys[t] = HashAndShape(text.AsSpan(token.Start, token.End - token.Start), token.Kind, out _shapes[t]);
        }
    }

    /// <summary>
    /// The document's keys, shared by the components that read them; rebuilt only when the text or the
    /// number of tokens changed (tokens edited by hand).
    /// </summary>
    public static WordKeys For(Doc doc)
    {
        if (doc.SharedWordKeys is { } shared && ReferenceEquals(shared._builtFrom.Text, doc.Text) && shared._builtFrom.Tokens == doc.Tokens.Count)
        {
            return shared;
        }

        return doc.SharedWordKeys = new WordKeys(doc.Text, doc.TokenArray());
    }

    public int Count => _keys.Length;

    /// <summary>The key of token <paramref name="token"/>: <see cref="Hash"/> of its text.</summary>
    public uint this[int token] => _keys[token];

    /// <summary>The shape of token <paramref name="token"/> (see <see cref="TokenShape"/>).</summary>
    public TokenShape ShapeOf(int token) => _shapes[token];

    /// <summary>Whether token <paramref name="token"/> holds a hyphen ("mid-2014", "fifty-two").</summary>
    public bool HasHyphen(int token) => (_shapes[token] & TokenShape.Hyphen) != 0;

    /// <summary>Copies every token's shape to the start of <paramref name="shapes"/>, for a reader that adds flags of its own.</summary>
    public void CopyShapes(TokenShape[] shapes) => _shapes.CopyTo(shapes, 0);

    /// <summary>
    /// FNV-1a over the characters of <paramref name="word"/> lower-cased as <see cref="Entities.LowercaseKey"/>
    /// does (invariant culture): a lower-cased word hashes as itself, and ordinal hashing of a lower-case
    /// key gives the same value.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return HashBeyondAscii(word);
            }

            // Branch-free ASCII folding: capitals are a small, unpredictable share of the characters.
            var upper = (uint)(c - 'A') <= 'Z' - 'A';
            h = (h ^ (c | (uint)(upper ? 0x20 : 0))) * Prime;
        }

        return h;
    }

    /// <summary>FNV-1a over characters taken as they are (for keys already lower-cased).</summary>
    public static uint HashOrdinal(ReadOnlySpan<char> key)
    {
        var h = Offset;
        foreach (var c in key)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    private static uint HashBeyondAscii(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Entities.LowercaseKey.MaxLength];
        if (Entities.LowercaseKey.TryLower(word, buffer, out var lower))
        {
            return HashOrdinal(lower);
        }

        // Too long for any list: only the word sets' filters read this, so each character folded alone will do.
        var h = Offset;
        foreach (var c in word)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return h;
    }
}
