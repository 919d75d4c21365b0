using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// Demands set out as a list: "The Collective calls on the Government to:" followed by bullet lines,
/// or "The Alliance calls on:" followed by "- the UN to ...;" lines. Stateless.
/// </summary>
internal static class DemandList
{
    private static readonly WordSet ListVerbs = new(
        "calls call called urges urge urged asks ask asked demands demand demanded");

    /// <summary>When the sentence opens a list, who speaks and to whom (addressees empty for "calls on:").</summary>
    public static (int Verb, int AddresseeFirst, int AddresseeEnd)? Header(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (end - sentence.FirstToken < 3 || !IsColon(ix, end - 1))
        {
            return null;
        }

        for (var t = sentence.FirstToken; t < end - 1; t++)
        {
            if (!ix.IsAny(t, ListVerbs))
            {
                continue;
            }

            var first = ix.Is(t + 1, "on") || ix.Is(t + 1, "upon") ? t + 2 : t + 1;
            var stop = ix.Is(end - 2, "to") ? end - 2 : end - 1;
            return (t, first, stop);
        }

        return null;
    }

    /// <summary>The token range of a bullet line's text (without the bullet and the closing ';'), or null.</summary>
    public static (int First, int End)? Bullet(TokenIndex ix, Sentence sentence)
    {
        var first = sentence.FirstToken;
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (end - first < 2)
        {
            return null;
        }

        var c = ix.Text[ix.Tokens[first].Start];
        var bulleted = c is '\u2022' or '-' or '*' or '\u25AA' or '\u25CF' || (ix.Tokens[first].Kind == TokenKind.Number && ix.Text[ix.Tokens[first + 1].Start] is '.' or ')');
        if (!bulleted)
        {
            return null;
        }

        first += ix.Tokens[first].Kind == TokenKind.Number ? 2 : 1;
        while (end > first && ix.IsPunctuation(end - 1))
        {
            end--;
        }

        return end > first ? (first, end) : null;
    }

    private static bool IsColon(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ':';
}
