using Dossier.Text.Lexicons;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Events;

/// <summary>
/// Token-level lookups over a finished <see cref="Doc"/>: which sentence, date, quantity or entity
/// mention covers a token, and case-insensitive word tests. Built once per document by the event and
/// demand extractors so that neither re-reads raw text.
/// </summary>
internal sealed partial class TokenIndex
{
    // Per token (this thread's buffers, see Buffers: longer than the document may be).
    private readonly int[] _sentenceOf;
    private readonly int[] _dateAt;
    private readonly int[] _quantityAt;
    private readonly int[] _entityAt;

    // Per date, quantity and entity mention: the tokens its span covers.
    private readonly (int First, int End)[] _dateTokens;
    private readonly (int First, int End)[] _quantityTokens;
    private readonly (int First, int End)[] _mentionTokens;
    private readonly WordKeys _keys;

    // The tokens as an array: read on every word test, where a list's indexer costs a call and two checks.
    private readonly Token[] _tokens;

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
        _tokens = doc.TokenArray();
        _keys = WordKeys.For(doc); // the shared keys: a word set's hash is one mix away (see HashOf)
        var n = _tokens.Length;
        _buffers = Buffers.Rent(n);
        (_sentenceOf, _dateAt, _quantityAt, _entityAt) = (_buffers.SentenceOf, _buffers.DateAt, _buffers.QuantityAt, _buffers.EntityAt);
        _signatures = _buffers.Signatures(doc.Sentences.Count * WordSet.SignatureWords);
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            var end = Math.Min(sentence.EndToken, n);
            var signature = SignatureOf(s);
            for (var t = Math.Max(0, sentence.FirstToken); t < end; t++)
            {
                _sentenceOf[t] = s;
                AddToSignature(signature, t);
            }
        }

        // Plain loops over each layer: every token of every document passes here.
        _dateTokens = new (int, int)[doc.Dates.Count];
        for (var i = 0; i < doc.Dates.Count; i++)
        {
            _dateTokens[i] = Mark(_dateAt, doc.Dates[i].Span, i);
        }

        _quantityTokens = new (int, int)[doc.Quantities.Count];
        for (var i = 0; i < doc.Quantities.Count; i++)
        {
            _quantityTokens[i] = Mark(_quantityAt, doc.Quantities[i].Span, i);
        }

        _mentionTokens = new (int, int)[doc.EntityMentions.Count];
        for (var i = 0; i < doc.EntityMentions.Count; i++)
        {
            _mentionTokens[i] = Mark(_entityAt, doc.EntityMentions[i].Span, i);
        }
    }

    /// <summary>The tokens of date mention <paramref name="d"/>: <see cref="TokensIn"/> of its span, found once, when the index was built.</summary>
    public (int First, int End) DateTokens(int d) => _dateTokens[d];

    /// <summary>The tokens of quantity <paramref name="q"/> (<see cref="TokensIn"/> of its span, found once).</summary>
    public (int First, int End) QuantityTokens(int q) => _quantityTokens[q];

    /// <summary>The tokens of entity mention <paramref name="m"/> (<see cref="TokensIn"/> of its span, found once).</summary>
    public (int First, int End) MentionTokens(int m) => _mentionTokens[m];

    public Doc Doc { get; }

    public string Text { get; }

    /// <summary>The document's tokens, read as the array they are kept in (one bounds check a read).</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    public int Count => _tokens.Length;

    public int SentenceOf(int token) => token >= 0 && token < _tokens.Length ? _sentenceOf[token] : -1;

    /// <summary>Index into <see cref="Doc.Dates"/> of the date mention covering the token, or -1.</summary>
    public int DateAt(int token) => MarkAt(_dateAt, token);

    /// <summary>Index into <see cref="Doc.Quantities"/> of the quantity covering the token, or -1.</summary>
    public int QuantityAt(int token) => MarkAt(_quantityAt, token);

    /// <summary>Index into <see cref="Doc.EntityMentions"/> of the mention covering the token, or -1.</summary>
    public int EntityAt(int token) => MarkAt(_entityAt, token);

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(_tokens[token].Start, _tokens[token].Length);

    // Most tokens differ from the word in length, which is tested here without a call into the comparison.
    public bool Is(int token, string word) =>
        (uint)token < (uint)_tokens.Length && _tokens[token].Length == word.Length
        && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int token, WordSet words) =>
        (uint)token < (uint)_tokens.Length && words.MayContain(HashOf(token)) && words.Contains(HashOf(token), Word(token));

    /// <summary>The token's case-insensitive word hash (see <see cref="WordSet.Hash"/>).</summary>
    public int HashOf(int token) => WordSet.Mix(_keys[token]);

    public bool IsWord(int token) => (uint)token < (uint)_tokens.Length && _tokens[token].Kind == TokenKind.Word;

    /// <summary>The text of tokens [first, end), as printed.</summary>
    public string TextOf(int first, int end) =>
        end <= first ? "" : Text[Tokens[first].Start..Tokens[end - 1].End];

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[Math.Max(first, end - 1)].End);

    public bool IsPunctuation(int token) =>
        (uint)token < (uint)_tokens.Length && _tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    /// <summary>"publicly", "reportedly": a word of more than four letters ending in "-ly", read as an adverb.</summary>
    public bool IsLyAdverb(int token) =>
        IsWord(token) && _tokens[token].Length > 4 && Word(token).EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token lies inside a person's name.</summary>
    public bool IsPersonAt(int token) => EntityAt(token) is var m and >= 0 && Doc.EntityMentions[m].Type == EntityType.Person;

    /// <summary>The token lies inside a place's name.</summary>
    public bool IsPlaceAt(int token) => EntityAt(token) is var m and >= 0 && Doc.EntityMentions[m].Type == EntityType.Location;

    /// <summary>A quotation mark (the normaliser folds every kind of double quote to '"').</summary>
    public bool IsQuoteMark(int token) => IsPunctuation(token) && Text[_tokens[token].Start] == '"';

    /// <summary>"killing", "beating": a word ending in "-ing", read as a participle or gerund.</summary>
    public bool IsIngForm(int token) => IsWord(token) && Word(token).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalised(int token) =>
        (uint)token < (uint)_tokens.Length && _tokens[token].Length > 0 && char.IsUpper(Text[_tokens[token].Start]);

    /// <summary>The first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < offset)
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
        while (end < _tokens.Length && _tokens[end].End <= span.End)
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>
    /// Marks the tokens inside <paramref name="span"/> with <paramref name="index"/>, where no earlier span did; returns
    /// those tokens, which the rules ask for again and again (a binary search each time, before they were kept).
    /// </summary>
    private (int First, int End) Mark(int[] marks, TextSpan span, int index)
    {
        var (first, end) = TokensIn(span);
        for (var t = first; t < end; t++)
        {
            if (marks[t] == 0)
            {
                marks[t] = index + 1;
            }
        }

        return (first, end);
    }

    // A mark is the index plus one, so that marks cleared to zero read "none" everywhere.
    private int MarkAt(int[] marks, int token) => token >= 0 && token < _tokens.Length ? marks[token] - 1 : -1;
}
