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

    private readonly DemandMatcher _matcher = new();

    public string Name => "demands";

    // Entities are read when assigned; without them speakers and addressees are plain noun phrases.
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Demands];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        doc.Demands.AddRange(Find(doc, cancellationToken));
    }

    public IReadOnlyList<ExtractedDemand> Find(Doc doc, CancellationToken cancellationToken = default)
    {
        var ix = new TokenIndex(doc);
        var quotes = new QuoteTracker(new SpeakerFinder());
        var candidates = new List<DemandCandidate>();
        var speakerCounts = new Dictionary<int, (ExtractedName Name, int Count)>();
        foreach (var sentence in doc.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var speaker = quotes.Read(ix, sentence);
            foreach (var candidate in _matcher.Match(ix, sentence, quotes, speaker))
            {
                candidates.Add(candidate);
                Count(speakerCounts, candidate.By);
            }

            if (speaker is not null)
            {
                Count(speakerCounts, speaker);
            }
        }

        var main = speakerCounts.Values
            .Where(v => v.Count >= 2 && v.Name.EntityId >= 0 && doc.Entities[v.Name.EntityId].Type == EntityType.Person)
            .OrderByDescending(v => v.Count)
            .Select(v => v.Name)
            .FirstOrDefault();
        var author = new ExtractedName(ReportAuthor);

        var demands = new List<ExtractedDemand>();
        foreach (var candidate in candidates)
        {
            var by = candidate.By ?? main ?? author;
            if (demands.Any(d => d.WhatSpan is { } w && w.Overlaps(candidate.WhatSpan) && SameName(d.By, by)))
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
