using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// Whom an open letter is written to, from its address line ("To the Prime Minister of the United Kingdom, the President
/// of the United States and the President of the French Republic"): the "you" its demands are put to. Stateless.
/// </summary>
internal static class LetterAddressees
{
    private const int MaxLineTokens = 40;
    private const int Paragraphs = 5;

    private static readonly WordSet Openers = new("to dear");
    private static readonly WordSet Leading = new("the his her their");

    /// <summary>The addressees named on the letter's address line, or none when it has no such line.</summary>
    public static IReadOnlyList<ExtractedName> Find(TokenIndex ix)
    {
        var paragraphs = ix.Doc.Paragraphs;
        for (var p = 0; p < Paragraphs && p < paragraphs.Count; p++)
        {
            var (first, end) = ix.TokensIn(paragraphs[p]);
            if (end - first < 2 || end - first > MaxLineTokens || !ix.IsAny(first, Openers) || !ix.IsCapitalised(first) || EndsSentence(ix, end))
            {
                continue;
            }

            var names = new List<ExtractedName>();
            var partStart = first + 1;
            for (var t = first + 1; t <= end; t++)
            {
                if (t == end || CountFinder.IsComma(ix, t) || ix.Is(t, "and") || ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ':')
                {
                    var f = partStart;
                    while (f < t && ix.IsAny(f, Leading))
                    {
                        f++;
                    }

                    if (t > f && ix.IsCapitalised(f))
                    {
                        names.Add(new ExtractedName(ix.TextOf(f, t)) { Spans = [ix.SpanOf(f, t)] });
                    }

                    partStart = t + 1;
                }
            }

            return names;
        }

        return [];
    }

    /// <summary>A line that ends in a full stop is a sentence ("To date, no one has been charged."), not an address.</summary>
    private static bool EndsSentence(TokenIndex ix, int end) =>
        ix.IsPunctuation(end - 1) && ix.Text[ix.Tokens[end - 1].Start] is '.' or '?' or '!';
}
