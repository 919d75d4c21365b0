using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Segmentation;

/// <summary>
/// Cuts the normalised text into paragraphs, tokens and sentences, and finds the dateline. Tokens carry
/// character offsets; abbreviations, initials and dotted acronyms keep their full stop ("Mr.", "J.",
/// "U.S."), a possessive "'s" is a token of its own, and sentences never cross paragraphs.
/// </summary>
public sealed class Segmenter : IPipelineComponent
{
    public string Name => "segment";

    public IReadOnlyList<string> Requires { get; } = [Layers.Normalized];

    public IReadOnlyList<string> Assigns { get; } =
        [Layers.Paragraphs, Layers.Tokens, Layers.Sentences, Layers.Dateline];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Paragraphs.Count > 0 || doc.Tokens.Count > 0 || doc.Sentences.Count > 0)
        {
            // Layers set before (by hand): the segmentation is added after them, as it always was.
            var result = Find(doc.Text, cancellationToken);
            doc.Paragraphs.AddRange(result.Paragraphs);
            doc.Tokens.AddRange(result.Tokens);
            doc.Sentences.AddRange(result.Sentences);
            doc.Dateline = result.Dateline;
            return;
        }

        // Straight into the document's lists: the token list is the largest thing a document allocates,
        // and copying it from a list of its own doubled that.
        doc.Dateline = Segment(doc.Text, doc.Paragraphs, doc.Tokens, doc.Sentences, cancellationToken);
    }

    /// <summary>The segmentation of <paramref name="text"/> (normalised text), computed without touching a document.</summary>
    public static Segments Find(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<TextSpan>();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var dateline = Segment(text, paragraphs, tokens, sentences, cancellationToken);
        return new Segments(paragraphs, tokens, sentences, dateline);
    }

    /// <summary>Fills the three empty lists with the segmentation of <paramref name="text"/>; returns the dateline.</summary>
    private static TextSpan? Segment(
        string text, List<TextSpan> paragraphs, List<Token> tokens, List<Sentence> sentences, CancellationToken cancellationToken)
    {
        ParagraphSplitter.Split(text, paragraphs);
        cancellationToken.ThrowIfCancellationRequested();

        tokens.EnsureCapacity(text.Length / 5 + 1);
        Tokenizer.Tokenize(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();

        sentences.EnsureCapacity(text.Length / 100 + 1);
        var k = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            while (k < tokens.Count && tokens[k].Start < paragraph.Start)
            {
                k++;
            }

            var first = k;
            while (k < tokens.Count && tokens[k].End <= paragraph.End)
            {
                k++;
            }

            SentenceSplitter.Split(text, tokens, first, k, p, sentences);
        }

        return DatelineFinder.Find(text, paragraphs, tokens);
    }
}
