using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// A death toll told in a sentence of its own ("The death toll has risen to 22."), waiting for the violent
/// incident it belongs to: the one told in the sentence before it or the next one of its paragraph.
/// </summary>
internal readonly record struct PendingToll(int Quantity, TextSpan Sentence, int SentenceIndex, int Paragraph)
{
    public static PendingToll None { get; } = new(-1, default, -1, -1);

    /// <summary>
    /// Gives the toll to the incident last told in sentence <paramref name="sentenceIndex"/> when it is a
    /// violent one without an exact figure of the dead; the toll still pending, or <see cref="None"/>.
    /// </summary>
    public PendingToll GiveTo(TokenIndex ix, List<IncidentDraft> drafts, int sentenceIndex, int paragraph)
    {
        if (Quantity < 0 || paragraph != Paragraph && sentenceIndex > SentenceIndex || sentenceIndex - SentenceIndex > 2)
        {
            return None; // the paragraph that told the toll has moved on
        }

        if (drafts.Count == 0 || drafts[^1] is not { IsViolent: true, Aggregate: false } last || last.LastSentence != sentenceIndex)
        {
            return this;
        }

        // The toll counts the dead where the incident has no figure for them, or only a vague one it falls in
        // ("dozens were killed", then "the death toll rose to 64").
        var known = last.Counts.GetValueOrDefault("killed");
        if (known is null || !known.IsExact)
        {
            var q = ix.Doc.Quantities[Quantity];
            last.AddCount("killed", new ExtractedCount(q.Min, q.Max, q.Span) { Rounded = q.Approximate && q.IsExact });
            if (!ReferenceEquals(known, last.Counts["killed"]))
            {
                last.AddType(EventTypes.Killing);
                last.Evidence.Add(Sentence);
            }
        }

        return None;
    }
}
