using Dossier.Text.Lexicons;

namespace Dossier.Text.Entities;

/// <summary>
/// Phrases as sequences of word ids, compiled once into lookups that are never written again. Matching
/// walks one transition per word, so finding the longest phrase at a position costs at most the phrase
/// length. Thread-safe: after <see cref="Builder.Build"/> the dictionaries are only read.
/// </summary>
internal sealed class TokenTrie
{
    // Plain dictionaries, never written after Build(): freezing some 300,000 keys took about as long
    // as the rest of the gazetteer's start-up together.
    private readonly SpanKeyTable _words;
    private readonly Dictionary<long, int> _next;
    private readonly int[][] _payload;

    private TokenTrie(SpanKeyTable words, Dictionary<long, int> next, int[][] payload)
    {
        _words = words;
        _next = next;
        _payload = payload;
    }

    /// <summary>The id of a word (case-insensitive), or -1 when no phrase contains it.</summary>
    public int WordId(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[LowercaseKey.MaxLength];
        return LowercaseKey.TryLower(word, buffer, out var lower) && _words.TryGetValue(lower, out var id) ? id : -1;
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="wordId"/>, or -1.</summary>
    public int Next(int node, int wordId) =>
        wordId >= 0 && _next.TryGetValue(((long)node << 32) | (uint)wordId, out var child) ? child : -1;

    /// <summary>The values of the phrases ending at <paramref name="node"/> (empty for inner nodes).</summary>
    public ReadOnlySpan<int> ValuesAt(int node) => _payload[node];

    public const int Root = 0;

    /// <summary>Collects phrases, then freezes them into a <see cref="TokenTrie"/>.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _next = [];
        private readonly List<List<int>> _payload = [[]];

        public void Add(IReadOnlyList<string> phrase, int value)
        {
            var node = Root;
            foreach (var word in phrase)
            {
                var key = word.ToLowerInvariant();
                if (!_words.TryGetValue(key, out var id))
                {
                    id = _words.Count;
                    _words[key] = id;
                }

                var edge = ((long)node << 32) | (uint)id;
                if (!_next.TryGetValue(edge, out var child))
                {
                    child = _payload.Count;
                    _payload.Add([]);
                    _next[edge] = child;
                }

                node = child;
            }

            if (!_payload[node].Contains(value))
            {
                _payload[node].Add(value);
            }
        }

        public TokenTrie Build() => new(
            new SpanKeyTable(_words),
            new Dictionary<long, int>(_next),
            _payload.Select(p => p.ToArray()).ToArray());
    }
}
