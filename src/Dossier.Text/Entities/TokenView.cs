using System.Runtime.InteropServices;
using Dossier.Text.Lexicons;
using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Read-only helpers over a document's tokens for the entity rules: word shape, capitalisation, and
/// whether a token opens its sentence, computed once per document into a flag per token.
/// </summary>
internal sealed partial class TokenView
{
    // The shapes the document's keys give every token, and the sentence start, which this view adds.
    private const TokenShape Word = TokenShape.Word, Capitalized = TokenShape.Capitalized, AllCaps = TokenShape.AllCaps,
        Lower = TokenShape.Lower, Possessive = TokenShape.Possessive, SentenceInitial = TokenShape.Reserved;

    // An array, not the document's list: every rule reads tokens through here, and an array read is one bounds check.
    private readonly Token[] _tokens;
    private readonly TokenShape[] _flags;

    // Looked up at most once per token: gazetteer word ids (-2 until known), everyday-word and given-name flags.
    // These arrays and the ones below are this thread's buffers (see Buffers), longer than the document may be.
    private readonly int[] _wordIds;
    private readonly sbyte[] _everyday;
    private readonly sbyte[] _givenName;
    private readonly uint[] _classes;
    private readonly WordKeys _keys;

    // Gazetteer walks by start token (see GazetteerMatcher.Longest), made at most once per token. The steps of
    // every walk go into one list (an array per walk was most of what the entity rules allocated); per token,
    // 1 + the index of its walk's first step (0 until walked) and the number of steps.
    private readonly List<(int Length, GazetteerEntry? Entry)> _walkSteps;
    private readonly int[] _walkFrom;
    private readonly byte[] _walkSize;
    private Gazetteer? _walked;

    // Per token (and one past the last), the answer of NextCapitalized: made when first asked for.
    private readonly int[] _nextCapitalized;
    private bool _nextCapitalizedKnown;

