namespace Dossier.Text.Events;

/// <summary>
/// Clause-level tests behind <see cref="TriggerJudge"/>: whether a court does the act, whether the act is
/// only named as a charge, expected, not yet begun, or part of a body's title.
/// </summary>
internal sealed partial class TriggerJudge
{
    // "found guilty of murdering", "arrested over an attack", "suspected of killing": the act a charge names.
    private static readonly WordSet ChargeWords = new(
        "guilty convicted accused suspected charged acquitted suspicion arrested detained indicted prosecuted tried sentenced");

    private static readonly WordSet ChargeLinks = new("of with for over");

    /// <summary>An act named as what someone is charged with or held for: told elsewhere, dated by nothing here.</summary>
    public static bool IsChargeContent(TokenIndex ix, int sentenceFirst, int first)
    {
        for (var t = first - 1; t >= sentenceFirst && t >= first - 3; t--)
        {
            if (ix.IsAny(t, ChargeLinks))
            {
                for (var u = t - 1; u >= sentenceFirst && u >= t - 4; u--)
                {
                    if (ix.IsAny(u, ChargeWords))
                    {
                        return true;
                    }

                    if (ix.IsPunctuation(u))
                    {
                        return false;
                    }
                }

                return false;
            }

            if (!ix.IsWord(t) && ix.QuantityAt(t) < 0)
            {
                return false; // "convicted of 57 murders": a figure may stand between the link and the act
            }
        }

        return false;
    }

    private static readonly WordSet OffenceListWords = new("and or");

    /// <summary>
    /// "charged with murder", "found guilty of murder, terrorism and treason": an offence named bare, right after the
    /// charge or in its list, with no victim after it ("of murder" names no one; "of the murder of Ana Vell" does).
    /// </summary>
    private static bool BareOffence(TokenIndex ix, int sentenceFirst, int first, int end)
    {
        if (ix.Is(end, "of") || ix.QuantityAt(first - 1) >= 0 || !IsChargeContent(ix, sentenceFirst, first))
        {
            return false;
        }

        // Back over the list before it ("terrorism, treason and"); a determiner makes it a known act ("of the killing").
        var before = first - 1;
        while (before > sentenceFirst && first - before <= 6 && !ix.IsAny(before, ChargeLinks))
        {
            if (!(ix.IsAny(before, OffenceListWords) || CountFinder.IsComma(ix, before) || ix.IsWord(before) && !ix.IsCapitalised(before)) || ix.IsAny(before, Determiners))
            {
                return false;
            }

            before--;
        }

        return ix.IsAny(before, ChargeLinks);
    }

    private static readonly WordSet ExpectVerbs = new("expect expects expected planned plans scheduled");

    private static readonly WordSet DueWords = new("expected due set scheduled planned");
    private static readonly WordSet FutureModals = new("could would will may might");
    private static readonly WordSet Happenings = new("take begin open start resume");

    /// <summary>"A trial is expected to open next month", "an appeal hearing could take place": the act named is still to come.</summary>
    private static bool ExpectedAfter(TokenIndex ix, int end)
    {
        if (ix.Is(end, "of"))
        {
            for (var u = end + 1; u < ix.Count && u < end + 7 && ix.IsWord(u); u++)
            {
                if (ix.Is(u, "is") || ix.Is(u, "are") || ix.Is(u, "was") || ix.Is(u, "were") || ix.IsAny(u, FutureModals))
                {
                    end = u; // "the trial of the officers is expected to open": past what the act is of
                    break;
                }
            }
        }

        var t = ix.Is(end, "is") || ix.Is(end, "are") || ix.Is(end, "was") || ix.Is(end, "were") ? end + 1 : end;
        return ix.IsAny(t, DueWords) && ix.Is(t + 1, "to") && t > end
            || ix.IsAny(end, FutureModals) && (ix.IsAny(end + 1, Happenings) || ix.Is(end + 1, "be") && ix.Is(end + 2, "held"));
    }

    /// <summary>"organisers expect thousands to gather for a vigil": a clause about what is yet to come.</summary>
    private static bool ExpectedInClause(TokenIndex ix, int clauseStart, int first)
    {
        if (!ix.MayHaveAny(Math.Max(clauseStart, first - 20), first, ExpectVerbs))
        {
            return false; // asked for every trigger; the sentence's signature settles most
        }

        for (var t = first - 1; t >= clauseStart && t >= first - 20; t--)
        {
            if (ix.IsAny(t, ExpectVerbs))
            {
                for (var u = t + 1; u < first; u++)
                {
                    if (ix.Is(u, "to"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static readonly WordSet BeginVerbs = new("begun started opened");

    private static bool NotYetBegun(TokenIndex ix, int end)
    {
        for (var t = end; t < end + 4 && t < ix.Count && !ix.IsPunctuation(t); t++)
        {
            if (ix.Is(t, "not") || ix.Is(t, "yet") || ix.Is(t, "never"))
            {
                for (var u = t + 1; u <= t + 3 && u < ix.Count && !ix.IsPunctuation(u); u++)
                {
                    if (ix.IsAny(u, BeginVerbs) || (ix.Is(u, "to") && (ix.Is(u + 1, "begin") || ix.Is(u + 1, "start") || ix.Is(u + 1, "open"))))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool CourtBefore(TokenIndex ix, int sentenceFirst, int first)
    {
        // "the Strasbourg court found", "Judge X of the District Court in Y ordered".
        for (var t = first - 1; t >= sentenceFirst && t >= first - 15; t--)
        {
            if (ix.IsAny(t, CourtWords))
            {
                return true;
            }

            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ';' or '.' or ':')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInBodyTitle(TokenIndex ix, int sentenceFirst, int first)
    {
        // "the Special Rapporteur on extrajudicial, summary or arbitrary executions".
        for (var t = first - 1; t >= sentenceFirst + 1 && t >= first - 6; t--)
        {
            if (ix.IsAny(t, TitleLinks))
            {
                return ix.IsCapitalised(t - 1) && ix.IsAny(t - 1, BodyTitles);
            }

            var comma = ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',';
            if (!comma && !(ix.IsWord(t) && !ix.IsAny(t, Determiners)))
            {
                return false;
            }
        }

        return false;
    }
}
