using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Events;

/// <summary>
/// Finds the incidents a report states or mentions ("events"): triggers from a lexicon, filtered for
/// what did not happen, grouped per sentence into incidents with their date, place, perpetrators,
/// victims and figures, and merged across the document when mentions name the same incident.
/// </summary>
public sealed class EventExtractor : IPipelineComponent
{
    private const int MaxSentenceTokens = 160;

    private readonly TriggerLexicon _lexicon = TriggerLexicon.Default;
    private readonly TriggerJudge _judge = new();
    private readonly CountFinder _counts = new();
    private readonly SentenceIncidents _incidents = new();
    private readonly IncidentMerger _merger = new();

    public string Name => "events";

    // Dates, quantities and entities are read when an earlier component assigned them; without them
    // the extractor still finds incidents, only with fewer arguments.
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Events];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        doc.Events.AddRange(Find(doc, cancellationToken));
    }

    /// <summary>The incidents of a document whose token, sentence, date, quantity and entity layers are set.</summary>
    public IReadOnlyList<ExtractedEvent> Find(Doc doc, CancellationToken cancellationToken = default)
    {
        var ix = TokenIndex.For(doc);
        var drafts = new List<IncidentDraft>();
        var headline = new List<IncidentDraft>();
        var toll = PendingToll.None;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = doc.Sentences[s];
            if (sentence.TokenCount <= MaxSentenceTokens)
            {
                toll = ReadPiece(ix, sentence, s, drafts, headline, toll); // the usual case, without the pieces' iterator
                continue;
            }

            foreach (var piece in Pieces(ix, sentence))
            {
                toll = ReadPiece(ix, piece, s, drafts, headline, toll);
            }
        }

        _merger.Finish(drafts);
        foreach (var draft in headline)
        {
            _merger.AddHeadline(ix, drafts, draft);
        }

        var (homePlace, timesNamed) = PlaceFinder.HomePlace(ix);
        var homeCountry = PlaceFinder.HomeCountry(ix);
        if (homePlace >= 0 && homeCountry is not null && PlaceFinder.EntityOf(ix, ix.Doc.EntityMentions[homePlace])?.CountryCode is { } placeCountry
            && placeCountry != homeCountry)
        {
            homePlace = -1; // a neighbour named as often as the report's places ("fled to Bangladesh") is not where it happened
        }

        var home = new ReportPlace(homePlace, homeCountry) { Countries = PlaceFinder.CountryMentions(ix), NamedOnce = homePlace >= 0 && timesNamed == 1 };
        return drafts.Select(d => DraftPublisher.Publish(ix, d, home)).ToList();
    }

    /// <summary>
    /// The incidents of one sentence or piece of one (<paramref name="s"/> is the sentence's index): added to
    /// <paramref name="drafts"/>, or to <paramref name="headline"/> for the headline; returns the toll still waiting for an incident.
    /// </summary>
    private PendingToll ReadPiece(TokenIndex ix, Sentence piece, int s, List<IncidentDraft> drafts, List<IncidentDraft> headline, PendingToll toll)
    {
        var hits = FindHits(ix, piece);
        if (hits.Count == 0)
        {
            return AddDeathToll(ix, piece, s, drafts);
        }

        foreach (var draft in _incidents.Build(ix, piece, s, hits))
        {
            if (draft.Triggers.Count > 0 && !(draft.OnlyInjuries && draft.Counts.Count == 0))
            {
                if (s == 0 && IsHeadline(ix))
                {
                    headline.Add(draft); // told again below in full; joined to that telling at the end
                }
                else
                {
                    _merger.Add(drafts, draft);
                }
            }
        }

        return toll.GiveTo(ix, drafts, s, piece.Paragraph);
    }

    /// <summary>
    /// "The death toll has risen to 22.": a toll told without an act of its own gives the dead of the
    /// violent incident told in the sentence before it, or else of the one its own paragraph goes on to tell.
    /// </summary>
    private PendingToll AddDeathToll(TokenIndex ix, Sentence sentence, int sentenceIndex, List<IncidentDraft> drafts)
    {
        var figure = _counts.DeathToll(ix, sentence.FirstToken, Math.Min(sentence.EndToken, ix.Count));
        if (figure < 0)
        {
            return PendingToll.None;
        }

        var toll = new PendingToll(figure, sentence.Span, sentenceIndex, sentence.Paragraph);
        return toll.GiveTo(ix, drafts, sentenceIndex - 1, sentence.Paragraph);
    }

    /// <summary>
    /// A sentence, or for an overlong one (a list, a table, text without full stops) consecutive pieces of
    /// it, so that the work per trigger stays bounded whatever the input.
    /// </summary>
    private static IEnumerable<Sentence> Pieces(TokenIndex ix, Sentence sentence)
    {
        if (sentence.TokenCount <= MaxSentenceTokens)
        {
            yield return sentence;
            yield break;
        }

        for (var first = sentence.FirstToken; first < sentence.EndToken; first += MaxSentenceTokens / 2)
        {
            var count = Math.Min(MaxSentenceTokens / 2, Math.Min(sentence.EndToken, ix.Count) - first);
            if (count > 0)
            {
                var span = ix.SpanOf(first, first + count);
                yield return new Sentence(span.Start, span.End, first, count, sentence.Paragraph);
            }
        }
    }

    private List<TriggerHit> FindHits(TokenIndex ix, Sentence sentence)
    {
        var hits = new List<TriggerHit>();
        var end = Math.Min(sentence.EndToken, ix.Count);
        for (var t = Math.Max(0, sentence.FirstToken); t < end; t++)
        {
            if (!ix.IsWord(t))
            {
                continue;
            }

            // The lexicon first: it turns away nearly every word with one bit, where the name test reads the mention.
            var entry = _lexicon.Match(ix, t, end, out var last);
            if (entry is null || InsideName(ix, t))
            {
                continue;
            }

            entry = TriggerJudge.Retype(ix, sentence.FirstToken, end, t, last, entry);
            var reading = _judge.Judge(ix, sentence.FirstToken, t, last, entry);
            if (reading.IsEvent && hits.Count > 0 && Coordinated(ix, hits[^1].End, t))
            {
                // "five other massacres and rocket attacks": the counting and "other" cover both nouns.
                reading = reading with
                {
                    Aggregate = reading.Aggregate || hits[^1].Reading.Aggregate,
                    Distinct = reading.Distinct || hits[^1].Reading.Distinct,
                    Anaphoric = reading.Anaphoric && !hits[^1].Reading.Aggregate && !hits[^1].Reading.Distinct,
                };
            }

            if (reading.IsEvent)
            {
                var quantity = _counts.Find(ix, sentence.FirstToken, end, t, last, entry, reading);
                hits.Add(new TriggerHit(t, last, entry, reading, quantity));
                if (quantity >= 0 && MoreLater(ix, last, end) is var (more, moreEnd))
                {
                    hits.Add(new TriggerHit(more, moreEnd, entry, reading with { LaterPart = true }, ix.QuantityAt(more)));
                    t = moreEnd;
                    continue;
                }
            }

            t = last - 1;
        }

        return hits;
    }

    /// <summary>
    /// "sixteen dead in Zhanaozen and one more the following day in Shetpe": after an act with its figure, "and" with a
    /// figure and "more" before a day of its own tells the same act again, later: the tokens of "one more", or null.
    /// </summary>
    private static (int First, int End)? MoreLater(TokenIndex ix, int from, int end)
    {
        for (var t = from; t < end && t < from + 8; t++)
        {
            if (!ix.Is(t, "and"))
            {
                if (ix.IsPunctuation(t) && !CountFinder.IsComma(ix, t))
                {
                    return null;
                }

                continue;
            }

            var q = ix.QuantityAt(t + 1);
            if (q < 0)
            {
                return null;
            }

            var more = ix.QuantityTokens(q).End;
            return ix.Is(more, "more") && ix.DateAt(more + 1) >= 0 || ix.Is(more, "more") && ix.Is(more + 1, "on") && ix.DateAt(more + 2) >= 0
                ? (t + 1, more + 1)
                : null;
        }

        return null;
    }

    private static bool Coordinated(TokenIndex ix, int previousEnd, int first)
    {
        for (var t = previousEnd; t < first; t++)
        {
            if (!(ix.Is(t, "and") || ix.Is(t, "or") || (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',')))
            {
                return false;
            }
        }

        return first - previousEnd is >= 1 and <= 2;
    }

    /// <summary>
    /// The first sentence is a headline when it alone makes the first paragraph, more paragraphs follow
    /// and it ends without a full stop: it names in brief an incident that the body tells.
    /// </summary>
    private static bool IsHeadline(TokenIndex ix)
    {
        var doc = ix.Doc;
        if (doc.Sentences.Count < 2 || doc.Sentences[1].Paragraph == doc.Sentences[0].Paragraph)
        {
            return false;
        }

        var last = doc.Sentences[0].End - 1;
        while (last > doc.Sentences[0].Start && char.IsWhiteSpace(doc.Text[last]))
        {
            last--;
        }

        return doc.Text[last] is not ('.' or '!' or '?' or '"' or '\u201D');
    }

    private static bool InsideName(TokenIndex ix, int token)
    {
        // "Munich Security Conference" names a body, not a meeting; a place name is not an act.
        var m = ix.EntityAt(token);
        return m >= 0 && ix.Doc.EntityMentions[m].Type != EntityType.Person;
    }
}
