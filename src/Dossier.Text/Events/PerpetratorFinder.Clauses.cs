using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>How <see cref="PerpetratorFinder"/> finds an actor outside the trigger's own clause.</summary>
internal sealed partial class PerpetratorFinder
{
    /// <summary>"ordered the detention of", "launched a fresh assault": the verb whose object the incident noun is, or -1.</summary>
    private static int LightVerbBefore(TokenIndex ix, int sentenceFirst, int first)
    {
        for (var t = first - 1; t >= sentenceFirst && t >= first - 6; t--) // "carried out five other deadly massacres"
        {
            if (ix.IsAny(t, LightVerbs))
            {
                // "used batons and tear gas": the act is the last of the verb's listed objects
                var listed = ix.Is(first - 1, "and") && first - t <= 4;
                return ix.Is(t + 1, "out") || ix.IsAny(t + 1, Determiners) || t + 1 == first || listed ? t : -1;
            }

            // "opened an inquiry into the killings", "an examination of the killings": the act is not the verb's object;
            // "carried out a wave of arrests" still is.
            if (!ix.IsWord(t) || ix.EntityAt(t) >= 0 || ix.Is(t, "into") || (ix.Is(t, "of") && !ix.IsAny(t - 1, Collectives)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet Collectives = new("wave waves series spate campaign string round rounds number");

    /// <summary>"... were killed when police opened fire": the acting group named in a following when-clause.</summary>
    /// <param name="whenOnly">For an incident noun: "the massacre that began when troops ..."; "the arrest came after a
    /// commission concluded" tells what came before it, not who did it.</param>
    private static (int First, int End)? WhenAgent(TokenIndex ix, int end, int sentenceEnd, bool whenOnly)
    {
        for (var t = end; t < sentenceEnd && t < end + 12; t++)
        {
            if (!(whenOnly ? ix.Is(t, "when") : ix.IsAny(t, Whens)))
            {
                continue;
            }

            for (var u = t + 1; u < sentenceEnd && u <= t + 4; u++)
            {
                if (ix.IsAny(u, Agents))
                {
                    return (SkipDeterminer(ix, t + 1, u + 1), CoordinatedAgentEnd(ix, u + 1, sentenceEnd));
                }

                if (!ix.IsWord(u) || IsLikelyVerb(ix, u))
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"when police and soldiers stopped the march": the end of an agent phrase joined to the one ending at <paramref name="end"/>.</summary>
    private static int CoordinatedAgentEnd(TokenIndex ix, int end, int sentenceEnd)
    {
        if (!ix.Is(end, "and"))
        {
            return end;
        }

        var next = ix.IsAny(end + 1, Determiners) ? end + 2 : end + 1;
        return next < sentenceEnd && ix.IsAny(next, Agents) ? next + 1 : end;
    }

    private static bool IsLikelyVerb(TokenIndex ix, int token)
    {
        if (ix.IsAny(token, VerbLike))
        {
            return true;
        }

        var word = ix.Word(token);
        return !ix.IsCapitalised(token) && word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !ix.IsAny(token, Participles);
    }

    // Words that end the noun a relative "who" follows: "searching for rebels who", "said the men who".
    private static readonly WordSet RelativeHeadStops = new("for by of on at with to from against and that said says");

    /// <summary>
    /// "searching for rebels who had ambushed a patrol near Ngoma on 27 April, killing two soldiers": a participle right
    /// after a relative clause shares that clause's subject, the noun its "who" follows; null when no such clause ends there.
    /// </summary>
    private static (int First, int End)? RelativeHeadBefore(TokenIndex ix, int sentenceFirst, int comma)
    {
        for (var t = comma - 1; t > sentenceFirst && t >= comma - 14; t--)
        {
            if (ix.Is(t, "who"))
            {
                var start = t;
                while (start - 1 >= sentenceFirst && t - start < 4 && ix.IsWord(start - 1) && !ix.IsAny(start - 1, RelativeHeadStops))
                {
                    start--;
                }

                return start < t ? (SkipDeterminer(ix, start, t), t) : null;
            }

            if (ix.IsPunctuation(t) && ix.DateAt(t) < 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The comma that opens the participle at <paramref name="first"/>: "..., killing four", or the first of two joined
    /// participles, "..., dragging men out of their beds and beating them"; -1 when it is no participle after a comma.
    /// </summary>
    private static int ParticipleComma(TokenIndex ix, int sentenceFirst, int first)
    {
        // "Officers stopped her car near the university, forced her into a van and drove her away": a series of past acts.
        if (CountFinder.IsComma(ix, first - 1) && ix.Word(first).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && ix.IsAny(first + 1, SeriesObjects)
            && PastSeriesBefore(ix, sentenceFirst, first - 1))
        {
            return first - 1;
        }

        if (!ix.IsIngForm(first))
        {
            return -1;
        }

        if (CountFinder.IsComma(ix, first - 1))
        {
            return first - 1;
        }

        if (!ix.Is(first - 1, "and"))
        {
            return -1;
        }

        for (var t = first - 2; t > sentenceFirst && t >= first - 14; t--)
        {
            if (CountFinder.IsComma(ix, t))
            {
                return ix.IsIngForm(t + 1) ? t : -1;
            }

            if (ix.IsPunctuation(t))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "under orders from the general", "fighters loyal to the general": the phrase after "orders from" or "loyal to"
    /// within 15 words of the act, added to <paramref name="found"/>. Most sentences hold neither word, which their
    /// signature tells without a scan.
    /// </summary>
    private static void AddOrderedBy(TokenIndex ix, int sentenceFirst, int first, int end, int sentenceEnd, List<(int First, int End)> found)
    {
        var from = Math.Max(sentenceFirst, first - 15);
        if (!ix.MayHaveAny(from, sentenceEnd, Orders))
        {
            return;
        }

        for (var t = from; t + 2 < sentenceEnd && t < end + 15; t++)
        {
            if (!ix.IsAny(t, Orders))
            {
                continue;
            }

            var orders = (ix.Is(t, "orders") || ix.Is(t, "command")) && (ix.Is(t + 1, "from") || ix.Is(t + 1, "of"));
            var loyal = ix.Is(t, "loyal") && ix.Is(t + 1, "to");
            if (orders || loyal)
            {
                // The phrase ends before the act it precedes: "Fighters loyal to the general held 70 civilians hostage".
                var count = found.Count;
                AddPhrase(ix, t + 2, t + 2 < first ? first : sentenceEnd, found);
                if (loyal && found.Count > count && ix.IsAny(t - 1, Agents))
                {
                    // "Fighters loyal to the general": the fighters acted; the phrase names them by their master.
                    found[^1] = (SkipDeterminer(ix, AgentPhraseStart(ix, sentenceFirst, t - 1), t), found[^1].Item2);
                }
            }
        }
    }

    // What opens the object of an act in a series: "forced her into", "detained 12 men", "burned the market".
    private static readonly WordSet SeriesObjects = new("her him them the a an his their its dozens hundreds scores several");

    /// <summary>The clause before the comma has a past verb ending in "-ed" of its own, after its subject: the act after the comma continues it.</summary>
    private static bool PastSeriesBefore(TokenIndex ix, int sentenceFirst, int comma)
    {
        for (var t = comma - 1; t > sentenceFirst && t >= comma - 12; t--)
        {
            if (ix.IsPunctuation(t) || ix.IsAny(t, VerbLike) || ix.IsAny(t, Relatives))
            {
                return false; // "Od Sayavong, a Lao activist who had been granted refugee status, disappeared": no series
            }

            if (IsLikelyVerb(ix, t))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PlacePhraseOpeners = new("in at on during after near from inside outside");

    /// <summary>
    /// "Fourteen of the men arrested in that raid were later sentenced": a participle whose place phrase runs on to the
    /// sentence's own verb describes the people before it, who undergo it rather than do it.
    /// </summary>
    private static bool DescribesSubject(TokenIndex ix, int end, int sentenceEnd)
    {
        if (!ix.IsAny(end, PlacePhraseOpeners))
        {
            return false;
        }

        for (var t = end + 1; t < sentenceEnd && t < end + 8; t++)
        {
            if (ix.IsAny(t, Passives))
            {
                return !ix.Is(t, "be") && !ix.Is(t, "being");
            }

            if (!ix.IsWord(t) || IsLikelyVerb(ix, t) || ix.QuantityAt(t) >= 0 || ix.Is(t, "who") || ix.Is(t, "which")
                || ix.Is(t, "that") && ix.IsAny(t + 1, Passives))
            {
                return false; // "killed in cold blood three farmers who were working": the object, then its own clause
            }
        }

        return false;
    }
}
