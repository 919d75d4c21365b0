using Dossier.Text.Model;

namespace Dossier.Text.Lexicons;

/// <summary>What a token looks like: decided once per token by <see cref="WordKeys"/>.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,

    /// <summary>A word token (the separate "'s" of a possessive is not one).</summary>
    Word = 1,

    /// <summary>A word that starts with a capital letter.</summary>
    Capitalized = 2,

    /// <summary>A word of two or more letters, all capitals ("KNLA", "U.S.").</summary>
    AllCaps = 4,

    /// <summary>A word that starts with a lower-case letter.</summary>
    Lower = 8,

    /// <summary>The separate "'s" token the segmenter cuts off a possessive.</summary>
    Possessive = 16,

    /// <summary>Left free for readers that add a flag of their own (the entity rules' sentence start).</summary>
    Reserved = 32,

    /// <summary>Any token with a '-' in it.</summary>
    Hyphen = 64,

    /// <summary>
    /// A token with a character beyond ASCII: case-insensitive equality with a listed word may hold without equal
    /// keys ("ſ" is "S" upper-cased), so a filter built from keys must let such a token through.
    /// </summary>
    BeyondAscii = 128,
}

// The one pass over a token's characters that gives both its key and its shape.
internal sealed partial class WordKeys
{
    private static uint HashAndShape(ReadOnlySpan<char> word, TokenKind kind, out TokenShape shape)
    {
        var h = Offset;
        var hyphen = false;
        var letters = 0;
        var lowerLetter = false;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                shape = ShapeOf(word, kind) | (word.Contains('-') ? TokenShape.Hyphen : TokenShape.None) | TokenShape.BeyondAscii;
                return HashBeyondAscii(word);
            }

            // Branch-free ASCII folding and shape: capitals are a small, unpredictable share of the characters.
            var upper = (uint)(c - 'A') <= 'Z' - 'A';
            var lower = (uint)(c - 'a') <= 'z' - 'a';
            h = (h ^ (c | (uint)(upper ? 0x20 : 0))) * Prime;
            hyphen |= c == '-';
            letters += upper | lower ? 1 : 0;
            lowerLetter |= lower;
        }

        shape = (hyphen ? TokenShape.Hyphen : TokenShape.None) | AsciiShape(word, kind, letters, lowerLetter);
        return h;
    }

    // The shape of an ASCII token, from the counts the hashing loop kept (as ShapeOf decides it).
    private static TokenShape AsciiShape(ReadOnlySpan<char> word, TokenKind kind, int letters, bool lowerLetter)
    {
        if (kind != TokenKind.Word)
        {
            return TokenShape.None;
        }

        if (IsPossessive(word))
        {
            return TokenShape.Possessive;
        }

        var first = word[0];
        var shape = TokenShape.Word | ((uint)(first - 'A') <= 'Z' - 'A' ? TokenShape.Capitalized
            : (uint)(first - 'a') <= 'z' - 'a' ? TokenShape.Lower : TokenShape.None);
        return !lowerLetter && letters >= 2 ? shape | TokenShape.AllCaps : shape;
    }

    /// <summary>The shape of any token (letters beyond ASCII included), without the hyphen.</summary>
    private static TokenShape ShapeOf(ReadOnlySpan<char> word, TokenKind kind)
    {
        if (kind != TokenKind.Word)
        {
            return TokenShape.None;
        }

        if (IsPossessive(word))
        {
            return TokenShape.Possessive;
        }

        var shape = TokenShape.Word;
        if (char.IsUpper(word[0]))
        {
            shape |= TokenShape.Capitalized;
        }
        else if (char.IsLower(word[0]))
        {
            shape |= TokenShape.Lower;
        }

        // All capitals needs every letter upper case: the first lower-case letter settles it.
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return shape;
                }

                letters++;
            }
        }

        return letters >= 2 ? shape | TokenShape.AllCaps : shape;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[0] is '\'' or '\u2019' && word[1] is 's' or 'S';
}
