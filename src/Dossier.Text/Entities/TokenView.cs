using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Read-only helpers over a document's tokens for the entity rules: word shape, capitalisation, and
/// whether a token opens its sentence. Built once per document in one pass.
/// </summary>
internal readonly struct TokenView
{
    private readonly bool[] _sentenceInitial;
    private readonly int[] _sentenceEnd;

    public TokenView(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        _sentenceInitial = new bool[tokens.Count];
        _sentenceEnd = new int[tokens.Count];
        foreach (var sentence in sentences)
        {
            var firstWord = true;
            for (var i = sentence.FirstToken; i < sentence.EndToken && i < tokens.Count; i++)
            {
                _sentenceEnd[i] = sentence.EndToken;
                if (firstWord && tokens[i].Kind is TokenKind.Word or TokenKind.Number)
                {
                    _sentenceInitial[i] = true;
                    firstWord = false;
                }
            }
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> this[int i] => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public int SentenceEnd(int i) => _sentenceEnd[i];

    public bool IsSentenceInitial(int i) => _sentenceInitial[i];

    public bool IsWord(int i) => (uint)i < (uint)Count && Tokens[i].Kind == TokenKind.Word && !IsPossessive(i);

    /// <summary>The separate "'s" token the segmenter cuts off a possessive.</summary>
    public bool IsPossessive(int i)
    {
        if ((uint)i >= (uint)Count || Tokens[i].Length != 2)
        {
            return false;
        }

        var t = this[i];
        return t[0] is '\'' or '\u2019' && t[1] is 's' or 'S';
    }

    /// <summary>A word that starts with a capital letter.</summary>
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>Two or more letters, all capitals ("NCRI", "U.S.").</summary>
    public bool IsAllCaps(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in this[i])
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>True when nothing but spaces separate token <paramref name="i"/> from the next one (same line).</summary>
    public bool SpaceOnlyBefore(int next)
    {
        if (next <= 0 || next >= Count)
        {
            return false;
        }

        for (var c = Tokens[next - 1].End; c < Tokens[next].Start; c++)
        {
            if (Text[c] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }

    public bool Is(int i, string word) => (uint)i < (uint)Count && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int i, char c) => (uint)i < (uint)Count && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;
}