    public TokenView(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, WordKeys? keys = null)
    {
        Text = text;
        _keys = keys is not null && keys.Count == tokens.Count ? keys : new WordKeys(text, tokens);
        _tokens = tokens as Token[] ?? [.. tokens];
        _buffers = Buffers.Rent(_tokens.Length);
        (_flags, _wordIds, _everyday, _givenName, _classes) = (_buffers.Flags, _buffers.WordIds, _buffers.Everyday, _buffers.GivenName, _buffers.Classes);
        (_walkSteps, _walkFrom, _walkSize, _nextCapitalized) = (_buffers.WalkSteps, _buffers.WalkFrom, _buffers.WalkSize, _buffers.NextCapitalized);
        _keys.CopyShapes(_flags);
        _wordIds.AsSpan(0, _tokens.Length).Fill(-2);
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken && i < _tokens.Length; i++)
            {
                if (_tokens[i].Kind is TokenKind.Word or TokenKind.Number)
                {
                    _flags[i] |= SentenceInitial;
                    break;
                }
            }
        }
    }

    public string Text { get; }

    public ReadOnlySpan<Token> Tokens => _tokens;

    public int Count => _tokens.Length;

    public ReadOnlySpan<char> this[int i] => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>The gazetteer trie's id for token <paramref name="i"/>, looked up once.</summary>
    public int WordId(int i, TokenTrie trie)
    {
        var id = _wordIds[i];
        if (id == -2)
        {
            id = _wordIds[i] = trie.WordId(this[i], _keys[i]);
        }

        return id;
    }

    /// <summary>Whether the gazetteer walk from token <paramref name="i"/> has been kept (see <see cref="StartGazetteerWalk"/>).</summary>
    public bool HasGazetteerWalk(int i, Gazetteer gazetteer) => ReferenceEquals(_walked, gazetteer) && _walkFrom[i] != 0;

    /// <summary>The steps of the walk from token <paramref name="i"/>, as kept; read them before another walk is kept.</summary>
    public ReadOnlySpan<(int Length, GazetteerEntry? Entry)> GazetteerWalk(int i) =>
        CollectionsMarshal.AsSpan(_walkSteps).Slice(_walkFrom[i] - 1, _walkSize[i]);

    /// <summary>Starts keeping the walk from token <paramref name="i"/>: its steps follow (<see cref="AddGazetteerStep"/>), in order.</summary>
    public void StartGazetteerWalk(int i, Gazetteer gazetteer)
    {
        if (!ReferenceEquals(_walked, gazetteer))
        {
            _walkFrom.AsSpan(0, Count).Clear();
            _walkSize.AsSpan(0, Count).Clear();
            _walkSteps.Clear();
            _walked = gazetteer;
        }

        _walkFrom[i] = _walkSteps.Count + 1;
    }

    /// <summary>One more step of the walk last started (a walk has at most a phrase's dozen words).</summary>
    public void AddGazetteerStep(int i, (int Length, GazetteerEntry? Entry) step)
    {
        _walkSteps.Add(step);
        _walkSize[i]++;
    }

    /// <summary>Whether token <paramref name="i"/> is an everyday English word, looked up once.</summary>
    public bool IsEveryday(int i, Gazetteer gazetteer)
    {
        var known = _everyday[i];
        if (known == 0)
        {
            known = _everyday[i] = gazetteer.IsCommonWord(this[i], _keys[i]) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    /// <summary>Whether token <paramref name="i"/> is a common given name, looked up once (several rules ask about one token).</summary>
    public bool IsGivenName(int i, Gazetteer gazetteer)
    {
        var known = _givenName[i];
        if (known == 0)
        {
            known = _givenName[i] = gazetteer.IsGivenName(this[i], _keys[i]) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    /// <summary>Whether token <paramref name="i"/> is in <paramref name="list"/>; the token is classified once.</summary>
    public bool In(int i, EntityLexicon.Set list)
    {
        if ((uint)i >= (uint)Count)
        {
            return false;
        }

        var classes = _classes[i];
        if (classes == 0)
        {
            classes = _classes[i] = EntityLexicon.ClassesOf(this[i], _keys[i]) | Classified;
        }

        return (classes & list.Bit) != 0;
    }

    private const uint Classified = 1u << 31;

    /// <summary>
    /// Whether token <paramref name="i"/> may be a word of <paramref name="set"/>, a list outside the lexicon's classes: false
    /// only for a token that is not one. A token beyond ASCII, which a case-insensitive word test may fold otherwise
    /// than the list's keys do, may always be.
    /// </summary>
    public bool MayBeIn(int i, EntityLexicon.Set set) =>
        (uint)i < (uint)Count && ((_flags[i] & TokenShape.BeyondAscii) != 0 || set.Contains(this[i], _keys[i]));

    public bool IsSentenceInitial(int i) => (_flags[i] & SentenceInitial) != 0;

    public bool IsWord(int i) => Has(i, Word);

    /// <summary>The separate "'s" token the segmenter cuts off a possessive.</summary>
    public bool IsPossessive(int i) => Has(i, Possessive);

    /// <summary>A word that starts with a capital letter.</summary>
    public bool IsCapitalized(int i) => Has(i, Capitalized);

    /// <summary>Two or more letters, all capitals ("KNLA", "U.S.").</summary>
    public bool IsAllCaps(int i) => Has(i, AllCaps);

    public bool IsLowerWord(int i) => Has(i, Lower);

    /// <summary>A token with a '-' in it: the rules that look for "al-", "-based" or "London-" read no other.</summary>
    public bool HasHyphen(int i) => Has(i, TokenShape.Hyphen);

    private bool Has(int i, TokenShape flag) => (uint)i < (uint)Count && (_flags[i] & flag) != 0;

    /// <summary>
    /// The first capitalised word at or after <paramref name="from"/>, or <see cref="Count"/>: the finders that look for
    /// names through the whole document jump from one to the next, past the many lower-case words between.
    /// </summary>
    public int NextCapitalized(int from)
    {
        if (!_nextCapitalizedKnown)
        {
            FindNextCapitalized(_nextCapitalized);
            _nextCapitalizedKnown = true;
        }

        return _nextCapitalized[Math.Clamp(from, 0, _tokens.Length)];
    }

    private void FindNextCapitalized(int[] next)
    {
        next[_tokens.Length] = _tokens.Length;
        for (var i = _tokens.Length - 1; i >= 0; i--)
        {
            next[i] = (_flags[i] & Capitalized) != 0 ? i : next[i + 1];
        }
    }

    /// <summary>True when nothing but spaces separate token <paramref name="i"/> from the next one (same line).</summary>
    public bool SpaceOnlyBefore(int next)
    {
        if (next <= 0 || next >= Count)
        {
            return false;
        }

        for (var c = _tokens[next - 1].End; c < _tokens[next].Start; c++)
        {
            if (Text[c] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }

    public bool Is(int i, string word) =>
        (uint)i < (uint)Count && _tokens[i].Length == word.Length && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int i, char c) => (uint)i < (uint)Count && _tokens[i].Length == 1 && Text[_tokens[i].Start] == c;
}
