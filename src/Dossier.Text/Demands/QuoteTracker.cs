using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// Follows quotations through a document and says who speaks in each sentence: "She said: "...""
/// opens a quote for her, a paragraph that opens with a quote mark continues the last speaker's quote,
/// and "...," he said attributes the sentence it closes. Mutable; one instance per document.
/// </summary>
internal sealed class QuoteTracker
{
    public static readonly WordSet ReportingVerbs = new(
        "said says say added adds told tells stated states declared declares noted notes stressed stresses " +
        "emphasized emphasised emphasizes emphasises insisted insists explained explains wrote writes warned " +
        "warns remarked continued concluded argued argues maintained pointed");

    private const int MaxAntecedentWords = 6;

    // Unnamed voices of a body: "a spokesman said", "the group said".
    private static readonly WordSet BodyVoices = new("spokesman spokeswoman spokesperson group organisation organization");

    private readonly SpeakerFinder _speakers;
    private ExtractedName? _lastOrganization;
    private int _paragraph = -1;
    private bool _inQuote;
    private ExtractedName? _quoteSpeaker;
    private ExtractedName? _lastGroup; // the last unnamed group that spoke ("the experts"), kept across paragraphs
    private ExtractedName? _lastBody; // the last speaker or subject that is no person
    private Sentence? _previous;
    private Sentence? _current;

    public QuoteTracker(SpeakerFinder speakers) => _speakers = speakers;

    /// <summary>The last person who was said to speak; "he" and "she" refer to them.</summary>
    public ExtractedName? LastPerson { get; set; }

    /// <summary>Reads one sentence (in document order) and returns its quoted speaker, or null when nothing in it is quoted.</summary>
    public ExtractedName? Read(TokenIndex ix, Sentence sentence)
    {
        (_previous, _current) = (_current, sentence);
        var end = Math.Min(sentence.EndToken, ix.Count);
        if (sentence.Paragraph != _paragraph)
        {
            _paragraph = sentence.Paragraph;
            _inQuote = false;
            if (!IsQuote(ix, sentence.FirstToken))
            {
                _quoteSpeaker = null;
            }
        }

        var quoted = _inQuote;
        ExtractedName? speaker = null;
        if (!MayQuoteOrReport(ix, sentence.FirstToken, end))
        {
            return quoted ? _quoteSpeaker : null; // most sentences: no quotation mark and no reporting verb to read
        }

        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (IsQuote(ix, t))
            {
                _inQuote = !_inQuote;
                quoted = true;
                continue;
            }

            if (!_inQuote && IsReportingVerb(ix, t))
            {
                var who = SpeakerOf(ix, sentence, t);
                if (who is not null)
                {
                    speaker = who;
                    _quoteSpeaker = who;
                }
            }
        }

