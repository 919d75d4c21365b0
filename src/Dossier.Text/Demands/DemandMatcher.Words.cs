using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>Word-level tests the demand patterns share: modals, request verbs and nouns, clause breaks.</summary>
internal sealed partial class DemandMatcher
{
    private static bool DemandVerbWithin(TokenIndex ix, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (ix.IsAny(t, CallVerbs) || ix.IsAny(t, AddresseeVerbs))
            {
                // Right after "and" only the speaker's own verb, finite and naming whom it asks ("and urges all
                // states to", "and called on"); a bare "and compel the government to" is part of the request.
                return t > from ? !ix.IsPunctuation(t - 1)
                    : !IsFinite(ix, t) ? false
                    : ix.IsAny(t, CallVerbs) ? ix.Is(t + 1, "on") || ix.Is(t + 1, "upon") || ix.Is(t + 1, "for")
                    : !ix.Is(t + 1, "to") && !ix.IsPunctuation(t + 1);
            }
        }

        return false;
    }

    /// <summary>"its allies must stop ...": a short subject without punctuation, then a modal.</summary>
    private static bool ModalClauseAt(TokenIndex ix, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (ix.IsAny(t, Modals))
            {
                return t > from && !ix.IsAny(t - 1, Relatives);
            }

            if (IsComma(ix, t) && ix.IsAny(t + 1, Interrupters))
            {
                // ", and Washington, which has shielded him, must ...": step over the relative clause.
                var close = t + 2;
                while (close < end + MaxInterruption && close < ix.Count && !IsComma(ix, close) && !ix.IsPunctuation(close))
                {
                    close++;
                }

                if (!IsComma(ix, close))
                {
                    return false;
                }

                (t, end) = (close, close + 2);
                continue;
            }

            if (!ix.IsWord(t) || ix.IsAny(t, Relatives))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsModal(TokenIndex ix, int t, int end) =>
        (ix.IsAny(t, Modals) && !ix.Is(t + 1, "have") && t + 1 < end)
        || ((ix.Is(t, "need") || ix.Is(t, "needs") || ix.Is(t, "ought")) && ix.Is(t + 1, "to"));

    private static bool NamesBody(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type != EntityType.Person)
            {
                return ix.MentionTokens(m).End >= end - 1;
            }
        }

        return false;
    }

    private static bool DemandNounWithin(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end && t < ix.Count; t++)
        {
            if (ix.IsAny(t, DemandNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFinite(TokenIndex ix, int t) =>
        (ix.Word(t).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !ix.Word(t).EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        || ix.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static bool IsAdverb(TokenIndex ix, int t) =>
        ix.IsWord(t) && !ix.IsCapitalised(t) && (ix.IsAny(t, Adverbs) || (ix.Word(t).Length > 4 && ix.Word(t).EndsWith("ly", StringComparison.OrdinalIgnoreCase)));

    private static bool HasWord(TokenIndex ix, int first, int end, string word)
    {
        for (var t = first; t < end; t++)
        {
            if (ix.Is(t, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBreak(TokenIndex ix, int t) =>
        ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ',' or ';' or ':' or '"' or '.' or '(' or ')'
        || ix.Is(t, "that") || ix.Is(t, "and") && ix.IsAny(t + 1, Modals);

    /// <summary>
    /// "protests demanding equal rights were crushed", "the miners had gathered on the hill, demanding a
    /// wage": a participle that describes a crowd or past background, not a demand the report records.
    /// </summary>
    private static bool IsBackgroundParticiple(TokenIndex ix, Sentence sentence, int verb)
    {
        if (!ix.Word(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (ix.IsWord(verb - 1) && (!ix.IsCapitalised(verb - 1) || verb - 1 == sentence.FirstToken) && !ix.IsAny(verb - 1, BeForms) && !IsAdverb(ix, verb - 1)
            && !ix.IsAny(verb - 1, GerundLeads) && ix.EntityAt(verb - 1) < 0)
        {
            return true;
        }

        for (var t = verb - 1; t > sentence.FirstToken && t > verb - MaxReach; t--)
        {
            if (ix.Is(t - 1, "had") && ix.IsWord(t) && (ix.Is(t, "been") || ix.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "asked for the release of", "asked for the law to be repealed": a remedy or an act asked for after "for"; not
    /// "asked for forgiveness" or "asked for one in 2005".
    /// </summary>
    private static bool AskedForRemedy(TokenIndex ix, int verb, int end)
    {
        if (!ix.Is(verb + 1, "for"))
        {
            return false;
        }

        for (var t = verb + 2; t < end && t <= verb + 9; t++)
        {
            if (ix.IsAny(t, DemandNouns) && t <= verb + 5 || ix.Is(t, "to") && t > verb + 2 && ix.IsWord(t + 1) && !ix.IsAny(t + 1, Determiners))
            {
                return true;
            }

            if (ix.IsPunctuation(t))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet Possessives = new("our its their his her my");
    private static readonly WordSet RenewingVerbs = new(
        "reiterate reiterates reiterated renew renews renewed repeat repeats repeated restate restates restated echo echoes echoed");
}
