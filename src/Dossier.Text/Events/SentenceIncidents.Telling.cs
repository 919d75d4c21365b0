using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Dates that belong to the telling, not to what is told: "the minister said on 17 May that 169 people
/// had been killed", "the army confirmed the killings in January".
/// </summary>
internal sealed partial class SentenceIncidents
{
    private static readonly WordSet ReportingVerbs = new(
        "said says told tells acknowledged acknowledges admitted admits confirmed confirms announced announces " +
        "stated states reported reports insisted claimed claims denied denies recalled recalls conceded revealed " +
        "disclosed declared testified wrote explained alleged");

    // Words that may stand between a reporting verb and its date: "said early on Saturday".
    private static readonly WordSet DateLinks = new("on in at early late last this");

    private static readonly WordSet FirstPersons = new("we i our us my");

    /// <summary>
    /// The figure at <paramref name="figure"/> is told as someone else's: "police said that 40 had died", "according to
    /// the ministry, 12 were killed". A figure the report's authors give themselves ("we said", "we counted") is theirs.
    /// </summary>
    private static bool QuotedFigure(TokenIndex ix, int sentenceFirst, int figure)
    {
        for (var t = figure - 1; t >= sentenceFirst && t >= figure - 30; t--)
        {
            if (ix.Is(t, "according") && ix.Is(t + 1, "to"))
            {
                return true;
            }

            if (ix.IsAny(t, ReportingVerbs))
            {
                for (var s = t - 1; s >= sentenceFirst && s >= t - 8 && !TriggerJudge.IsClauseBreak(ix, s); s--)
                {
                    if (ix.IsAny(s, FirstPersons))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return QuoteThenSaid(ix, figure);
    }

    /// <summary>"'My wife and my three children were killed,' said a farmer": the figure stands in a quotation its speaker closes.</summary>
    private static bool QuoteThenSaid(TokenIndex ix, int figure)
    {
        var sentenceEnd = Math.Min(ix.Doc.Sentences[ix.SentenceOf(figure)].EndToken, ix.Count);
        for (var t = figure + 1; t < sentenceEnd && t < figure + 30; t++)
        {
            if (ix.IsAny(t, ReportingVerbs))
            {
                var mark = ix.IsPunctuation(t - 1) && ix.Text[ix.Tokens[t - 1].Start] is ',' ? t - 2 : t - 1;
                return ix.IsPunctuation(mark) && ix.Text[ix.Tokens[mark].Start] is '"' or '\u201D' or '\'' or '\u2019';
            }
        }

        return false;
    }

    /// <summary>"the first anniversary of the killings falls on Thursday": the date is the anniversary's.</summary>
    private static bool Commemorated(TokenIndex ix, TriggerHit hit)
    {
        for (var t = hit.First - 1; t >= 0 && t >= hit.First - 4; t--)
        {
            if (ix.Is(t, "anniversary") || ix.Is(t, "anniversaries"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date dates a telling of one of the triggers: it then dates nothing outside its own clause.</summary>
    private static bool TellingDate(TokenIndex ix, int sentenceFirst, int date, List<TriggerHit> hits)
    {
        foreach (var hit in hits)
        {
            if (DatesTheTelling(ix, sentenceFirst, date, hit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the date at <paramref name="date"/> dates a telling and the trigger is part of what was told.</summary>
    private static bool DatesTheTelling(TokenIndex ix, int sentenceFirst, int date, TriggerHit hit)
    {
        // Courts and officials announce their own acts as they happen: "announced on Tuesday that seven
        // soldiers have been sentenced" dates the sentence. Violence is told long after.
        if (!EventTypes.IsViolent(hit.Entry.Type) || hit.Entry.Type == EventTypes.Arrest)
        {
            return false;
        }

        if (hit.Reading.Anaphoric && ix.IsAny(hit.First - 2, ReportingVerbs) && hit.End <= date && date - hit.End <= 2)
        {
            return true; // "confirmed the killings in January": the date is the confirming's
        }

        if (!NextToReportingVerb(ix, sentenceFirst, date))
        {
            return false;
        }

        // "... opened fire, killing 19, prosecutors said on Monday": the told content stands before the comma that
        // opens the saying, so the date is the saying's.
        if (hit.End <= date && CommaBeforeSaying(ix, hit.End, date))
        {
            return true;
        }

        // Only what follows "that" (or a colon or quote) is the told content; "police said on Monday they had
        // arrested six men" dates the arrest by the saying.
        for (var t = Math.Min(date, hit.First); t < Math.Max(date, hit.First); t++)
        {
            if (ix.Is(t, "that") || (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ':' or '"' or '\u201C'))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs by which monitors tell harm they found, rather than do or see it on the day.
    private static readonly WordSet FindingVerbs = new("documented documents recorded records identified counted verified");

    /// <summary>
    /// "Officials said that ten guards had been killed", "They documented the killing of 50 civilians": harm told
    /// as what someone said or found. A date from the sentence before dates the telling, so it is not inherited.
    /// </summary>
    /// <remarks>
    /// "On 13 May the fighters entered the village. A teacher told us that they took away 11 girls": a pronoun opening the
    /// told clause carries on the story of those just named, so the act is theirs of that day, not the telling's.
    /// </remarks>
    private static bool ToldHarm(TokenIndex ix, Sentence sentence, TriggerHit hit) =>
        TellingOfHarm(ix, sentence, hit) is var told and >= 0 && !(told < hit.First && StoryGoesOn(ix, told, hit.First));

    private static readonly WordSet StoryPronouns = new("they he she");

    private static bool StoryGoesOn(TokenIndex ix, int told, int act)
    {
        for (var t = told + 1; t < act && t <= told + 3; t++)
        {
            if (ix.Is(t, "that"))
            {
                return ix.IsAny(t + 1, StoryPronouns);
            }
        }

        return false;
    }

    /// <summary>The token of the verb that tells the harm ("found", "said that"), the hit itself for an estimate, or -1.</summary>
    private static int TellingOfHarm(TokenIndex ix, Sentence sentence, TriggerHit hit)
    {
        if (hit.Entry.Type is not (EventTypes.Killing or EventTypes.Abduction or EventTypes.Torture or EventTypes.SexualViolence or EventTypes.Attack))
        {
            return -1;
        }

        if (FigurePutAt(ix, sentence.FirstToken, hit))
        {
            return hit.First; // "a rights group put the number of civilians killed at around 300"
        }

        for (var t = hit.First - 1; t >= sentence.FirstToken && t >= hit.First - 12; t--)
        {
            if (ix.IsAny(t, FindingVerbs) || ix.IsAny(t, ReportingVerbs) && (ix.Is(t + 1, "that") || ToldListenerThat(ix, t)))
            {
                return t;
            }

            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ';' or ':' or '.')
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet PresentHave = new("have has");

    /// <summary>"have been arrested", "has detained": the act told in the present perfect.</summary>
    private static bool PresentPerfect(TokenIndex ix, int first) =>
        ix.IsAny(first - 1, PresentHave) || ix.Is(first - 1, "been") && ix.IsAny(first - 2, PresentHave);

    private static readonly WordSet Listeners = new("reporters journalists us me them him her investigators the court police");

    /// <summary>"told reporters that", "told the court that": a telling verb, who heard it, then what was told.</summary>
    private static bool ToldListenerThat(TokenIndex ix, int verb) =>
        ix.IsAny(verb + 1, Listeners) && (ix.Is(verb + 2, "that") || ix.IsAny(verb + 2, Listeners) && ix.Is(verb + 3, "that"));

    /// <summary>A comma between the act and the date, followed within a few words by the verb of saying before the date.</summary>
    private static bool CommaBeforeSaying(TokenIndex ix, int from, int date)
    {
        for (var t = date - 1; t >= from && t >= date - 8; t--)
        {
            if (ix.IsAny(t, ReportingVerbs))
            {
                for (var u = t - 1; u >= from && u >= t - 5; u--)
                {
                    if (CountFinder.IsComma(ix, u))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static bool NextToReportingVerb(TokenIndex ix, int sentenceFirst, int date)
    {
        var d = ix.DateAt(date);
        var t = date - 1;
        while (t >= sentenceFirst && t >= date - 4 && (ix.DateAt(t) == d || ix.IsAny(t, DateLinks)))
        {
            t--;
        }

        if (ix.IsAny(t, ReportingVerbs) || ToldThrough(ix, sentenceFirst, t))
        {
            return true;
        }

        var u = date + 1;
        while (u < ix.Count && u <= date + 6 && ix.DateAt(u) == d)
        {
            u++;
        }

        return ix.IsAny(u, ReportingVerbs); // "who in January 2015 told the country that ..."
    }

    // The small words of a listener or medium phrase: "in a statement", "to the press", "a news conference".
    private static readonly WordSet MediumWords = new("a an the in at to on his her their its news");

    // Whom or through what a telling is made: "told reporters", "said in a statement", "told a news conference".
    private static readonly WordSet TellingMedia = new(
        "reporters journalists conference statement interview briefing parliament lawmakers press television radio broadcast speech");

    /// <summary>
    /// "told a news conference on Wednesday", "said in a statement on Monday": the words ending at <paramref name="last"/>
    /// name the listener or the medium of a reporting verb a few words before them.
    /// </summary>
    private static bool ToldThrough(TokenIndex ix, int sentenceFirst, int last)
    {
        var medium = false;
        for (var t = last; t >= sentenceFirst && t > last - 5 && ix.IsWord(t); t--)
        {
            if (ix.IsAny(t, ReportingVerbs))
            {
                return medium;
            }

            if (!ix.IsAny(t, TellingMedia) && !ix.IsAny(t, MediumWords) && !ix.IsCapitalised(t))
            {
                return false; // "witnesses told how police beat journalists on 5 May": another verb, not a listener
            }

            medium |= ix.IsAny(t, TellingMedia);
        }

        return false;
    }
}
