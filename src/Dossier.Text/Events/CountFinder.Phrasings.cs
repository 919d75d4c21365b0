using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>The less direct ways a report ties a figure to an act: relative clauses, totals, "N dead", a single victim.</summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet ClauseJoins = new("and but while whereas");
    private static readonly WordSet Relatives = new("who that which whom");
    private static readonly WordSet TotalVerbs = new("rose risen reached stood stands climbed increased exceeded passed hit");
    private static readonly WordSet Singles = new("a an one another");
    private static readonly WordSet DeadWords = new("dead");
    private static readonly WordSet HospitalisedWords = new("hospitalised hospitalized");
    private static readonly WordSet AfterParticiple = new("in at on near during outside inside last earlier");
    private static readonly WordSet JoinVerbs = new("joined join joining attended attending staged held formed part");
    private static readonly WordSet Hedges = new("and or possibly perhaps maybe even probably");
    private static readonly WordSet Alternatives = new("and or");
    private static readonly WordSet AsideOpeners = new("among including includes most many some all who which mostly both");

    /// <summary>"300 people who fled", "40 men who had been detained": the figure's noun heads a relative clause ending in the verb.</summary>
    private static bool RelativeSubject(TokenIndex ix, int quantity, int first)
    {
        var q = ix.Doc.Quantities[quantity];
        var (_, end) = ix.TokensIn(q.Noun is { } noun && noun.End > q.Span.End ? new TextSpan(q.Span.Start, noun.End) : q.Span);
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
    private static readonly WordSet VictimSubjectVerbs = new("died disappeared vanished fled");
    private static readonly WordSet SubjectOpeners = new("after when since as while before until that because");

    /// <summary>
    /// "after five bloggers and activists critical of the army vanished": a figure opening its clause whose
    /// noun phrase runs on to a verb that has its victim as subject (no verb, auxiliary or punctuation between).
    /// </summary>
    private static bool LongSubject(TokenIndex ix, int sentenceFirst, int quantity, int first)
    {
        if (!ix.IsAny(first, VictimSubjectVerbs))
        {
            return false;
        }

        var (start, end) = ix.TokensIn(ix.Doc.Quantities[quantity].Span);
        while (start - 1 >= sentenceFirst && ix.IsAny(start - 1, Skippable))
        {
            start--; // "some", "more than", "the"
        }

        var opens = start == sentenceFirst || IsComma(ix, start - 1) || ix.IsAny(start - 1, SubjectOpeners) || ix.DateAt(start - 1) >= 0;
        if (!opens || first - end > 8)
        {
            return false;
        }

        for (var t = end; t < first; t++)
        {
            var word = ix.Word(t);
            var participle = t == end + 1 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase); // "37 men arrested after ..."
            if (!ix.IsWord(t) || ix.IsAny(t, Auxiliaries) || ix.IsAny(t, Relatives) || ix.IsAny(t, NotInSubject)
                || (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !participle) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "37 men arrested after the raid died in a van": a participle right after its figure's noun, followed in the
    /// same clause by a verb whose subject is the victim, describes the people; the later verb tells what befell them.
    /// </summary>
    private static bool ReducedRelative(TokenIndex ix, int first, int end, int sentenceEnd)
    {
        if (ix.IsAny(first - 1, Auxiliaries) || first < 1 || ix.QuantityAt(first - 1) < 0 && !(Usable(ix, first - 2) >= 0 && ix.IsWord(first - 1)))
        {
            return false;
        }

        for (var t = end; t < sentenceEnd && t < end + 10; t++)
        {
            if (ix.IsAny(t, VictimSubjectVerbs))
            {
                return true;
            }

            if (!ix.IsWord(t) || ix.IsAny(t, Auxiliaries) || ix.IsAny(t, ClauseJoins) || ix.IsAny(t, Relatives))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet NotInSubject = new("but while whereas then also who which");

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

        for (var u = t - 1; u > sentenceFirst && u > t - 16; u--)
        {
            if (!ix.IsPunctuation(u))
            {
                continue;
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

            if (!ix.IsAny(u + 1, AsideOpeners))
            {
                return -1;
            }

            // The figure ends right before the aside: "Ten people," or "The two,".
            var q = Usable(ix, u - 1);
            if (q < 0 && ix.IsWord(u - 1) && ix.QuantityAt(u - 1) < 0)
            {
                q = Usable(ix, u - 2);
                var mention = q >= 0 ? ix.Doc.Quantities[q] : null;
                q = mention?.Noun is { } noun && noun.End == ix.Tokens[u - 1].End ? q : -1;
            }

            return q >= 0 && ix.QuantityAt(u - 1) is var own && (own == q || own < 0) ? q : -1;
        }

        return -1;
    }

    /// <summary>
    /// "Thousands of people joined the procession", "3,000 workers had been on strike": those taking part
    /// in a protest named by a noun, as the subject of joining it; -1 when there is none.
    /// </summary>
    private static int Joiners(TokenIndex ix, int sentenceFirst, int first)
    {
        for (var t = first - 1; t >= sentenceFirst && t >= first - 5; t--)
        {
            if (ix.IsAny(t, JoinVerbs) || ix.Is(t, "on") && (ix.Is(t - 1, "been") || ix.Is(t - 1, "went") || ix.Is(t - 1, "were")))
            {
                var verb = ix.Is(t, "on") ? t - 1 : ix.Is(t, "part") ? t - 1 : t;
                return Before(ix, sentenceFirst, verb);
            }

            if (!ix.IsWord(t))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"the number of people killed rose to 50": a total named by a verb's participle.</summary>
    private static int NumberOfVerb(TokenIndex ix, int first, int end, int sentenceEnd)
    {
        var t = first - 1;
        while (t > first - 4 && t >= 0 && ix.IsWord(t) && !ix.Is(t, "of"))
        {
            t--;
        }

        if (!ix.Is(t, "of") || !ix.Is(t - 1, "number"))
        {
            return -1;
        }

        for (var u = end; u < sentenceEnd && u < end + 12; u++)
        {
            if (ix.IsAny(u, TotalVerbs))
            {
                var next = ix.Is(u + 1, "to") || ix.Is(u + 1, "at") ? u + 2 : u + 1;
                return After(ix, next, sentenceEnd);
            }

            if (ix.Is(u, "at") && After(ix, u + 1, sentenceEnd) is var put and >= 0)
            {
                return put; // "put the number of people killed in the raids at close to 500"
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
    private static int SharedPassiveSubject(TokenIndex ix, int sentenceFirst, int first)
    {
        if (!ix.Is(first - 1, "and") && !IsComma(ix, first - 1))
        {
            return -1;
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
}
