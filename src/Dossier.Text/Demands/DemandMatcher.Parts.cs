using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>Where a demand's parts are: its speaker by relative pronoun, addressees, attribution and the end of the request.</summary>
internal sealed partial class DemandMatcher
{
    private static ExtractedName? Relative(TokenIndex ix, int first, int end, Sentence sentence)
    {
        // "Hassan Shammari, who called for ...": the name before "who".
        if (end - first != 1 || !(ix.Is(first, "who")))
        {
            return null;
        }

        for (var t = first - 1; t >= sentence.FirstToken && t >= first - 4; t--)
        {
            var m = ix.EntityAt(t);
            if (m >= 0 && ix.Doc.EntityMentions[m].Type != EntityType.Location)
            {
                return NameResolver.FromMention(ix, m);
            }
        }

        return null;
    }

    private static IReadOnlyList<ExtractedName> Addressees(TokenIndex ix, int first, int end, int sentenceFirst = -1, int verb = -1)
    {
        if (end - first == 1 && ix.Is(first, "you"))
        {
            return LetterAddressees.Find(ix); // "We therefore ask you:": those the open letter is addressed to
        }

        if (end - first == 1 && (ix.Is(first, "them") || ix.Is(first, "it")) && sentenceFirst >= 0)
        {
            // "criticised the US and UN ... and called on them to": the bodies named before.
            var before = NameResolver.Names(ix, sentenceFirst, verb, includePlaces: true).Where(n => n.EntityId >= 0).ToList();
            return before.Count > 1 ? before.Skip(1).ToList() : before;
        }

        if (SpeakerFinder.OfficeIn(ix, first, end) is { } office)
        {
            return [office]; // "urged the UN Secretary-General to": the office is asked, not the whole body
        }

        var names = NameResolver.Names(ix, first, end, includePlaces: true);
        if (names.Count > 1 && names[0].EntityId < 0)
        {
            names.RemoveAt(0); // the listed bodies, not the phrase "the US, the UK and France"
        }
        else if (names.Count == 1 && names[0].EntityId < 0)
        {
            var (f, e) = (first, end);
            while (f < e && (ix.Is(f, "the") || ix.Is(f, "all") || ix.Is(f, "also")))
            {
                f++;
            }

            while (e > f && ix.DateAt(e - 1) >= 0)
            {
                e--; // "asked his supporters yesterday to stay at home": the date is the asking's
            }

            if (e - f == 1 && SpeakerFinder.Pronouns.Contains(ix.Word(f)) || e <= f)
            {
                return [];
            }

            return [new ExtractedName(ix.TextOf(f, e)) { Spans = [ix.SpanOf(f, e)] }];
        }

        return names;
    }

    private static IReadOnlyList<ExtractedName> ByAddressee(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end - 1; t++)
        {
            if (ix.Is(t, "by") || (ix.Is(t, "from") && ix.Is(t + 1, "the")))
            {
                var stop = t + 1;
                while (stop < end && !IsBreak(ix, stop) && !ix.Is(stop, "to") && stop - t < 8)
                {
                    stop++;
                }

                return Addressees(ix, t + 1, stop);
            }
        }

