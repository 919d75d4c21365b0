using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Events;

/// <summary>
/// Token-level lookups over a finished <see cref="Doc"/>: which sentence, date, quantity or entity
/// mention covers a token, and case-insensitive word tests. Built once per document by the event and
/// demand extractors so that neither re-reads raw text.
/// </summary>
internal sealed class TokenIndex
{
    private readonly int[] _sentenceOf;
    private readonly int[] _dateAt;
    private readonly int[] _quantityAt;
    private readonly int[] _entityAt;
    private readonly int[] _hash;

    private readonly (string Text, int Tokens, int Sentences, int Dates, int Quantities, int Mentions) _builtFrom;

    /// <summary>
    /// The document's index, shared by the components that read it: building it walks every token, so
    /// the demand extractor reuses the one the event extractor built. It is rebuilt when the pipeline has
    /// since assigned a layer it derives from, or when a layer's size changed (a document edited by hand).
    /// </summary>
    public static TokenIndex For(Doc doc)
    {
        if (doc.SharedTokenIndex is { } shared && shared._builtFrom == Fingerprint(doc))
        {
            return shared;
        }

        var index = new TokenIndex(doc);
        doc.SharedTokenIndex = index;
        return index;
    }

    private static (string, int, int, int, int, int) Fingerprint(Doc doc) =>
        (doc.Text, doc.Tokens.Count, doc.Sentences.Count, doc.Dates.Count, doc.Quantities.Count, doc.EntityMentions.Count);

    public TokenIndex(Doc doc)
    {
        _builtFrom = Fingerprint(doc);
        Doc = doc;
        Text = doc.Text;
        Tokens = doc.Tokens;
        var n = Tokens.Count;
        _sentenceOf = new int[n];
        Array.Fill(_sentenceOf, -1);
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            var end = Math.Min(sentence.EndToken, n);
            for (var t = Math.Max(0, sentence.FirstToken); t < end; t++)
            {
                _sentenceOf[t] = s;
            }
        }

        _hash = new int[n];
        for (var t = 0; t < n; t++)
        {
            _hash[t] = WordSet.Hash(Text.AsSpan(Tokens[t].Start, Tokens[t].Length));
        }

        _dateAt = Mark(doc.Dates.Select(d => d.Span));
        _quantityAt = Mark(doc.Quantities.Select(q => q.Span));
        _entityAt = Mark(doc.EntityMentions.Select(m => m.Span));
    }

    public Doc Doc { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public int SentenceOf(int token) => token >= 0 && token < _sentenceOf.Length ? _sentenceOf[token] : -1;

    /// <summary>Index into <see cref="Doc.Dates"/> of the date mention covering the token, or -1.</summary>
    public int DateAt(int token) => At(_dateAt, token);

    /// <summary>Index into <see cref="Doc.Quantities"/> of the quantity covering the token, or -1.</summary>
    public int QuantityAt(int token) => At(_quantityAt, token);

    /// <summary>Index into <see cref="Doc.EntityMentions"/> of the mention covering the token, or -1.</summary>
    public int EntityAt(int token) => At(_entityAt, token);

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public bool Is(int token, string word) =>
        token >= 0 && token < Tokens.Count && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int token, WordSet words) =>
        token >= 0 && token < Tokens.Count && words.MayContain(_hash[token]) && words.Contains(_hash[token], Word(token));

    /// <summary>The token's case-insensitive word hash (see <see cref="WordSet.Hash"/>).</summary>
    public int HashOf(int token) => _hash[token];

    public bool IsWord(int token) => token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Word;

    /// <summary>The text of tokens [first, end), as printed.</summary>
    public string TextOf(int first, int end) =>
        end <= first ? "" : Text[Tokens[first].Start..Tokens[end - 1].End];

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[Math.Max(first, end - 1)].End);

    public bool IsPunctuation(int token) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    public bool IsCapitalised(int token) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Length > 0 && char.IsUpper(Text[Tokens[token].Start]);

    /// <summary>The first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The token range [first, end) that lies inside <paramref name="span"/>.</summary>
    public (int First, int End) TokensIn(TextSpan span)
    {
        var first = TokenAtOrAfter(span.Start);
        var end = first;
        while (end < Tokens.Count && Tokens[end].End <= span.End)
        {
            end++;
        }

        return (first, end);
    }

    private int[] Mark(IEnumerable<TextSpan> spans)
    {
        var marks = new int[Tokens.Count];
        Array.Fill(marks, -1);
        var i = 0;
        foreach (var span in spans)
        {
            var (first, end) = TokensIn(span);
            for (var t = first; t < end; t++)
            {
                if (marks[t] < 0)
                {
                    marks[t] = i;
                }
            }

            i++;
        }

        return marks;
    }

    private static int At(int[] marks, int token) => token >= 0 && token < marks.Length ? marks[token] : -1;
}
