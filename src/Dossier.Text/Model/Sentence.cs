namespace Dossier.Text.Model;

/// <summary>
/// A sentence: its character range, the index of its first token in <see cref="Doc.Tokens"/>,
/// how many tokens it has, and the paragraph it belongs to. Immutable.
/// </summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}
