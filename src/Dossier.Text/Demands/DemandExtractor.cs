using Dossier.Text.Events;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Demands;

/// <summary>
/// Finds the demands a report records ("demands"): who calls on whom to do what. A demand that no one
/// in the text is said to make (a headline, the author's own voice) goes to the report's main speaker
/// when one person speaks repeatedly, and to the report's author otherwise.
/// </summary>
public sealed class DemandExtractor : IPipelineComponent
{
    /// <summary>The name given to demands made in the report's own voice.</summary>
    public const string ReportAuthor = "report author";

    private const int MaxDuplicateLookBack = 20;

    private readonly DemandMatcher _matcher = new();

    public string Name => "demands";

    // Entities are read when assigned; without them speakers and addressees are plain noun phrases.
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Demands];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        doc.Demands.AddRange(Find(doc, cancellationToken));
        TokenIndex.Release(doc); // the last reader of the index the event extractor built
    }

    public IReadOnlyList<ExtractedDemand> Find(Doc doc, CancellationToken cancellationToken = default)
    {
        var ix = TokenIndex.For(doc);
        var quotes = new QuoteTracker(new SpeakerFinder());
        var candidates = new List<DemandCandidate>();
        var speakerCounts = new Dictionary<int, (ExtractedName Name, int Count)>();
        (ExtractedName? By, IReadOnlyList<ExtractedName> To)? list = null;
        ExtractedName? header = null;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            cancellationToken.ThrowIfCancellationRequested();
            var speaker = quotes.Read(ix, sentence);
            var end = Math.Min(sentence.EndToken, ix.Count);
            if (list is { } open && ListMarks.IsBullet(ix, sentence.FirstToken))
            {
                candidates.AddRange(ListItems(ix, sentence, s, sentence.FirstToken, end, open.By, open.To));
                continue;
            }

            if (header is { } voice && ListMarks.IsBullet(ix, sentence.FirstToken))
            {
                candidates.AddRange(HeaderItems(ix, sentence, sentence.FirstToken, end, voice, quotes, s));
                continue;
            }

            list = null;
            header = null;
            if (DemandList.SpeakerHeader(ix, sentence) is var (subjectFirst, subjectEnd, itemsAfter))
            {
                header = quotes.Name(ix, subjectFirst, subjectEnd);
                if (header is not null)
                {
                    candidates.AddRange(HeaderItems(ix, sentence, itemsAfter + 1, end, header, quotes, s));
                    continue;
                }
            }

            if (DemandList.Header(ix, sentence) is var (verb, aFirst, aEnd, colon))
            {
                var (by, to) = _matcher.Speaker(ix, sentence, verb, aFirst, aEnd, quotes, speaker);
                list = (by, to);
                candidates.AddRange(ListItems(ix, sentence, s, colon + 1, end, by, to));
                continue;
            }

            // Nested loops, not SelectMany: its closure and iterators were made for every sentence, most of which ask nothing.
            foreach (var matched in _matcher.Match(ix, sentence, quotes, speaker))
            {
                foreach (var candidate in DemandMatcher.Split(ix, matched))
                {
                    candidates.Add(candidate with { By = candidate.By ?? Continuing(candidates, s, doc), Sentence = s });
                    Count(speakerCounts, candidate.By);
                }
            }

            if (speaker is not null)
            {
                Count(speakerCounts, speaker);
            }
        }

        var publisher = PublisherFinder.Find(ix);
        var main = MainPerson(speakerCounts, doc);
        var author = new ExtractedName(ReportAuthor);

        var demands = new List<ExtractedDemand>();
        foreach (var candidate in candidates)
        {
            var by = candidate.By ?? (candidate.FirstPerson ? publisher ?? MainOrganization(speakerCounts, doc) : publisher ?? main) ?? author;
            if (RepeatsRecent(demands, candidate.WhatSpan, by))
            {
                continue;
            }

            demands.Add(new ExtractedDemand(by, doc.Text.Substring(candidate.WhatSpan.Start, candidate.WhatSpan.Length), candidate.Span)
            {
                Addressees = candidate.Addressees,
                WhatSpan = candidate.WhatSpan,
            });
        }

        return demands;
    }

    /// <summary>
    /// The demands of the list items in tokens [first, end) of sentence <paramref name="s"/>. A method of its own so
    /// that the lambda's closure is made only for a list, not for every sentence the loop reads.
    /// </summary>
    private IEnumerable<DemandCandidate> ListItems(
        TokenIndex ix, Sentence sentence, int s, int first, int end, ExtractedName? by, IReadOnlyList<ExtractedName> to) =>
        DemandList.Items(ix, first, end).Select(i => _matcher.ListItem(ix, sentence, i.First, i.End, by, to) with { Sentence = s });

    /// <summary>The demands of items that each name their own act ("(a) calls on the M23 to withdraw;"), spoken by the header's voice.</summary>
    private IEnumerable<DemandCandidate> HeaderItems(TokenIndex ix, Sentence sentence, int from, int end, ExtractedName voice, QuoteTracker quotes, int index)
    {
        foreach (var (first, stop) in DemandList.Items(ix, from, end))
        {
            var item = new Sentence(ix.Tokens[first].Start, ix.Tokens[stop - 1].End, first, stop - first, sentence.Paragraph);
            foreach (var candidate in _matcher.Match(ix, item, quotes, voice).SelectMany(c => DemandMatcher.Split(ix, c)))
            {
                yield return candidate with { By = candidate.By ?? voice, Sentence = index };
            }
        }
    }

    /// <summary>
    /// Whether one of the last <see cref="MaxDuplicateLookBack"/> demands asks for an overlapping part in the same voice.
    /// A loop over the list's tail: TakeLast and Any with a closure cost an iterator and a closure for every candidate.
    /// </summary>
    private static bool RepeatsRecent(List<ExtractedDemand> demands, TextSpan what, ExtractedName by)
    {
        for (var i = Math.Max(0, demands.Count - MaxDuplicateLookBack); i < demands.Count; i++)
        {
            if (demands[i].WhatSpan is { } w && w.Overlaps(what) && SameName(demands[i].By, by))
            {
                return true;
            }
        }

        return false;
    }

    private static ExtractedName? Continuing(List<DemandCandidate> earlier, int current, Doc doc)
    {
        // "The Office calls on X to ... . Those responsible must be prosecuted.": the same voice goes on.
        if (earlier.Count == 0 || earlier[^1].By is not { } last)
        {
            return null;
        }

        var previous = earlier[^1].Sentence;
        return current - previous <= 2 && doc.Sentences[previous].Paragraph == doc.Sentences[current].Paragraph ? last : null;
    }

    /// <summary>
    /// The person who speaks most often (twice at least), the first counted on a tie: a loop, where sorting the
    /// speakers with LINQ made iterators and a sort for every document.
    /// </summary>
    private static ExtractedName? MainPerson(Dictionary<int, (ExtractedName Name, int Count)> counts, Doc doc)
    {
        ExtractedName? main = null;
        var most = 1;
        foreach (var (name, count) in counts.Values)
        {
            if (count > most && name.EntityId >= 0 && doc.Entities[name.EntityId].Type == EntityType.Person)
            {
                (main, most) = (name, count);
            }
        }

        return main;
    }

    private static ExtractedName? MainOrganization(Dictionary<int, (ExtractedName Name, int Count)> counts, Doc doc) =>
        counts.Values.Where(v => doc.Entities[v.Name.EntityId].Type == EntityType.Organization)
            .OrderByDescending(v => v.Count).Select(v => v.Name).FirstOrDefault();

    private static void Count(Dictionary<int, (ExtractedName Name, int Count)> counts, ExtractedName? name)
    {
        if (name is { EntityId: >= 0 } known)
        {
            counts[known.EntityId] = counts.TryGetValue(known.EntityId, out var c) ? (c.Name, c.Count + 1) : (known, 1);
        }
    }

    private static bool SameName(ExtractedName? a, ExtractedName? b) =>
        a is not null && b is not null && (a.EntityId >= 0 ? a.EntityId == b.EntityId : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
}
