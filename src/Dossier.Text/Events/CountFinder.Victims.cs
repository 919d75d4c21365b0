using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>A single victim named by the report: "Ana Ruiz was shot dead", "the editor Tomas Berg died".</summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet PassiveLinks = new("was been");

    /// <summary>
    /// The span of a person named right before the verb, as its subject ("Ana Ruiz died") or the subject of its
    /// passive ("Ana Ruiz was killed", "Ana Ruiz had been detained"); null when the subject is no named person.
    /// </summary>
    public static TextSpan? NamedVictim(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        if (ix.Is(t, "and") && ix.IsWord(t - 1) && ix.IsAny(t - 2, PassiveLinks))
        {
            t -= 2; // "was beaten and shot dead": the second of two verbs shares the subject
        }

        if (ix.IsAny(t, PassiveLinks))
        {
            t--;
            if (ix.Is(t, "had") || ix.Is(t, "has"))
            {
                t--;
            }
        }

        t = BeforeApposition(ix, sentenceFirst, t);
        if (t < sentenceFirst || ix.EntityAt(t) is not (var mention and >= 0))
        {
            return null;
        }

        var person = ix.Doc.EntityMentions[mention];
        if (person.Type != EntityType.Person || ix.Tokens[t].End != person.Span.End)
        {
            return null;
        }

        // "Ana Ruiz and two of her sons were killed": a named subject joined to others is counted elsewhere.
        var (start, _) = ix.TokensIn(person.Span);
        return ix.IsAny(start - 1, Alternatives) ? null : person.Span;
    }

    /// <summary>"Ana Ruiz, a local reporter, was killed": the token before an apposition that ends at <paramref name="t"/>.</summary>
    private static int BeforeApposition(TokenIndex ix, int sentenceFirst, int t)
    {
        if (!IsComma(ix, t))
        {
            return t;
        }

        for (var u = t - 1; u > sentenceFirst && u > t - 10; u--)
        {
            if (IsComma(ix, u))
            {
                return ix.IsAny(u + 1, Singles) || ix.Is(u + 1, "the") ? u - 1 : -1;
            }
        }

        return -1;
    }

    private static bool IsComma(TokenIndex ix, int t) => t >= 0 && ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',';
}
