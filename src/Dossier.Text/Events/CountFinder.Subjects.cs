using Dossier.Text.Entities;
using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>A passive verb's figure in a subject told apart from it: across an aside, an apposition, a list of names or shared verbs.</summary>
internal sealed partial class CountFinder
{
    /// <summary>"300 people who fled", "40 men who had been detained": the figure's noun heads a relative clause ending in the verb.</summary>
    internal static bool RelativeSubject(TokenIndex ix, int quantity, int first)
    {
        var q = ix.Doc.Quantities[quantity];
        var (_, end) = ix.TokensIn(q.Noun is { } noun && noun.End > q.Span.End ? new TextSpan(q.Span.Start, noun.End) : q.Span);
        if (ix.Is(end, "from") && ix.Is(end + 1, "the") && ix.IsWord(end + 2) && ix.IsAny(end + 3, Relatives))
        {
            end += 3; // "46 young men from the district who disappeared": where they came from stands before the clause
        }

        if (!ix.IsAny(end, Relatives))
        {
            return false;
        }

        for (var t = end + 1; t < first; t++)
        {
            if (!ix.IsAny(t, Auxiliaries))
            {
                return false;
            }
        }

        return true;
    }

    // Verbs whose subject is the victim, and words that may open the clause of such a subject.
    private static readonly WordSet VictimSubjectVerbs = new("died disappeared vanished fled lost");

    // The first words of phrases whose subject is in a state the act left them in: "remain refugees", "became refugees".
    private static readonly WordSet StateVerbs = new("remain remained became live living");

    /// <summary>The act at <paramref name="first"/> has its victim, not its actor, as subject: "died", "fled", "remain refugees".</summary>
    private static bool VictimIsSubject(TokenIndex ix, int first) => ix.IsAny(first, VictimSubjectVerbs) || ix.IsAny(first, StateVerbs);

    private static readonly WordSet SubjectOpeners = new("after when since as while before until that because");

