using Dossier.Text.Model;

namespace Dossier.Text.Segmentation;

/// <summary>What the segmenter finds in a text: paragraphs, tokens, sentences and the dateline. Immutable by convention.</summary>
public sealed record Segments(
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    TextSpan? Dateline);
