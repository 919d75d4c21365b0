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
        var result = Find(doc.Text, cancellationToken);
        doc.Paragraphs.AddRange(result.Paragraphs);
        doc.Tokens.AddRange(result.Tokens);
        doc.Sentences.AddRange(result.Sentences);
        doc.Dateline = result.Dateline;
    }

    /// <summary>The segmentation of <paramref name="text"/> (normalised text), computed without touching a document.</summary>
    public static Segments Find(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<TextSpan>();
        ParagraphSplitter.Split(text, paragraphs);
        cancellationToken.ThrowIfCancellationRequested();

        var tokens = new List<Token>(text.Length / 5 + 1);
        Tokenizer.Tokenize(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();

        var sentences = new List<Sentence>(text.Length / 100 + 1);
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

        var dateline = DatelineFinder.Find(text, paragraphs, tokens);
        return new Segments(paragraphs, tokens, sentences, dateline);
    }
}