        return quoted ? speaker ?? _quoteSpeaker : null;
    }

    /// <summary>The speaker of a reporting verb: its subject, or after it ("said Mr X"), with he/she resolved.</summary>
    public ExtractedName? SpeakerOf(TokenIndex ix, Sentence sentence, int verb)
    {
        var (first, end) = _speakers.SubjectBefore(ix, sentence.FirstToken, verb);
        if (end <= first || (end - first == 1 && IsQuote(ix, first)))
        {
            // "..., said Maryam Rajavi."
            var stop = verb + 1;
            while (stop < sentence.EndToken && stop < ix.Count && !ix.IsPunctuation(stop) && stop - verb < 8)
            {
                stop++;
            }

            (first, end) = (verb + 1, stop);
        }

        if (end - first == 1 && (ix.Is(first, "who") || ix.Is(first, "which")) && Antecedent(ix, sentence, first) is var (f, e))
        {
            return _speakers.Resolve(ix, f, e); // "criticised by rights groups, who said ...": the groups speak
        }

        return Name(ix, first, end);
    }

    private static (int First, int End)? Antecedent(TokenIndex ix, Sentence sentence, int relative)
    {
        var end = ix.IsPunctuation(relative - 1) && ix.Text[ix.Tokens[relative - 1].Start] == ',' ? relative - 1 : relative;
        var first = end;
        while (first > sentence.FirstToken && first > end - MaxAntecedentWords && ix.IsWord(first - 1) && !ix.Is(first - 1, "by"))
        {
            first--;
        }

        return end > first ? (first, end) : null;
    }

    /// <summary>A subject phrase as a name, with pronouns resolved to the current speakers.</summary>
    public ExtractedName? Name(TokenIndex ix, int first, int end)
    {
        if (end - first == 1 && SpeakerFinder.Pronouns.Contains(ix.Word(first)))
        {
            // "It calls on ...": a body, the one that spoke last, never a person.
            return ix.Is(first, "it") ? _lastBody ?? (IsPerson(ix, _quoteSpeaker) ? null : _quoteSpeaker)
                : ix.Is(first, "he") || ix.Is(first, "she") || ix.Is(first, "i") ? LastPerson ?? _quoteSpeaker
                : ix.Is(first, "they") ? _quoteSpeaker ?? PeopleJustTold(ix) ?? _lastGroup ?? LastPerson
                : _quoteSpeaker ?? LastPerson;
        }

        var name = _speakers.Resolve(ix, first, end);
        if (name is { EntityId: >= 0 } && ix.Doc.Entities[name.EntityId].Type == EntityType.Organization
            || name is { EntityId: < 0 } && !PersonHeaded(ix, first, end) && !IsPlural(ix.Word(end - 1)))
        {
            _lastBody = name; // "The Observatory calls on Spain to ... . It calls on Morocco to ...": "it" is the body named last
        }

        if (name is { EntityId: >= 0 } && ix.Doc.Entities[name.EntityId].Type == EntityType.Person)
        {
            LastPerson = name;
        }
        else if (name is { EntityId: >= 0 } && ix.Doc.Entities[name.EntityId].Type == EntityType.Organization)
        {
            _lastOrganization = name;
        }
        else if (name is { EntityId: < 0 } && end - first <= 2 && ix.IsAny(end - 1, BodyVoices) && _lastOrganization is { } body)
        {
            return body; // "..., a spokeswoman said": the body that was just speaking
        }
        else if (name is { EntityId: < 0 } && PersonHeaded(ix, first, end))
        {
            LastPerson = name; // "A leader of one of the federations told us ... He called on ...": "he" is the leader
        }
        else if (name is { EntityId: < 0 } && IsPlural(ix.Word(end - 1)))
        {
            _lastGroup = name; // "The experts said ... . (new paragraph) They called on ...": "they" are the experts
        }

        return name;
    }

    public ExtractedName? CurrentQuoteSpeaker => _quoteSpeaker;

    private static readonly WordSet ClauseVerbs = new("have has had were was are is");

    /// <summary>"relatives", "fishermen", "people", "children": a plural head.</summary>
    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.EndsWith("s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
        || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("children", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Hundreds of relatives have gathered outside the gates. They are demanding ...": the people the sentence before
    /// opened with, when its subject is plural; null otherwise. Asked only when "they" speaks with no one quoted.
    /// </summary>
    private ExtractedName? PeopleJustTold(TokenIndex ix)
    {
        if (_previous is not { } before || _current is not { } now || before.Paragraph != now.Paragraph)
        {
            return null;
        }

        var end = Math.Min(before.EndToken, ix.Count);
        for (var t = before.FirstToken + 1; t < end && t < before.FirstToken + 16; t++)
        {
            if (ix.IsAny(t, ClauseVerbs) || ix.IsWord(t) && !ix.IsCapitalised(t) && ix.Word(t).EndsWith("ed", StringComparison.Ordinal))
            {
                var (first, stop) = _speakers.SubjectBefore(ix, before.FirstToken, t);
                return stop > first && stop == t && IsPlural(ix.Word(stop - 1)) && !SpeakerFinder.Pronouns.Contains(ix.Word(first))
                    ? _speakers.Resolve(ix, first, stop)
                    : null;
            }
        }

        return null;
    }

    private static bool IsPerson(TokenIndex ix, ExtractedName? name) =>
        name is { EntityId: >= 0 } && ix.Doc.Entities[name.EntityId].Type == EntityType.Person;

    private static readonly WordSet PersonHeads = new(
        "leader spokesman spokeswoman spokesperson official witness resident lawyer activist journalist reporter farmer " +
        "mother father widow son daughter brother sister man woman doctor nurse teacher student worker director chairman " +
        "chairwoman president minister commander survivor");

    /// <summary>The phrase names one person by what they are: "a leader of one of the peasant federations", "a local doctor".</summary>
    private static bool PersonHeaded(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end && t < first + 4; t++)
        {
            if (ix.IsAny(t, PersonHeads))
            {
                return true;
            }

            if (ix.Is(t, "of"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A reporting verb in use: lower case and not part of a name ("the United States" does not state).</summary>
    public static bool IsReportingVerb(TokenIndex ix, int t) =>
        ix.IsAny(t, ReportingVerbs) && !ix.IsCapitalised(t) && ix.EntityAt(t) < 0;

    /// <summary>
    /// Whether tokens [first, end) may hold a quotation mark or a reporting verb: false when their text has no '"'
    /// (a quote token starts with one) and their sentence's signature none of the verbs.
    /// </summary>
    private static bool MayQuoteOrReport(TokenIndex ix, int first, int end) =>
        end > first && (ix.Text.AsSpan(ix.Tokens[first].Start, ix.Tokens[end - 1].End - ix.Tokens[first].Start).Contains('"')
            || ix.MayHaveAny(first, end, ReportingVerbs));

    public static bool IsQuote(TokenIndex ix, int t) => ix.IsQuoteMark(t);

    /// <summary>Whether <paramref name="token"/> stands inside a quotation opened after <paramref name="first"/>.</summary>
    public static bool InQuotes(TokenIndex ix, int first, int token)
    {
        var open = false;
        for (var t = first; t < token; t++)
        {
            open ^= IsQuote(ix, t);
        }

        return open;
    }
}
