using Dossier.Text.Lexicons;
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

        // The tokens and their keys go into this thread's buffers first, then once into arrays of their exact size:
        // the token list is the largest thing a document allocates, and growing it to fit doubled that.
        var scratch = t_scratch ??= new Scratch();
        scratch.Tokens.Clear();
        scratch.Keys.Clear();
        doc.Dateline = Segment(doc.Text, doc.Paragraphs, scratch.Tokens, doc.Sentences, scratch.Keys, cancellationToken);
        var tokens = scratch.Tokens.ToArray();
        doc.Tokens.AddRange(tokens);
        doc.ShareTokenArray(tokens);
        doc.SharedWordKeys = scratch.Keys.ToKeys(doc.Text);
        if (tokens.Length > MaxKeptTokens)
        {
            t_scratch = null; // an outsized document's buffers are not kept for the next
        }
    }

    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>The buffers one thread segments its documents into, reused from one document to the next.</summary>
    private sealed class Scratch
    {
        public List<Token> Tokens { get; } = [];

        public WordKeys.Builder Keys { get; } = new();
    }

    /// <summary>The segmentation of <paramref name="text"/> (normalised text), computed without touching a document.</summary>
    public static Segments Find(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<TextSpan>();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var dateline = Segment(text, paragraphs, tokens, sentences, null, cancellationToken);
        return new Segments(paragraphs, tokens, sentences, dateline);
    }

    /// <summary>
    /// Fills the three empty lists with the segmentation of <paramref name="text"/>, and <paramref name="keys"/> (when given)
    /// with its tokens' keys; returns the dateline.
    /// </summary>
    private static TextSpan? Segment(
        string text, List<TextSpan> paragraphs, List<Token> tokens, List<Sentence> sentences, WordKeys.Builder? keys, CancellationToken cancellationToken)
    {
        ParagraphSplitter.Split(text, paragraphs);
        cancellationToken.ThrowIfCancellationRequested();

        tokens.EnsureCapacity(text.Length / 5 + 1);
        Tokenizer.Tokenize(text, tokens, keys);
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
