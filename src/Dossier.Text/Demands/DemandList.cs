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
        if (!ix.MayHaveAny(sentence.FirstToken, end, ListVerbs) || !HasColon(ix, sentence.FirstToken, end))
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
            for (var c = first; c < end && c < first + 20; c++)
            {
                if (IsColon(ix, c) && (c == end - 1 || ListMarks.IsBullet(ix, c + 1)))
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
            if (t == end || ListMarks.IsBullet(ix, t))
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

                start = t < end ? t + ListMarks.MarkerLength(ix, t) : -1;
            }
        }

        return items;
    }

    private static readonly WordSet HeaderAdverbs = new("therefore also further furthermore accordingly hereby thus");

    /// <summary>
    /// "The Forum therefore:" over items that each have their own verb ("(a) calls on the M23 to ..."): the subject
    /// tokens of the header and its colon, or null.
    /// </summary>
    public static (int SubjectFirst, int SubjectEnd, int Colon)? SpeakerHeader(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!HasColon(ix, sentence.FirstToken, end))
        {
            return null; // asked of every sentence: nearly none holds a colon, which one search of its text tells
        }

        var subjectFirst = sentence.FirstToken;
        if (ListMarks.IsBullet(ix, subjectFirst))
        {
            while (subjectFirst < end && (!ix.IsWord(subjectFirst) || ix.Tokens[subjectFirst].Kind == TokenKind.Number))
            {
                subjectFirst++; // "8. The Forum therefore:": past the paragraph's number
            }
        }

        for (var c = subjectFirst; c < end && c < subjectFirst + 10; c++)
        {
            if (ix.IsAny(c, ListVerbs) || (ix.IsPunctuation(c) && !IsColon(ix, c)))
            {
                return null;
            }

            if (IsColon(ix, c) && (c == end - 1 || ListMarks.IsBullet(ix, c + 1)))
            {
                var subjectEnd = c;
                while (subjectEnd > subjectFirst && ix.IsAny(subjectEnd - 1, HeaderAdverbs))
                {
                    subjectEnd--;
                }

                return subjectEnd > subjectFirst ? (subjectFirst, subjectEnd, c) : null;
            }
        }

        return null;
    }

    private static bool IsColon(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ':';

    /// <summary>Whether the text of tokens [<paramref name="first"/>, <paramref name="end"/>) holds any colon, a time's or an address's too: a filter before <see cref="IsColon"/>.</summary>
    private static bool HasColon(TokenIndex ix, int first, int end) =>
        end > first && ix.Text.AsSpan(ix.Tokens[first].Start, ix.Tokens[end - 1].End - ix.Tokens[first].Start).Contains(':');
}