    /// <summary>
    /// "after five bloggers and activists critical of the army vanished": a figure opening its clause whose
    /// noun phrase runs on to a verb that has its victim as subject (no verb, auxiliary or punctuation between).
    /// </summary>
    private static bool LongSubject(TokenIndex ix, int sentenceFirst, int quantity, int first)
    {
        if (!VictimIsSubject(ix, first))
        {
            return false;
        }

        var (start, end) = ix.QuantityTokens(quantity);
        while (start - 1 >= sentenceFirst && ix.IsAny(start - 1, Skippable))
        {
            start--; // "some", "more than", "the"
        }

        // ", and thousands of people fled": a clause joined by "and" after a comma opens there too.
        var opens = start == sentenceFirst || IsComma(ix, start - 1) || ix.IsAny(start - 1, SubjectOpeners) || ix.DateAt(start - 1) >= 0
            || (ix.IsPunctuation(start - 1) && ix.Text[ix.Tokens[start - 1].Start] == ':') // "16 April: about 4,000 residents fled"
            || (ix.Is(start - 1, "and") && IsComma(ix, start - 2));
        if (!opens || first - end > 8)
        {
            return false;
        }

        for (var t = end; t < first; t++)
        {
            var word = ix.Word(t);
            var participle = t == end + 1 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase); // "37 men arrested after ..."
            // "Two injured protesters died", "Two of the wounded died": an -ed word describing or naming the people.
            participle |= ix.Is(t - 1, "the") || (t + 1 < first && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && !ix.IsAny(t + 1, NotModifiers));
            if (!ix.IsWord(t) || ix.IsAny(t, Auxiliaries) || ix.IsAny(t, Relatives) || ix.IsAny(t, NotInSubject)
                || (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !participle) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Ten people, among them two guards, had been killed", "The two, who had been reporting, were arrested":
    /// the subject's figure before an aside set off by commas; -1 when there is none.
    /// </summary>
    private static int AcrossAside(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        while (t >= sentenceFirst && ix.IsAny(t, Auxiliaries))
        {
            t--;
        }

        if (t < sentenceFirst || !ix.IsPunctuation(t) || ix.Text[ix.Tokens[t].Start] != ',')
        {
            return -1;
        }

        var namesOpening = NamesAsideOpening(ix, sentenceFirst, t);
        for (var u = namesOpening >= 0 ? namesOpening : t - 1; u > sentenceFirst && u > t - 16 - MaxNameAside; u--)
        {
            if (!ix.IsPunctuation(u) || InsideWord(ix, u))
            {
                continue; // "a two-year-old girl": a hyphen inside a word ends no aside
            }

            if (ix.Text[ix.Tokens[u].Start] != ',')
            {
                return -1;
            }

            if ((ix.Is(u + 1, "a") || ix.Is(u + 1, "an")) && !IsAge(ix, u - 1))
            {
                // "ten men from Tarn, a village on the coast, were killed": the figure stands in the phrase the aside describes.
                return Before(ix, sentenceFirst, u);
            }

            // "Five people, three of them children, were killed": a part counted in the aside.
            var partCounted = Usable(ix, u + 1) >= 0 && ix.Is(u + 2, "of") && (ix.Is(u + 3, "them") || ix.Is(u + 3, "whom"));
            if (!ix.IsAny(u + 1, AsideOpeners) && !partCounted && !OfThemWithin(ix, u + 1, t) && u != namesOpening)
            {
                return -1;
            }

            var q = FigureEndingAt(ix, sentenceFirst, u);
            if (q < 0 && u == namesOpening && RelativeOpenerBefore(ix, sentenceFirst, u) is var relative and >= 0)
            {
                q = FigureEndingAt(ix, sentenceFirst, relative); // "Two MPs who had called for reform, Jon Pel and Ali Varn,"
            }

            return q;
        }

        return -1;
    }

    /// <summary>The figure of a noun phrase ending right before <paramref name="end"/>: "Ten people," or "The two,"; -1 when none.</summary>
    private static int FigureEndingAt(TokenIndex ix, int sentenceFirst, int end)
    {
        var q = Usable(ix, end - 1);
        if (q < 0 && ix.IsWord(end - 1) && ix.QuantityAt(end - 1) < 0)
        {
            q = Usable(ix, ix.Is(end - 2, "of") ? end - 3 : end - 2); // "Ten people,", "hundreds of people,"
            var mention = q >= 0 ? ix.Doc.Quantities[q] : null;
            q = mention?.Noun is { } noun && noun.End == ix.Tokens[end - 1].End ? q : -1;
            if (q < 0 && ix.Is(end - 2, "more") && Usable(ix, end - 3) is var further and >= 0)
            {
                q = further; // "three more activists,"
            }

            if (q < 0 && ix.IsWord(end - 2) && !ix.IsAny(end - 2, NotModifiers) && Usable(ix, end - 3) is var named and >= 0)
            {
                q = named; // "Four Iwacu reporters,", "two young activists,": a word naming the kind between figure and noun
            }
        }

        if (q < 0 && ix.QuantityAt(end - 1) < 0)
        {
            q = OfPhraseFigure(ix, sentenceFirst, end); // "Five members of one family, among them a girl,"
        }

        return q >= 0 && ix.QuantityAt(end - 1) is var own && (own == q || own < 0) ? q : -1;
    }

    /// <summary>"the oldest of them 18", "the youngest of whom was nine", "police among them": an aside that speaks of a part of the subject.</summary>
    private static bool OfThemWithin(TokenIndex ix, int first, int end)
    {
        for (var t = first; t + 1 < end; t++)
        {
            if ((ix.Is(t, "of") || ix.Is(t, "among")) && (ix.Is(t + 1, "them") || ix.Is(t + 1, "whom")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hyphen or apostrophe with no space on either side ("two-year-old"), not a mark between words.</summary>
    private static bool InsideWord(TokenIndex ix, int t)
    {
        var c = ix.Text[ix.Tokens[t].Start];
        return c is '-' or '\u2010' or '\'' or '\u2019' && t > 0 && t + 1 < ix.Count
            && ix.Tokens[t - 1].End == ix.Tokens[t].Start && ix.Tokens[t + 1].Start == ix.Tokens[t].End;
    }

    /// <summary>
    /// "Five members of one family" before an aside at <paramref name="comma"/>: the figure opening a noun phrase whose
    /// head an "of" phrase follows; -1 when the words before the comma are anything else.
    /// </summary>
    private static int OfPhraseFigure(TokenIndex ix, int sentenceFirst, int comma)
    {
        var sawOf = false;
        for (var t = comma - 1; t >= sentenceFirst && t > comma - 8; t--)
        {
            if (ix.Is(t, "of"))
            {
                sawOf = true;
                continue;
            }

            if (!ix.IsWord(t) || ix.IsAny(t, ClauseOpeners) || ix.IsAny(t, Auxiliaries))
            {
                return -1;
            }

            if (sawOf && Usable(ix, t) is var q and >= 0 && ix.QuantityAt(t) == q)
            {
                var (start, _) = ix.QuantityTokens(q);
                return start == sentenceFirst || IsComma(ix, start - 1) || ix.DateAt(start - 1) >= 0 ? q : -1; // "On 3 May five members of ..."
            }
        }

        return -1;
    }

    // Words that open another clause: a verb after one of them has a subject of its own.
    private static readonly WordSet ClauseOpeners = new("but while whereas who which that whom after before when because since until if");

    /// <summary>
    /// "more than 8,000 men were separated from their families, taken to fields and shot": the last of several passive
    /// verbs that share one auxiliary counts the subject of the first.
    /// </summary>
    // Words that open an active verb's object: "killed a boy", "detained the editor", "wounded his brother".
    private static readonly WordSet ObjectOpeners = new("a an the his her their its one another");
    private static readonly WordSet TimeAdjectives = new("next following same previous day night morning evening");

    private static int SharedPassiveSubject(TokenIndex ix, int sentenceFirst, int first, int end)
    {
        if (!ix.Is(first - 1, "and") && !IsComma(ix, first - 1))
        {
            return -1;
        }

        if (ix.IsAny(end, ObjectOpeners) && ix.DateAt(end) < 0 && ix.DateAt(end + 1) < 0 && !ix.IsAny(end + 1, TimeAdjectives))
        {
            return -1; // "30 police were deployed, opened fire and killed a boy": an active verb with its own object
        }

        for (var t = first - 2; t > sentenceFirst && t > first - 24; t--)
        {
            if (ix.IsAny(t, ClauseOpeners) || ix.QuantityAt(t) >= 0 || (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ';' or ':' or '(' or ')'))
            {
                return -1;
            }

            if ((ix.Is(t, "were") || ix.Is(t, "was") || ix.Is(t, "been")) && ix.IsWord(t + 1) && !ix.IsAny(t + 1, Auxiliaries))
            {
                var subject = Before(ix, sentenceFirst, t);
                return subject >= 0 ? subject : AcrossAside(ix, sentenceFirst, t);
            }
        }

        return -1;
    }

    /// <summary>
    /// "three other men, Ali Hassan, Omar Said and Karim Aziz, who were also arrested": the figure before the names a
    /// relative clause follows counts them; -1 when no such list of names stands before "who".
    /// </summary>
    private static int BeforeNamedApposition(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        while (t > sentenceFirst && ix.IsAny(t, Auxiliaries))
        {
            t--;
        }

        if (!(ix.Is(t, "who") || ix.Is(t, "whom")) || !IsComma(ix, t - 1))
        {
            return -1;
        }

        for (var u = t - 2; u > sentenceFirst && u > t - 24; u--)
        {
            if (IsComma(ix, u))
            {
                if (Before(ix, sentenceFirst, u) is var q and >= 0)
                {
                    return q;
                }

                continue;
            }

            if (!(ix.IsWord(u) && (HasCapital(ix.Word(u)) || ix.Is(u, "and") || EntityLexicon.Particles.Contains(ix.Word(u)))) && !ix.Is(u, "-"))
            {
                return -1; // only names stand between the figure and "who"
            }
        }

        return -1;
    }

    /// <summary>"Hassan", "al-Hassan": a word of a name has a capital somewhere.</summary>
    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Eight people including a child died": the subject's figure, past the part it includes.</summary>
    private static bool IncludingBetween(TokenIndex ix, int quantity, int first)
    {
        var (_, end) = ix.QuantityTokens(quantity);
        for (var t = end; t < first && t < end + 10; t++)
        {
            if (ix.Is(t, "including"))
            {
                return true;
            }
        }

        return false;
    }
}
