using System.Globalization;
using Dossier.Text.Model;

namespace Dossier.Text.Segmentation;

/// <summary>
/// Bounds-checked, allocation-free reads over a document's tokens: the text of token k as a span,
/// case-insensitive word tests, small integers, and whether two tokens touch. Indexes outside the
/// token list read as nothing, so scanners can look ahead without checks.
/// </summary>
public readonly struct TokenReader(string text, IReadOnlyList<Token> tokens)
{
    // The tokens as an array (the document's shared one when given it): every read goes through here, where a
    // list behind an interface costs a call per token.
    private readonly Token[] _tokens = tokens as Token[] ?? [.. tokens];

    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The tokens as a span: what the scanners index, without the list interface's call per read.</summary>
    internal ReadOnlySpan<Token> AllTokens => _tokens;

    public int Count => _tokens.Length;

    public bool Has(int k) => (uint)k < (uint)_tokens.Length;

    public ReadOnlySpan<char> Span(int k) => Has(k) ? Text.AsSpan(_tokens[k].Start, _tokens[k].Length) : default;

    /// <summary>The token's text without a trailing full stop ("Sept." reads "Sept").</summary>
    public ReadOnlySpan<char> Bare(int k)
    {
        var span = Span(k);
        return span.Length > 1 && span[^1] == '.' ? span[..^1] : span;
    }

    public TokenKind? Kind(int k) => Has(k) ? _tokens[k].Kind : null;

    public bool IsWord(int k) => Has(k) && _tokens[k].Kind == TokenKind.Word;

    public bool IsNumber(int k) => Has(k) && _tokens[k].Kind == TokenKind.Number;

    /// <summary>True when token k is <paramref name="word"/>, ignoring case.</summary>
    /// <remarks>Most tokens differ from the word in length, which is tested first without a call into the comparison.</remarks>
    public bool Is(int k, string word) =>
        Has(k) && _tokens[k].Length == word.Length && Span(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int k, string a, string b) => Is(k, a) || Is(k, b);

    public bool IsAny(int k, string a, string b, string c) => Is(k, a) || Is(k, b) || Is(k, c);

    /// <summary>The first character of token k, or '\0'.</summary>
    public char First(int k) => Has(k) ? Text[_tokens[k].Start] : '\0';

    public bool IsCapitalised(int k) => Has(k) && char.IsUpper(Text[_tokens[k].Start]);

    public bool IsPunct(int k, char c) => Has(k) && _tokens[k].Length == 1 && Text[_tokens[k].Start] == c;

    /// <summary>A dash token ("-", "--"), after normalisation every dash is '-'.</summary>
    public bool IsDash(int k) => Has(k) && _tokens[k].Kind == TokenKind.Punctuation && Text[_tokens[k].Start] == '-';

    /// <summary>True when token k starts exactly where token k-1 ends (no space between).</summary>
    public bool Touches(int k) => Has(k) && k > 0 && _tokens[k].Start == _tokens[k - 1].End;

    /// <summary>A plain run of digits (no separators) of 1 to <paramref name="maxDigits"/> digits.</summary>
    public bool TryDigits(int k, int maxDigits, out int value)
    {
        value = 0;
        var span = Span(k);
        if (span.Length == 0 || span.Length > maxDigits || !IsNumber(k))
        {
            return false;
        }

        return int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A day of the month, with or without an ordinal suffix ("1", "01", "1st", "13th").</summary>
    public bool TryDay(int k, out int day)
    {
        day = 0;
        var span = Span(k);
        if (!IsNumber(k) || span.Length is 0 or > 4)
        {
            return false;
        }

        if (span.Length > 2 && char.IsAsciiLetter(span[^1]))
        {
            if (!Quantities.NumberWords.IsOrdinalSuffix(span[^2..]))
            {
                return false;
            }

            span = span[..^2];
        }

        return span.Length is 1 or 2 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    public TextSpan SpanOf(int first, int last) => new(_tokens[first].Start, _tokens[last].End);
}