        return [];
    }

    private ExtractedName? ReportedBefore(TokenIndex ix, Sentence sentence, int clauseStart, QuoteTracker quotes)
    {
        for (var t = clauseStart - 1; t >= sentence.FirstToken && t >= clauseStart - MaxReach; t--)
        {
            if (QuoteTracker.IsReportingVerb(ix, t) && !QuoteTracker.InQuotes(ix, sentence.FirstToken, t))
            {
                return quotes.SpeakerOf(ix, sentence, t);
            }
        }

        return null;
    }

    private static int AttributionStart(TokenIndex ix, int from, int end, out int verb)
    {
        // "..., Maryam Rajavi has demanded." / "...," she said.
        verb = -1;
        end = Math.Min(end, from + MaxReach);
        for (var t = from; t < end; t++)
        {
            if (!(ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ',' or '"'))
            {
                continue;
            }

            for (var v = t + 1; v < end && v < t + 12; v++)
            {
                if (QuoteTracker.IsReportingVerb(ix, v) || ix.IsAny(v, ObjectVerbs) || ix.IsAny(v, AddresseeVerbs))
                {
                    if (v + 1 >= end || ix.IsPunctuation(v + 1) || ix.IsAny(v + 1, Articles) || ix.IsCapitalised(v + 1))
                    {
                        verb = v;
                        return t;
                    }
                }

                if (ix.IsPunctuation(v) && ix.Text[ix.Tokens[v].Start] is ',' or '"')
                {
                    break;
                }
            }
        }

        return WhatEnd(ix, from, end);
    }

    // ", and for the second weekend running the police ...": a new clause, not another thing asked for.
    private static readonly WordSet NewClauseOpeners = new("for in on at when as after before during then meanwhile");

    private static readonly WordSet OwnStatementVerbs = new("promised pledged vowed said added warned announced insisted noted acknowledged admitted");

    private static int WhatEnd(TokenIndex ix, int first, int end)
    {
        var stop = Math.Min(end, first + MaxReach);
        while (stop > first && ix.IsPunctuation(stop - 1))
        {
            stop--;
        }

        for (var t = first; t < stop; t++)
        {
            if (QuoteTracker.IsQuote(ix, t) && t > first)
            {
                return ix.IsPunctuation(t - 1) && t - 1 > first ? t - 1 : t;
            }

            // "..., said it had found ...": the rest of the sentence is another statement.
            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',' && t > first + 1 && QuoteTracker.IsReportingVerb(ix, t + 1))
            {
                return t;
            }

            // ", saying that ...": the speaker's reasons, not the request.
            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',' && t > first + 1 && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1)
                && ix.IsAny(t + 1, Reasons) && t + 1 < stop)
            {
                return t;
            }

            // "to stay calm and promised an investigation", "..., but that it had shown no sign of doing so": the speaker's own
            // next statement, not more of what was asked.
            if (t > first && (ix.Is(t, "and") && ix.IsAny(t + 1, OwnStatementVerbs) || ix.Is(t, "but") && CountFinder.IsComma(ix, t - 1)
                || ix.Is(t, "and") && CountFinder.IsComma(ix, t - 1) && ix.IsAny(t + 1, NewClauseOpeners)
                   && !(ix.Is(t + 1, "for") && ix.Is(first - 1, "for")))) // "called for an inquiry, and for protection": both asked for
            {
                return ix.IsPunctuation(t - 1) ? t - 1 : t;
            }

            // "called for a full inquiry, while the Law Society said it would sue": a contrast opens another's statement.
            if ((ix.Is(t, "while") || ix.Is(t, "whereas")) && CountFinder.IsComma(ix, t - 1) && t - 1 > first)
            {
                return t - 1;
            }

            // "... to act, and on the government to pay ...": the same call goes to another addressee.
            if (ix.Is(t, "and") && t > first + 1 && (ix.Is(t + 1, "on") || ix.Is(t + 1, "upon")) && FindTo(ix, t + 2, stop) > t + 2)
            {
                return ix.IsPunctuation(t - 1) ? t - 1 : t;
            }

            // ", and we ask the UN to ...", "and urges all states to ...", ", and its allies must ...": the next demand starts here.
            if ((ix.Is(t, "and") || ix.Is(t, "while")) && t > first
                && (DemandVerbWithin(ix, t + 1, Math.Min(stop, t + 4)) || ModalClauseAt(ix, t + 1, Math.Min(stop, t + 8))))
            {
                return ix.IsPunctuation(t - 1) ? t - 1 : t;
            }
        }

        return stop;
    }

    private static int FindTo(TokenIndex ix, int from, int end)
    {
        for (var t = from; t < end && t < from + 25; t++)
        {
            if (ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && !ix.Is(t + 1, "the"))
            {
                return t;
            }

            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is '.' or ';' or ':' or '"')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Who speaks a list header ("X calls on Y to:") and to whom.</summary>
    public (ExtractedName? By, IReadOnlyList<ExtractedName> To) Speaker(TokenIndex ix, Sentence sentence, int verb, int addresseeFirst, int addresseeEnd,
        QuoteTracker quotes, ExtractedName? quoteSpeaker)
    {
        var (first, subjectEnd) = _speakers.SubjectBefore(ix, sentence.FirstToken, verb);
        var by = quotes.Name(ix, first, subjectEnd) ?? quoteSpeaker;
        if (addresseeEnd == addresseeFirst + 1 && ix.IsAny(addresseeFirst, ObjectPronouns) && WrittenTo(ix, sentence.FirstToken, verb) is { First: >= 0 } written)
        {
            (addresseeFirst, addresseeEnd) = written; // "Write to the Prosecutor General, Ana Pell, and ask him to:"
        }

        return (by, addresseeEnd > addresseeFirst ? Addressees(ix, addresseeFirst, addresseeEnd) : []);
    }

    /// <summary>One bullet of a demand list; "the UN to renew ..." names its own addressee.</summary>
    public DemandCandidate ListItem(TokenIndex ix, Sentence sentence, int first, int end, ExtractedName? by, IReadOnlyList<ExtractedName> to)
    {
        if (to.Count == 0 && FindTo(ix, first, end) is var t and > 0)
        {
            return new DemandCandidate(by, Addressees(ix, first, t), ix.SpanOf(t + 1, end), sentence.Span);
        }

        if (ix.Is(first, "to") && first + 1 < end)
        {
            first++; // "1. to suspend all sales ...": the item goes on from its header's "ask you"
        }

        return new DemandCandidate(by, to, ix.SpanOf(first, end), sentence.Span);
    }
}
