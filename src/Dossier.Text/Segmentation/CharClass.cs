using System.Globalization;

namespace Dossier.Text.Segmentation;

/// <summary>Character tests the scanners share, with an ASCII fast path.</summary>
internal static class CharClass
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>A letter or combining mark (accents written as separate code points stay in the word).</summary>
    public static bool IsLetter(char c)
    {
        if (c < 0x80)
        {
            return IsAsciiLetter(c);
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category <= UnicodeCategory.OtherLetter
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    public static bool IsLetterOrDigit(char c) => IsDigit(c) || IsLetter(c);

    /// <summary>An ASCII letter or digit: the test most characters of a word pass.</summary>
    public static bool IsAsciiLetterOrDigit(char c) => IsDigit(c) || IsAsciiLetter(c);

    public static bool IsUpper(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    public static bool IsLower(char c) => c < 0x80 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    public static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t' || (c >= 0x80 && char.IsWhiteSpace(c));

    /// <summary>True at <paramref name="i"/> when the text there is a letter (a surrogate pair counts when it encodes one).</summary>
    public static bool IsLetterAt(string text, int i)
    {
        if ((uint)i >= (uint)text.Length)
        {
            return false;
        }

        var c = text[i];
        if (!char.IsHighSurrogate(c))
        {
            return IsLetter(c);
        }

        return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetter(text, i);
    }

    public static bool IsLetterOrDigitAt(string text, int i) =>
        (uint)i < (uint)text.Length && (IsDigit(text[i]) || IsLetterAt(text, i));

    public static char At(string text, int i) => (uint)i < (uint)text.Length ? text[i] : '\0';
}
