using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// The demand patterns of one sentence: "X called on / urged / asked Y to Z", "X called for Z",
/// "X demanded that Z", and "Y must / should Z" attributed by ", X said", by an earlier "X said that",
/// or by the quotation the sentence is in. Stateless apart from the tracker it is given.
/// </summary>
internal sealed partial class DemandMatcher
{
    private static readonly WordSet AddresseeVerbs = new(
        "urged urge urges urging asked asks ask demanded demand demands demanding want wants wanted compel " +
        "compelled pressed press presses requested request requests invited invite encouraged implored exhorted petitioned petition petitions");

    private static readonly WordSet CallVerbs = new("called call calls calling appealed appeal appeals appealing");

    private static readonly WordSet ObjectVerbs = new(
        "demanded demanding demand demands urged urging urges sought seeking seek seeks requested requesting " +
        "recommended recommends recommend");

    // Verbs that ask for something only when what they take is a remedy: "sought the release of" is a
    // demand, "have sought medical treatment" and "requested air support" are not.
    private static readonly WordSet WeakObjectVerbs = new("sought seeking seek seeks requested requesting recommended recommends recommend");

    private static readonly WordSet DemandNouns = new(
        "release releases freedom investigation investigations inquiry inquiries probe accountability justice " +
        "prosecution prosecutions trial trials compensation reparation reparations redress end halt moratorium " +
        "withdrawal return access protection clarification disclosure explanation apology ceasefire closure " +
        "reinstatement repeal suspension abolition review audit action intervention guarantees inquest");

    private static readonly WordSet Modals = new("must should");
    private static readonly WordSet Interrogatives = new("what who whom which how why where when");
    private static readonly WordSet AppealVerbs = new("appealed appeal appeals appealing");
    private static readonly WordSet BeForms = new("was were is are been being");
    private static readonly WordSet Articles = new("an a the");
    private static readonly WordSet Reasons = new("saying adding arguing noting stressing warning claiming insisting explaining promising");
    private static readonly WordSet Relatives = new("who which that whom");
    private static readonly WordSet EmphasisVerbs = new(
        "stressed stresses emphasised emphasized emphasises emphasizes underlined underlines underscored " +
        "underscores highlighted highlights reiterated reiterates stressing emphasising emphasizing");

    // Words before a gerund that keep it a demand: "joins MSF in demanding", "and calling on".
    private static readonly WordSet GerundLeads = new("in by for of from after before while when without and also keep kept");

    private static readonly WordSet Conjunctions = new("and but while or so yet");
    private static readonly WordSet Adverbs = new("only again also instead further once now therefore");
    private static readonly WordSet Determiners = new("the a an their its his her our my your this these those such whose any every no");

    // The verbs and modals a demand pattern starts at, with "need", "needs" and "ought": one set test lets the scan
    // skip every other word (most of them) before the patterns' own tests.
    private static readonly WordSet Starters = new([CallVerbs, AddresseeVerbs, ObjectVerbs, Modals, new WordSet("need needs ought")]);

    // How far a demand's parts may lie from its verb; bounds the work on text without sentence ends.
    private const int MaxReach = 80;

    private readonly SpeakerFinder _speakers = new();

    public IEnumerable<DemandCandidate> Match(TokenIndex ix, Sentence sentence, QuoteTracker quotes, ExtractedName? quoteSpeaker)
    {
        var end = Math.Min(sentence.EndToken, ix.Count);
        var found = new List<DemandCandidate>();
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!ix.IsAny(t, Starters))
            {
                continue;
            }

            if (ix.Is(t, "asked") && ix.Is(t + 1, "not") && ix.Is(t + 2, "to") && ix.Is(t + 3, "be"))
            {
                continue; // "who asked not to be named": a wish for anonymity, asked of no one
            }

            if (ix.Is(t, "need") && ix.Is(t - 1, "the") && ix.Is(t + 1, "for") && ix.IsAny(t - 2, EmphasisVerbs))
            {
                // "stressed the need for a prompt inquiry": what is needed is asked for.
                if (Build(ix, sentence, t - 2, -1, -1, t + 2, end, quotes, quoteSpeaker) is { } needed)
                {
                    found.Add(needed);
                }

                continue;
            }

            if (ix.IsAny(t - 1, Determiners))
            {
                // "the demand comes after ...", "their calls went unanswered": nouns, not requests; but "we reiterate our
                // call on the Council to act" makes the call again.
                if (ix.IsAny(t, CallVerbs) && ix.IsAny(t - 1, Possessives) && ix.IsAny(t - 2, RenewingVerbs)
                    && Call(ix, sentence, t, end, quotes, quoteSpeaker, speakerVerb: t - 2) is { } renewed)
                {
                    found.Add(renewed);
                }

                continue;
            }

