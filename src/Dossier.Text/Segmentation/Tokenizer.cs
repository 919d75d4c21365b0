using System.Globalization;
using System.Text;
using Dossier.Text.Lexicons;
using Dossier.Text.Model;

namespace Dossier.Text.Segmentation;

/// <summary>
/// A single left-to-right scan that cuts normalised text into tokens. Words keep internal apostrophes
/// and hyphens ("al-Maliki", "vis-à-vis"); a possessive "'s" is its own token; abbreviations, initials
/// and dotted acronyms keep their full stop ("Mr.", "J.", "U.S."); numbers keep group separators and
/// decimals ("17,500", "2,800.5", "01.09.2013") and an ordinal or decade suffix ("13th", "1990s");
/// runs of '.', '-', '!' or '?' are one token.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, List<Token> tokens) => Tokenize(text, tokens, null);

    /// <summary>
    /// Cuts <paramref name="text"/> into <paramref name="tokens"/> and, when <paramref name="keys"/> is given, adds every
    /// token's key and shape to it (see <see cref="WordKeys"/>): a plain word is hashed while it is read.
    /// </summary>
    public static void Tokenize(string text, List<Token> tokens, WordKeys.Builder? keys)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || (c < ' ' ? CharClass.IsSpace(c) : c >= 0x80 && CharClass.IsSpace(c)))
            {
                i++; // most gaps are one plain space, and most tokens open with a printable ASCII character: no call
                continue;
            }

            var start = i;
            TokenKind kind;
            if (CharClass.IsDigit(c))
            {
                i = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (CharClass.IsLetterAt(text, i))
            {
                // The ASCII letters and digits a word opens with (most words have nothing else), hashed as they are read.
                var (hash, letters, lowerLetter) = (WordKeys.EmptyHash, 0, false);
                var plainEnd = i;
                while (plainEnd < text.Length && CharClass.IsAsciiLetterOrDigit(text[plainEnd]))
                {
                    var ch = text[plainEnd++];
                    var lower = (uint)(ch - 'a') <= 'z' - 'a';
                    hash = WordKeys.HashAscii(hash, ch);
                    letters += lower || (uint)(ch - 'A') <= 'Z' - 'A' ? 1 : 0;
                    lowerLetter |= lower;
                }

                // A space or most punctuation after them ends the word there; anything else ScanWord reads on.
                i = plainEnd < text.Length && text[plainEnd] is not ('-' or '\'' or '.') && text[plainEnd] < 0x80
                    ? plainEnd
                    : ScanWord(text, start, plainEnd);
                tokens.Add(new Token(start, i, TokenKind.Word));
                if (i == plainEnd)
                {
                    keys?.AddPlainWord(hash, text.AsSpan(start, i - start), letters, lowerLetter);
                }
                else
                {
                    keys?.Add(text.AsSpan(start, i - start), TokenKind.Word);
                }

                continue;
            }
            else if (c == '\'' && IsPossessive(text, i, tokens))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                i = ScanOther(text, i, out kind);
            }

            tokens.Add(new Token(start, i, kind));
            keys?.Add(text.AsSpan(start, i - start), kind);
        }
    }

    private static int ScanNumber(string text, int i)
    {
        i = SkipDigits(text, i);
        while (i + 1 < text.Length)
        {
            var c = text[i];
            if (c == ',' && ThreeDigitGroup(text, i + 1))
            {
                i = SkipDigits(text, i + 1);
            }
            else if (c == '.' && CharClass.IsDigit(text[i + 1]))
            {
                i = SkipDigits(text, i + 1);
            }
            else
            {
                break;
            }
        }

        // Ordinal ("1st", "13th") or decade ("1990s") suffix, only when no further letter follows.
        var a = char.ToLowerInvariant(CharClass.At(text, i));
        var b = char.ToLowerInvariant(CharClass.At(text, i + 1));
        if ((a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h') && !CharClass.IsLetterOrDigitAt(text, i + 2))
        {
            return i + 2;
        }

        return a == 's' && !CharClass.IsLetterOrDigitAt(text, i + 1) ? i + 1 : i;
    }

    private static bool ThreeDigitGroup(string text, int i) =>
        i + 2 < text.Length && CharClass.IsDigit(text[i]) && CharClass.IsDigit(text[i + 1]) && CharClass.IsDigit(text[i + 2])
        && !CharClass.IsDigit(CharClass.At(text, i + 3));

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && CharClass.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of the word that starts at <paramref name="start"/>, read on from <paramref name="i"/> (its characters before are letters or digits).</summary>
    private static int ScanWord(string text, int start, int i)
    {
        while (i < text.Length)
        {
            if (CharClass.IsAsciiLetterOrDigit(text[i]))
            {
                i++; // the usual character: no surrogate, no joiner to look past
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && CharClass.IsLetterAt(text, i))
            {
                i += 2;
            }
            else if (CharClass.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is '-' or '\'' && CharClass.IsLetterOrDigitAt(text, i + 1) && !IsPossessiveAt(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (CharClass.At(text, i) != '.')
        {
            return i;
        }

        // Dotted acronyms and abbreviations like "e.g." and "U.S.A.": letter, stop, letter, stop...
        if (i - start == 1 && CharClass.IsLetter(CharClass.At(text, i + 1)) && CharClass.At(text, i + 2) == '.')
        {
            while (CharClass.At(text, i) == '.' && CharClass.IsLetter(CharClass.At(text, i + 1)) && CharClass.At(text, i + 2) == '.')
            {
                i += 2;
            }

            return i + 1;
        }

        var word = text.AsSpan(start, i - start);
        var keepsStop = Abbreviations.IsAbbreviation(word)
            || (word.Length == 1 && CharClass.IsUpper(word[0]))
            || (word is "No" or "no" or "Art" && NextNonSpaceIsDigit(text, i + 1));
        return keepsStop && CharClass.At(text, i + 1) != '.' ? i + 1 : i;
    }

    private static bool NextNonSpaceIsDigit(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return CharClass.IsDigit(CharClass.At(text, i));
    }

    private static bool IsPossessiveAt(string text, int apostrophe) =>
        CharClass.At(text, apostrophe) == '\''
        && CharClass.At(text, apostrophe + 1) is 's' or 'S'
        && !CharClass.IsLetterOrDigitAt(text, apostrophe + 2);

    private static bool IsPossessive(string text, int i, List<Token> tokens) =>
        IsPossessiveAt(text, i) && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Kind is TokenKind.Word or TokenKind.Number;

    private static int ScanOther(string text, int i, out TokenKind kind)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var category = Rune.GetUnicodeCategory(new Rune(c, text[i + 1]));
            kind = IsPunctuation(category) ? TokenKind.Punctuation : TokenKind.Symbol;
            return i + 2;
        }

        if (char.IsSurrogate(c))
        {
            kind = TokenKind.Symbol;
            return i + 1;
        }

        kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        var end = i + 1;
        if (c is '.' or '-' or '!' or '?')
        {
            while (end < text.Length && text[end] == c)
            {
                end++;
            }
        }

        return end;
    }

    private static bool IsPunctuation(UnicodeCategory category) =>
        category is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation;
}
