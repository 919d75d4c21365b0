using Dossier.Text.Model;
using Dossier.Text.Temporal;

namespace Dossier.Text.Segmentation;

/// <summary>
/// Finds a dateline at the start of the report's first body paragraph: capitalised place words, an
/// optional agency in brackets, an optional date, then a spaced dash ("GENEVA, 14 March 2019 –",
/// "NAIROBI (Reuters) -", "Kabul, Afghanistan — ", "(Manila, 2 October 2017) –"). Headlines (short lines without closing
/// punctuation) and header labels before the body are skipped.
/// </summary>
internal static class DatelineFinder
{
    private const int MaxTokens = 16;
    private const int ParagraphsToTry = 3;

    public static TextSpan? Find(string text, List<TextSpan> paragraphs, List<Token> tokens)
    {
        var tokenIndex = 0;
        for (var p = 0; p < paragraphs.Count && p < ParagraphsToTry; p++)
        {
            var paragraph = paragraphs[p];
            while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < paragraph.Start)
            {
                tokenIndex++;
            }

            // Headlines and header labels ("STATEMENT - Rights Forum") come before the body; a dateline opens the body.
            if (!IsHeadline(text, paragraph))
            {
                return Match(text, tokens, tokenIndex, paragraph.End);
            }

            // "GENEVA (9 April 2024) – Spokesperson for the High Commissioner: ...": a dated dateline on a line of its own.
            // "14 May 2012 – for immediate release" stays a header line.
            if (Match(text, tokens, tokenIndex, paragraph.End) is { } line && HasDate(text, tokens, tokenIndex, line)
                && line.End < paragraph.End && CharClass.IsUpper(text[SkipSpaces(text, line.End)]))
            {
                return line;
            }
        }

        return null;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length - 1 && CharClass.IsSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool HasDate(string text, List<Token> tokens, int first, TextSpan line)
    {
        var (number, month) = (false, false);
        for (var k = first; k < tokens.Count && tokens[k].End <= line.End; k++)
        {
            number |= tokens[k].Kind == TokenKind.Number;
            month |= tokens[k].Kind == TokenKind.Word && TemporalLexicon.TryMonth(text.AsSpan(tokens[k].Start, tokens[k].Length), out _);
        }

        return number && month;
    }

    private static bool IsHeadline(string text, TextSpan paragraph) =>
        paragraph.Length < 200 && text[paragraph.End - 1] is not ('.' or '!' or '?' or '"' or '\'');

    private static TextSpan? Match(string text, List<Token> tokens, int first, int paragraphEnd)
    {
        // A place ("GENEVA") or a date ("14 March 2019 - ...") opens a dateline, which may stand in brackets
        // ("(Manila, 2 October 2017) –").
        var opening = first < tokens.Count && tokens[first].Kind == TokenKind.Punctuation && text[tokens[first].Start] == '(' ? first + 1 : first;
        if (opening >= tokens.Count || !(tokens[opening].Kind == TokenKind.Number || tokens[opening].Kind == TokenKind.Word && CharClass.IsUpper(text[tokens[opening].Start])))
        {
            return null;
        }

        var depth = 0;
        for (var k = first; k < tokens.Count && k < first + MaxTokens && tokens[k].End <= paragraphEnd; k++)
        {
            var token = tokens[k];
            var c = text[token.Start];
            if (token.Kind == TokenKind.Punctuation && c == '-' && k > first && depth == 0 && SpacedDash(text, token))
            {
                var follows = k + 1 < tokens.Count && tokens[k + 1].End <= paragraphEnd;
                if (tokens[opening].Kind == TokenKind.Number && (PlaceHead(text, tokens, k + 1, paragraphEnd) || !HasYear(tokens, opening, k)))
                {
                    return null; // "12 May – Panjgur: the body of ...", "3 May – Police detain ...": a digest item's head, not a dateline
                }

                var close = DateAfterDash(text, tokens, k + 1, paragraphEnd);
                return follows ? new TextSpan(tokens[first].Start, (close >= 0 ? tokens[close] : token).End) : null;
            }

            var allowed = token.Kind switch
            {
                TokenKind.Word => CharClass.IsUpper(c) || IsLinkWord(text, token),
                TokenKind.Number => true,
                _ => c is ',' or '.' or '/' or '(' or ')',
            };
            if (!allowed)
            {
                return null;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }

        return null;
    }

    /// <summary>"Beirut – 14 June 2023: Amnesty said": the date between the dash and a colon or second dash belongs to the dateline; the closing mark's token, or -1.</summary>
    private static int DateAfterDash(string text, List<Token> tokens, int from, int paragraphEnd)
    {
        var (number, month) = (false, false); // "14 June 2023", never "14 Ukrainians"
        for (var j = from; j < tokens.Count && j < from + 6 && tokens[j].End <= paragraphEnd; j++)
        {
            var token = tokens[j];
            var c = text[token.Start];
            if (token.Kind == TokenKind.Punctuation && (c == ':' || c == '-' && SpacedDash(text, token)))
            {
                return number && month && j + 1 < tokens.Count && tokens[j + 1].End <= paragraphEnd ? j : -1;
            }

            number |= token.Kind == TokenKind.Number;
            month |= token.Kind == TokenKind.Word && TemporalLexicon.TryMonth(text.AsSpan(token.Start, token.Length), out _);
            if (!(token.Kind == TokenKind.Number || token.Kind == TokenKind.Word && CharClass.IsUpper(c) || c == ','))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HasYear(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && tokens[k].Length == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A few capitalised words and a colon: the place that heads a dated item.</summary>
    private static bool PlaceHead(string text, List<Token> tokens, int from, int paragraphEnd)
    {
        for (var j = from; j < tokens.Count && j < from + 4 && tokens[j].End <= paragraphEnd; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Punctuation && text[token.Start] == ':')
            {
                return j > from;
            }

            if (token.Kind != TokenKind.Word || !CharClass.IsUpper(text[token.Start]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool SpacedDash(string text, Token dash) =>
        dash.Start > 0 && CharClass.IsSpace(text[dash.Start - 1]) || dash.Length > 1;

    // Lower-case words that occur inside place names ("Rio de Janeiro", "Bandar-e Abbas", "Isle of Man").
    private static bool IsLinkWord(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is "de" or "del" or "da" or "do" or "di" or "of" or "la" or "le" or "el" or "al" or "upon" or "am" or "an";
}
