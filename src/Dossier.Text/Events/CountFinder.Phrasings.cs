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

    // The words one of which a sentence needs for Hospitalised to read it (declared here, after the set it joins).
    private static readonly WordSet HospitalCues = new([HospitalisedWords, new WordSet("treated hospital")]);
    private static readonly WordSet BodiesWords = new("bodies");
    private static readonly WordSet AfterParticiple = new("in at on near during outside inside last earlier");
    private static readonly WordSet JoinVerbs = new("joined join joining attended attending staged held formed part began begun started launched");
    private static readonly WordSet Hedges = new("and or possibly perhaps maybe even probably");
    private static readonly WordSet Alternatives = new("and or");
    private static readonly WordSet AsideOpeners = new("among including includes most many some all who which mostly both");

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

    private static readonly WordSet Bringing = new("bringing brings bring brought");
    private static readonly WordSet Putting = new("put puts putting estimated estimate estimates");

    /// <summary>
    /// "bringing the (total) number of arrests since January to 340", "put the total number of deaths, including
    /// killings by gunmen, at more than 12,000": the figure after "to" or "at"; -1 when none.
    /// </summary>
    private static int BroughtTo(TokenIndex ix, int number, int end, int sentenceEnd)
    {
        var the = ix.Is(number - 1, "total") ? number - 2 : number - 1;
        var link = !ix.Is(the, "the") ? null : ix.IsAny(the - 1, Bringing) ? "to" : ix.IsAny(the - 1, Putting) ? "at" : null;
        if (link is null)
        {
            return -1;
        }

        for (var u = end; u < sentenceEnd && u < end + 12; u++)
        {
            if (ix.Is(u, link))
            {
                return After(ix, u + 1, sentenceEnd);
            }
        }

        return -1;
    }

    // "the number of people killed", "the total of those detained"
    private static readonly WordSet TotalNouns = new("number total");

    /// <summary>
    /// "the number of people killed rose to 50", "bringing the number arrested since January to 340", "bring to 45
    /// the number of protesters killed": a total named by a verb's participle.
    /// </summary>
    private static int NumberOfVerb(TokenIndex ix, int first, int end, int sentenceEnd)
    {
        var t = first - 1;
        while (t > first - 7 && t >= 0 && ix.IsWord(t) && !ix.Is(t, "of"))
        {
            t--; // "the number of journalists and media workers killed"
        }

        var number = ix.Is(t, "of") && ix.IsAny(t - 1, TotalNouns) ? t - 1 : ix.Is(first - 1, "number") ? first - 1 : -1;
        if (number < 0)
        {
            return -1;
        }

        // "bring to 45 the number of ...": the figure stands before the total it names.
        if (ix.Is(number - 1, "the") && Usable(ix, number - 2) is var fronted and >= 0)
        {
            var (figureFirst, _) = ix.QuantityTokens(fronted);
            while (figureFirst > 0 && ix.IsAny(figureFirst - 1, Skippable) && !ix.Is(figureFirst - 1, "to"))
            {
                figureFirst--; // "at least 53"
            }

            if (ix.Is(figureFirst - 1, "to") && ix.IsAny(figureFirst - 2, Bringing))
            {
                return fronted; // "bring to at least 53 the number of ..."
            }
        }

        if (BroughtTo(ix, number, end, sentenceEnd) is var total and >= 0)
        {
            return total;
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

    private static readonly WordSet CaseNouns = new("cases instances");

    /// <summary>"97 cases of enforced disappearance", "40 documented cases of arbitrary detention": the figure of the cases; -1 when none.</summary>
    private static int CasesOf(TokenIndex ix, int first)
    {
        if (!ix.Is(first - 1, "of") || !ix.IsAny(first - 2, CaseNouns))
        {
            return -1;
        }

        var q = Usable(ix, first - 3);
        return q >= 0 || !ix.IsWord(first - 3) ? q : Usable(ix, first - 4);
    }

    private static int NumberOf(TokenIndex ix, int first, int end, int sentenceEnd)
    {
        // "the number of executions exceeds 800", "bringing the total number of arrests to 340"
        if (!ix.Is(first - 1, "of") || !ix.Is(first - 2, "number"))
        {
            return -1;
        }

        if (ix.Is(end, "in") || ix.Is(end, "across"))
        {
            // "the number of executions in the country rose to 45": past a short place phrase to the verb
            for (var t = end + 1; t < sentenceEnd && t <= end + 4 && ix.IsWord(t); t++)
            {
                if (ix.IsAny(t, NumberVerbs) || ix.Is(t, "had") || ix.Is(t, "has"))
                {
                    end = t;
                    break;
                }
            }
        }

        if (ix.Is(end, "had") || ix.Is(end, "has"))
        {
            end++; // "the number of dead had climbed to 37"
        }

        if (!ix.IsAny(end, NumberVerbs))
        {
            return BroughtTo(ix, first - 2, end, sentenceEnd);
        }

        return After(ix, end + 1, sentenceEnd) is var q and >= 0 ? q : (ix.Is(end + 1, "to") ? After(ix, end + 2, sentenceEnd) : -1);
    }

    /// <summary>
    /// "Four days later, twelve women of the movement stood outside the gate, holding a banner": a participle after a comma
    /// shares the sentence's subject, whose figure opens the sentence or the clause after an opening phrase; -1 when none.
    /// </summary>
    private static int OpeningSubjectOfParticiple(TokenIndex ix, int sentenceFirst, int first)
    {
        if (!ix.IsIngForm(first) || !IsComma(ix, first - 1))
        {
            return -1;
        }

        for (var t = sentenceFirst; t < first - 1; t++)
        {
            if (Usable(ix, t) is var q and >= 0)
            {
                return t == sentenceFirst || IsComma(ix, t - 1) ? q : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Two of the five journalists arrested on Monday have been released": a participle right after the noun of a whole
    /// named after "of (the)" counts the whole; -1 when the noun before the verb is no such whole.
    /// </summary>
    private static int WholeBeforeParticiple(TokenIndex ix, int first)
    {
        var whole = Usable(ix, first - 2);
        if (whole < 0 || !ix.IsWord(first - 1) || !TriggerJudge.IsPeopleNoun(ix, first - 1))
        {
            return -1;
        }

        var (start, _) = ix.QuantityTokens(whole);
        var of = ix.Is(start - 1, "the") ? start - 2 : start - 1;
        return ix.Is(of, "of") && Usable(ix, of - 1) >= 0 ? whole : -1;
    }
}