            // "asked for the law to be repealed" reads as "called for": what follows "for" is asked, of no one named there.
            var candidate = ix.IsAny(t, CallVerbs) || ix.IsAny(t, AddresseeVerbs) && AskedForRemedy(ix, t, end) ? Call(ix, sentence, t, end, quotes, quoteSpeaker)
                : ix.IsAny(t, AddresseeVerbs) || ix.IsAny(t, ObjectVerbs) ? Ask(ix, sentence, t, end, quotes, quoteSpeaker)
                : IsModal(ix, t, end) ? Modal(ix, sentence, t, end, quotes, quoteSpeaker)
                : null;
            if (candidate is not null)
            {
                found.Add(candidate);
                if (ix.IsAny(t, CallVerbs) && FurtherAddressee(ix, sentence, t, candidate, end, quotes, quoteSpeaker) is { } further)
                {
                    found.Add(further);
                }
            }
        }

        return found;
    }

    /// <param name="speakerVerb">Where the speaker's verb stands when it is not the call itself ("we reiterate our call").</param>
    private DemandCandidate? Call(TokenIndex ix, Sentence sentence, int verb, int end, QuoteTracker quotes, ExtractedName? quoteSpeaker, int speakerVerb = -1)
    {
        var next = verb + 1;
        if (ix.Is(next, "on") || ix.Is(next, "upon") || (ix.Is(next, "to") && ix.IsAny(verb, AppealVerbs)))
        {
            var to = FindTo(ix, next + 1, end);
            return to < 0 ? null : Build(ix, sentence, verb, next + 1, to, to + 1, end, quotes, quoteSpeaker, speakerVerb);
        }

        if (ix.Is(next, "for"))
        {
            // "called for the United Nations to open an inquiry": the body named before "to" is asked.
            var to = FindTo(ix, next + 1, Math.Min(end, next + 10));
            if (to > next + 1 && NamesBody(ix, next + 1, to))
            {
                return Build(ix, sentence, verb, next + 1, to, to + 1, end, quotes, quoteSpeaker, speakerVerb);
            }

            return Build(ix, sentence, verb, -1, -1, next + 1, end, quotes, quoteSpeaker, speakerVerb);
        }

        return null;
    }

    private DemandCandidate? Ask(TokenIndex ix, Sentence sentence, int verb, int end, QuoteTracker quotes, ExtractedName? quoteSpeaker)
    {
        if (IsBackgroundParticiple(ix, sentence, verb))
        {
            return null;
        }

        // "asked that ...", "ask only that ...": the request is the clause.
        var that = ix.Is(verb + 1, "that") ? verb + 1 : IsAdverb(ix, verb + 1) && ix.Is(verb + 2, "that") ? verb + 2 : -1;
        if (that > verb)
        {
            // "demanded that the Security Council refer the case": the clause's subject, a body or a person before a
            // verb in its base form, is who is asked.
            if (SubjunctiveVerb(ix, that + 1, end) is var subjunctive and >= 0)
            {
                return Build(ix, sentence, verb, ix.Is(that + 1, "the") ? that + 2 : that + 1, subjunctive, subjunctive, end, quotes, quoteSpeaker);
            }

            return Build(ix, sentence, verb, -1, -1, that + 1, end, quotes, quoteSpeaker);
        }

        if (ix.IsAny(verb, AddresseeVerbs) && ix.Is(verb + 1, "to") && RelativeObject(ix, sentence, verb, quotes, end) is { } asked)
        {
            return asked;
        }

        // "demanding an immediate end to the attacks": an indefinite object is what is asked for, not who.
        var objectFirst = ix.IsAny(verb, ObjectVerbs) && (ix.Is(verb + 1, "a") || ix.Is(verb + 1, "an"));
        var to = ix.IsAny(verb, AddresseeVerbs) && !objectFirst ? FindTo(ix, verb + 1, end) : -1;
        if (to > verb + 1 && !HasWord(ix, verb + 1, to, "by"))
        {
            // "Write to the Public Prosecutor urging him to ...": the pronoun stands for the one written to.
            var addressee = (First: verb + 1, End: to);
            if (to == verb + 2 && ix.IsAny(verb + 1, ObjectPronouns) && WrittenTo(ix, sentence.FirstToken, verb) is { First: >= 0 } written)
            {
                addressee = written;
            }

            return Build(ix, sentence, verb, addressee.First, addressee.End, to + 1, end, quotes, quoteSpeaker);
        }

        // "was demanded" is a passive report; "are demanding action" is a demand in progress.
        var passive = ix.IsAny(verb - 1, BeForms) && !ix.Word(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (ix.IsAny(verb, ObjectVerbs) && ix.IsWord(verb + 1) && !ix.Is(verb + 1, "to") && !ix.Is(verb + 1, "by") && !passive
            && (!ix.IsAny(verb, WeakObjectVerbs) || DemandNounWithin(ix, verb + 1, Math.Min(end, verb + 5))))
        {
            return Build(ix, sentence, verb, -1, -1, verb + 1, end, quotes, quoteSpeaker);
        }

        return null;
    }

    private DemandCandidate? Modal(TokenIndex ix, Sentence sentence, int modal, int end, QuoteTracker quotes, ExtractedName? quoteSpeaker)
    {
        var clauseStart = ClauseStart(ix, sentence, modal);
        var subjectEnd = modal;
        ExtractedName? reporter = null;
        if (clauseStart >= modal && ix.Is(modal - 1, "and"))
        {
            // "X said the police had failed ... and must explain why": the subject of the first verb.
            var (verb, first, stop) = ReportedSubject(ix, sentence, modal);
            if (verb < 0)
            {
                return null;
            }

            reporter = quotes.SpeakerOf(ix, sentence, verb);
            (clauseStart, subjectEnd) = (first, stop);
        }
        else if (clauseStart >= modal && InterruptionBefore(ix, sentence, modal - 1) is var comma and >= 0)
        {
            // "Washington, which has shielded him, must ...": the subject comes before the interruption.
            (clauseStart, subjectEnd) = (ClauseStart(ix, sentence, comma), comma);
        }

        for (var t = subjectEnd - 1; t >= clauseStart && reporter is null; t--)
        {
            if (QuoteTracker.IsReportingVerb(ix, t))
            {
                // "Zuma said the country must ...": the speaker, then the clause that says what must be done.
                reporter = quotes.SpeakerOf(ix, sentence, t);
                clauseStart = t + 1;
            }
        }

        while (clauseStart < subjectEnd && ix.IsAny(clauseStart, Conjunctions))
        {
            clauseStart++;
        }

        if (clauseStart >= subjectEnd || ix.IsAny(modal - 1, Relatives) || (subjectEnd - clauseStart == 1 && ix.Is(clauseStart, "it"))
            || ix.IsAny(clauseStart, Interrogatives))
        {
            return null; // "What must happen now", "Who should pay": a question or a heading, not a demand
        }

        var passive = ix.Is(modal + 1, "be") || (ix.Is(modal + 2, "be") && !ix.IsPunctuation(modal + 1));
        var attribution = AttributionStart(ix, modal + 1, end, out var attributionVerb);
        var whatEnd = attribution;
        ExtractedName? by = null;
        if (attributionVerb >= 0)
        {
            by = quotes.SpeakerOf(ix, new Sentence(ix.Tokens[attribution].Start, sentence.End, attribution, end - attribution, sentence.Paragraph), attributionVerb);
            whatEnd = WhatEnd(ix, modal + 1, attribution);
        }

        var addressees = passive ? [] : Addressees(ix, clauseStart, subjectEnd);
        if (by is { EntityId: >= 0 } && addressees.Any(a => a.EntityId == by.EntityId))
        {
            by = null; // "The Council must refer it, the group said": the group is not the Council it addresses
        }

        by ??= reporter ?? ReportedBefore(ix, sentence, clauseStart, quotes) ?? quoteSpeaker;
        var whatFirst = passive ? clauseStart : modal + 1;
        while (whatFirst < whatEnd && (ix.Is(whatFirst, "also") || ix.Is(whatFirst, "the")) && !passive)
        {
            whatFirst++;
        }

        return whatEnd <= whatFirst ? null
            : new DemandCandidate(by, addressees, ix.SpanOf(whatFirst, whatEnd), sentence.Span);
    }

    private DemandCandidate? Build(TokenIndex ix, Sentence sentence, int verb, int addresseeFirst, int addresseeEnd, int whatFirst, int end,
        QuoteTracker quotes, ExtractedName? quoteSpeaker, int speakerVerb = -1)
    {
        var whatEnd = WhatEnd(ix, whatFirst, end);
        if (whatEnd <= whatFirst)
        {
            return null;
        }

        var (first, subjectEnd) = _speakers.SubjectBefore(ix, sentence.FirstToken, speakerVerb >= 0 ? speakerVerb : verb);
        var firstPerson = quoteSpeaker is null && subjectEnd - first == 1 && (ix.Is(first, "we") || ix.Is(first, "i"));
        var by = firstPerson ? null : Relative(ix, first, subjectEnd, sentence) ?? quotes.Name(ix, first, subjectEnd) ?? quoteSpeaker;
        var addressees = addresseeFirst >= 0 ? Addressees(ix, addresseeFirst, addresseeEnd, sentence.FirstToken, verb) : ByAddressee(ix, whatFirst, whatEnd);
        return new DemandCandidate(by, addressees, ix.SpanOf(whatFirst, whatEnd), sentence.Span) { FirstPerson = firstPerson };
    }

}
