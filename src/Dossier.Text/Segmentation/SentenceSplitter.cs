using Dossier.Text.Model;

namespace Dossier.Text.Segmentation;

/// <summary>
/// Splits the tokens of one paragraph into sentences. A sentence ends at '.', '!' or '?' (with any
/// closing quotes or brackets glued to it) when the next token does not continue it: a lower-case word,
/// a comma or a colon continues ('"Stop!" he said', '"Go." she said'). Abbreviations keep their stop in
/// the token and so never end a sentence, except "etc.", "Inc." and the like before a capital.
/// The end of a paragraph always ends a sentence, so a headline is its own sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static void Split(string text, List<Token> tokens, int firstToken, int endToken, int paragraph, List<Sentence> sentences)
    {
        var start = firstToken;
        for (var k = firstToken; k < endToken; k++)
        {
            var token = tokens[k];
            int last;
            if (IsTerminal(text, token))
            {
                last = k;
                while (last + 1 < endToken && IsCloser(text, tokens[last + 1]) && tokens[last + 1].Start == tokens[last].End)
                {
                    last++;
                }
            }
            else if (token.Kind == TokenKind.Word && text[token.End - 1] == '.'
                && Abbreviations.MayEndSentence(text.AsSpan(token.Start, token.Length)))
            {
                last = k;
            }
            else
            {
                continue;
            }

            if (last + 1 < endToken && Continues(text, tokens[last + 1]) || IsListMarker(text, tokens, start, k))
            {
                k = last;
                continue;
            }

            Add(tokens, start, last + 1, paragraph, sentences);
            start = last + 1;
            k = last;
        }

        Add(tokens, start, endToken, paragraph, sentences);
    }

    // "1. In the early morning ...", "a. The first ...": a number or letter opening the sentence, then a stop.
    private static bool IsListMarker(string text, List<Token> tokens, int start, int stop) =>
        stop == start + 1 && text[tokens[stop].Start] == '.' && tokens[stop].Length == 1
        && (tokens[start].Kind == TokenKind.Number && tokens[start].Length <= 3
            || tokens[start].Kind == TokenKind.Word && tokens[start].Length == 1 && CharClass.IsLower(text[tokens[start].Start]));

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?';

    private static bool IsCloser(string text, Token token) =>
        token.Length == 1 && text[token.Start] is '"' or '\'' or ')' or ']' or '}';

    private static bool Continues(string text, Token next)
    {
        var c = text[next.Start];
        return CharClass.IsLower(c) || c is ',' or ';' or ':' or ')' or '.' || (c == '-' && next.Length == 1 && IsGlued(text, next));
    }

    // "word.-word" is not a sentence break; a spaced dash after a stop is ("... 2019. - Next").
    private static bool IsGlued(string text, Token next) => next.Start > 0 && !CharClass.IsSpace(text[next.Start - 1]);

    private static void Add(List<Token> tokens, int from, int to, int paragraph, List<Sentence> sentences)
    {
        if (to <= from)
        {
            return;
        }

        sentences.Add(new Sentence(tokens[from].Start, tokens[to - 1].End, from, to - from, paragraph));
    }
}
