using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// Demands set out as a list: "The Collective calls on the Government to:" followed by bullet lines,
/// or "The Alliance calls on:" followed by "- the UN to ...;" lines. The lines may sit in the header's
/// sentence or in the sentences after it. Stateless.
/// </summary>
internal static class DemandList
{
    private static readonly WordSet ListVerbs = new(
        "calls call called urges urge urged asks ask asked demands demand demanded");

    /// <summary>A list header: the verb, the addressee tokens (empty for "calls on:") and the colon.</summary>
    public static (int Verb, int AddresseeFirst, int AddresseeEnd, int Colon)? Header(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        for (var t = sentence.FirstToken; t < end - 1; t++)
        {
            if (!ix.IsAny(t, ListVerbs))
            {
                continue;
            }

            var first = ix.Is(t + 1, "on") || ix.Is(t + 1, "upon") ? t + 2 : t + 1;
            for (var c = first; c < end && c < first + 20; c++)
            {
                if (IsColon(ix, c) && (c == end - 1 || IsBullet(ix, c + 1)))
                {
                    return (t, first, ix.Is(c - 1, "to") ? c - 1 : c, c);
                }
            }
        }

        return null;
    }

    /// <summary>The bullet items in tokens [from, end): each as a token range without bullet or closing punctuation.</summary>
    public static List<(int First, int End)> Items(TokenIndex ix, int from, int end)
    {
        var items = new List<(int, int)>();
        var start = -1;
        for (var t = from; t <= end; t++)
        {
            if (t == end || IsBullet(ix, t))
            {
                if (start >= 0)
                {
                    var stop = t;
                    while (stop > start && ix.IsPunctuation(stop - 1))
                    {
                        stop--;
                    }

                    if (stop > start)
                    {
                        items.Add((start, stop));
                    }
                }

                start = t < end ? t + (ix.Tokens[t].Kind == TokenKind.Number ? 2 : 1) : -1;
            }
        }

        return items;
    }

    /// <summary>A bullet: '-', '*' or a bullet sign, or "1." / "1)", first on its line.</summary>
    public static bool IsBullet(TokenIndex ix, int t)
    {
        if (t < 0 || t >= ix.Count || !StartsLine(ix, t))
        {
            return false;
        }

        var c = ix.Text[ix.Tokens[t].Start];
        return c is '\u2022' or '-' or '*' or '\u25AA' or '\u25CF' or '\u2023'
            || (ix.Tokens[t].Kind == TokenKind.Number && t + 1 < ix.Count && ix.Text[ix.Tokens[t + 1].Start] is '.' or ')');
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

    private static bool IsColon(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ':';
}
