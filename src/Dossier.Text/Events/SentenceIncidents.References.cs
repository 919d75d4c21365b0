using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// The words by which <see cref="SentenceIncidents"/> tells how a mention stands to what was told before it: a
/// reference back ("died in the shooting", "the ten men"), a tally, another time, suspects held, acts documented.
/// </summary>
internal sealed partial class SentenceIncidents
{
    // "arrested three suspects", "detained in connection with the killing": those held are accused of an act.
    private static readonly WordSet SuspectWords = new(
        "suspect suspects suspected accused perpetrators attackers assailants gunmen killers connection charged");

    // "the arrest of Sergeant Ade and Private Obi": people held by their ranks are the forces' own, held as suspects.
    private static readonly WordSet Ranks = new("sergeant corporal private lieutenant captain colonel major gendarme constable");

    private static bool NamesSuspects(TokenIndex ix, Sentence sentence)
    {
        if (HasWord(ix, sentence, SuspectWords))
        {
            return true;
        }

        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, Ranks))
        {
            return false;
        }

        for (var t = sentence.FirstToken + 1; t < end; t++)
        {
            if (ix.IsAny(t, Ranks) && ix.IsCapitalised(t) && ix.IsCapitalised(t + 1))
            {
                return true;
            }
        }

        return false;
    }

    // "died in the shooting", "were hurt during the clashes": words that name an incident only as one told before.
    private static readonly WordSet ReferenceNouns = new("shooting shootings violence clashes crackdown unrest fighting rampage explosion explosions blast");
    private static readonly WordSet ReferencePrepositions = new("in during amid");

    // "Monitors visited the town on 9 April. They documented the killing of 50 civilians": the acts were found then, not done then.
    private static readonly WordSet DocumentingVerbs = new("documented recorded verified");

    /// <summary>A documenting verb ("documented", "recorded") among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool Documented(TokenIndex ix, int from, int to)
    {
        if (!ix.MayHaveAny(from, to, DocumentingVerbs))
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            if (ix.IsAny(t, DocumentingVerbs))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet FigureDefinites = new("the these those");

    /// <summary>"executed the ten men", "those 43 students": a figure for people already told of.</summary>
    private static bool DefiniteFigure(TokenIndex ix, int quantity)
    {
        if (quantity < 0)
        {
            return false;
        }

        var (first, _) = ix.QuantityTokens(quantity);
        return ix.IsAny(first - 1, FigureDefinites);
    }

    private static bool NamesEventBefore(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, ReferenceNouns))
        {
            return false;
        }

        for (var t = sentence.FirstToken + 2; t < end; t++)
        {
            if (ix.IsAny(t, ReferenceNouns) && ix.Is(t - 1, "the") && ix.IsAny(t - 2, ReferencePrepositions))
            {
                return true;
            }
        }

        return false;
    }

    // "the number of", "in total", "since 2010", "so far": a figure that adds up more than one incident.
    // "over the month", "during the week": a report's own period, over which it counts.
    private static readonly WordSet PeriodNouns = new("month week year period quarter fortnight");
    private static readonly WordSet PeriodPrepositions = new("over during throughout");

    private static readonly WordSet TallyWords = new("number total totalled totaled altogether tally overall cumulative since tenure");

    // The words one of which a sentence needs to count over a period ("so far" reads "far").
    private static readonly WordSet TallyCues = new([TallyWords, new WordSet("far"), PeriodNouns]);

    // "in the days before", "earlier": another time than the incident told.
    private static readonly WordSet OtherTimeWords = new("before after earlier preceding previous prior");

    private static bool TellsTally(TokenIndex ix, Sentence sentence) => CountsOverPeriod(ix, sentence, adverbialSince: true);

    /// <summary>
    /// "521 killed since the coup", "in total", "over the month": the sentence counts over a period. "have since been identified"
    /// and "none has been seen since" do not: there "since" is an adverb naming no starting point.
    /// </summary>
    private static bool CountsOverPeriod(TokenIndex ix, Sentence sentence, bool adverbialSince = false)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, TallyCues))
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!ix.IsAny(t, TallyCues))
            {
                continue; // every test below is of a cue word: one filter read turns away the other words
            }

            // With adverbialSince, "have since been found" also counts (a draft's tally flag); splitting tallies does not count it.
            var adverb = !adverbialSince && ix.Is(t, "since")
                && (ix.Is(t + 1, "been") || ix.Is(t + 1, "then") || ix.Is(t - 1, "have") || ix.Is(t - 1, "has") || ix.Is(t - 1, "had") || ix.Is(t - 1, "ever")
                    || ix.IsPunctuation(t + 1) || t + 1 == end); // "none has been heard from since."
            if ((ix.IsAny(t, TallyWords) && !adverb) || (ix.Is(t, "far") && ix.Is(t - 1, "so"))
                || (ix.IsAny(t, PeriodNouns) && ix.Is(t - 1, "the") && ix.IsAny(t - 2, PeriodPrepositions)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Workers at several factories stopped work the same day", "dozens more died when it was cleared on the same
    /// morning": an act told as happening on the day of another, told before, is a second incident, not more of the first.
    /// </summary>
    private static bool OnTheSameDay(TokenIndex ix, Sentence sentence)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, DayParts))
        {
            return false; // asked for every draft: most sentences name no part of a day, which their signature tells
        }

        for (var t = sentence.FirstToken + 1; t + 1 < end; t++)
        {
            if (ix.DateAt(t) >= 0 && !ix.Is(t, "same") && !ix.Is(t + 1, "same"))
            {
                return false; // "forced into a car on the morning of 15 July and found shot dead the same afternoon": one account
            }

            if (ix.Is(t, "same") && ix.IsAny(t + 1, DayParts) && (ix.Is(t - 1, "the") || ix.Is(t - 1, "that")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(TokenIndex ix, Sentence sentence, WordSet words)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (!ix.MayHaveAny(sentence.FirstToken, end, words))
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (ix.IsAny(t, words))
            {
                return true;
            }
        }

        return false;
    }
}
