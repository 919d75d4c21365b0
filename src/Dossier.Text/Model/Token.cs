namespace Dossier.Text.Model;

/// <summary>What a token is made of, decided once by the segmenter.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: a character range of the document text and its kind. Immutable.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
