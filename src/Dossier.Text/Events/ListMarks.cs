using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>The marks that open the items of a list: "-", "*", "1.", "b)", "(iv)", first on their line.</summary>
internal static class ListMarks
{
    /// <summary>A bullet: '-', '*' or a bullet sign, or "1." / "1)", first on its line.</summary>
    public static bool IsBullet(TokenIndex ix, int t)
    {
        if (t < 0 || t >= ix.Count || !StartsLine(ix, t))
        {
            return false;
        }

        var c = ix.Text[ix.Tokens[t].Start];
        return c is '\u2022' or '-' or '*' or '\u25AA' or '\u25CF' or '\u2023'
            || (ix.Tokens[t].Kind == TokenKind.Number && t + 1 < ix.Count && ix.Text[ix.Tokens[t + 1].Start] is '.' or ')')
            || LetterMarker(ix, c == '(' ? t + 1 : t);
    }

    /// <summary>How many tokens the bullet at <paramref name="t"/> takes: "-" 1, "1." 2, "b)" 2, "(iv)" 3.</summary>
    public static int MarkerLength(TokenIndex ix, int t) =>
        ix.Tokens[t].Kind == TokenKind.Number ? 2
        : ix.Text[ix.Tokens[t].Start] == '(' && LetterMarker(ix, t + 1) ? 3
        : LetterMarker(ix, t) ? 2
        : 1;

    /// <summary>"(a)", "b)", "(iv)": a letter or roman numeral closed by a bracket.</summary>
    private static bool LetterMarker(TokenIndex ix, int t) =>
        t + 1 < ix.Count && ix.IsWord(t) && ix.Tokens[t].Length <= 4 && ix.Text[ix.Tokens[t + 1].Start] == ')'
        && (ix.Tokens[t].Length == 1 || IsRoman(ix.Word(t)));

    private static bool IsRoman(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token of the bulleted item ("- ", "* ", "• ") sentence <paramref name="sentenceIndex"/> stands in, or -1
    /// outside such a list; numbered paragraphs ("1.", "2.") continue one account and open no item here.
    /// </summary>
    public static int ItemOf(TokenIndex ix, int sentenceIndex)
    {
        var sentences = ix.Doc.Sentences;
        for (var s = sentenceIndex; s >= 0 && sentences[s].Paragraph == sentences[sentenceIndex].Paragraph; s--)
        {
            var first = sentences[s].FirstToken;
            if (IsBullet(ix, first) && ix.IsPunctuation(first) && MarkerLength(ix, first) == 1)
            {
                return first;
            }
        }

        return -1;
    }

    /// <summary>
    /// "19 July – The bloodiest day. Dozens are killed.": the date that heads the paragraph of sentence
    /// <paramref name="sentenceIndex"/> as an item of a chronicle (a date first, then a dash or colon), or -1.
    /// </summary>
    public static int ItemHeadDate(TokenIndex ix, int sentenceIndex)
    {
        var sentences = ix.Doc.Sentences;
        var s = sentenceIndex;
        while (s > 0 && sentences[s - 1].Paragraph == sentences[sentenceIndex].Paragraph)
        {
            s--;
        }

        var start = sentences[s].FirstToken;
        if (IsBullet(ix, start))
        {
            start += MarkerLength(ix, start);
        }

        var d = ix.DateAt(start);
        if (d < 0)
        {
            return -1;
        }

        var end = ix.DateTokens(d).End;
        return end < ix.Count && ix.IsPunctuation(end) && ix.Text[ix.Tokens[end].Start] is '-' or ':' ? d : -1;
    }

    /// <summary>
    /// "2. open an independent investigation", "- 3 April: ...": token <paramref name="t"/> is the first after a
    /// bullet's mark.
    /// </summary>
    public static bool ItemStartsAt(TokenIndex ix, int t)
    {
        for (var b = t - 1; b >= 0 && b >= t - 3; b--)
        {
            if (IsBullet(ix, b) && b + MarkerLength(ix, b) == t)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsLine(TokenIndex ix, int t)
    {
        for (var i = ix.Tokens[t].Start - 1; i >= 0; i--)
        {
            var c = ix.Text[i];
            if (c == '\n')
            {
                return true;
            }

            if (c != ' ' && c != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
