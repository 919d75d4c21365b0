using Dossier.Text.Lexicons;

namespace Dossier.Text.Entities;

/// <summary>
/// Phrases as sequences of word ids, compiled once into lookups that are never written again. Matching
/// walks one transition per word, so finding the longest phrase at a position costs at most the phrase
/// length. Thread-safe: after <see cref="Builder.Build"/> nothing is written.
/// </summary>
/// <remarks>
/// The tables hold some 300,000 words, far more than the processor's nearer caches, so each look-up that
/// touches a new part of them waits on memory: a walk reads the first word's child from an array indexed
/// by word id, and deeper transitions from one open-addressed slot array where key and child share a slot.
/// </remarks>
internal sealed class TokenTrie
{
    private readonly SpanKeyTable _words;
    private readonly int[] _rootChild;
    private readonly Edge[] _edges;
    private readonly int _edgeMask;

    // The values of node n are _values[_valueStart[n].._valueStart[n + 1]]: one flat array, no array per node.
    private readonly int[] _valueStart;
    private readonly int[] _values;

    // One bit per node that some phrase continues from: a walk ends at a leaf without looking up the next word.
    private readonly ulong[] _inner;

    private TokenTrie(SpanKeyTable words, int[] rootChild, Edge[] edges, int[] valueStart, int[] values, ulong[] inner)
    {
        _words = words;
        _rootChild = rootChild;
        _edges = edges;
        _edgeMask = edges.Length - 1;
        _valueStart = valueStart;
        _values = values;
        _inner = inner;
    }

    /// <summary>The id of a word (case-insensitive), or -1 when no phrase contains it.</summary>
    public int WordId(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[LowercaseKey.MaxLength];
        return LowercaseKey.TryLower(word, buffer, out var lower) && _words.TryGetValue(lower, out var id) ? id : -1;
    }

    /// <summary>The id of a word whose <see cref="WordKeys"/> key is <paramref name="key"/>, or -1.</summary>
    public int WordId(ReadOnlySpan<char> word, uint key) => _words.TryGetFolded(key, word, out var id) ? id : -1;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="wordId"/>, or -1.</summary>
    public int Next(int node, int wordId)
    {
        if (wordId < 0)
        {
            return -1;
        }

        if (node == Root)
        {
            return _rootChild[wordId];
        }

        for (var i = Slot(node, wordId, _edgeMask); ; i = (i + 1) & _edgeMask)
        {
            ref readonly var edge = ref _edges[i];
            if (edge.Child == 0)
            {
                return -1; // no node has the root as its child: 0 marks an empty slot
            }

            if (edge.Node == node && edge.Word == wordId)
            {
                return edge.Child;
            }
        }
    }

    /// <summary>The values of the phrases ending at <paramref name="node"/>, best ranked first (empty for inner nodes).</summary>
    public ReadOnlySpan<int> ValuesAt(int node) => _values.AsSpan(_valueStart[node], _valueStart[node + 1] - _valueStart[node]);

    /// <summary>Whether some phrase goes on past <paramref name="node"/>: false for a leaf.</summary>
    public bool HasChildren(int node) => (_inner[node >> 6] & (1UL << node)) != 0;

    public const int Root = 0;

    private static int Slot(int node, int wordId, int mask) =>
        (int)((((uint)node * 0x9E3779B1u) ^ ((uint)wordId * 0x85EBCA77u)) >> 7) & mask;

    private readonly record struct Edge(int Node, int Word, int Child);

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

        /// <summary>
        /// Freezes the phrases; the values ending at each node are listed by <paramref name="rank"/>, highest
        /// first (ties keep the order they were added in), so a reader that wants the best value that passes
        /// its checks can stop at the first.
        /// </summary>
        public TokenTrie Build(Func<int, long> rank)
        {
            var rootChild = new int[_words.Count];
            Array.Fill(rootChild, -1);
            var size = 16;
            while (size < _next.Count * 2)
            {
                size *= 2;
            }

            var edges = new Edge[size];
            var inner = new ulong[(_payload.Count + 63) / 64];
            foreach (var (key, child) in _next)
            {
                var node = (int)(key >> 32);
                var word = (int)(key & uint.MaxValue);
                inner[node >> 6] |= 1UL << node;
                if (node == Root)
                {
                    rootChild[word] = child;
                    continue;
                }

                var i = Slot(node, word, size - 1);
                while (edges[i].Child != 0)
                {
                    i = (i + 1) & (size - 1);
                }

                edges[i] = new Edge(node, word, child);
            }

            var valueStart = new int[_payload.Count + 1];
            var values = new List<int>();
            for (var node = 0; node < _payload.Count; node++)
            {
                valueStart[node] = values.Count;
                values.AddRange(_payload[node].OrderByDescending(rank));
            }

            valueStart[^1] = values.Count;
            return new TokenTrie(new SpanKeyTable(_words), rootChild, edges, valueStart, [.. values], inner);
        }
    }
}
