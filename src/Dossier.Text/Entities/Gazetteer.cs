using System.Collections.Frozen;
using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Countries, demonyms, cities (GeoNames, population 15,000 and over), regions and international bodies,
/// compiled once into a word trie and frozen lookups. Immutable and safe to share between threads;
/// <see cref="Default"/> is built lazily from the data embedded in this assembly.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(GazetteerLoader.LoadEmbedded);

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonyms;
    private readonly EntityLexicon.Set _commonWords;
    private readonly EntityLexicon.Set _givenNames;
    private readonly PhraseFacts[] _phraseFacts;

    internal Gazetteer(
        IReadOnlyList<GazetteerEntry> entries,
        IReadOnlyList<GazetteerPhrase> phrases,
        TokenTrie trie,
        FrozenDictionary<string, string> demonyms,
        EntityLexicon.Set commonWords,
        EntityLexicon.Set givenNames)
    {
        Entries = entries;
        Phrases = phrases;
        _phraseFacts = new PhraseFacts[phrases.Count];
        for (var i = 0; i < phrases.Count; i++)
        {
            _phraseFacts[i] = PhraseFacts.Of(phrases[i], entries[phrases[i].Entry]);
        }

        Trie = trie;
        _demonyms = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = commonWords;
        _givenNames = givenNames;
        DemonymCount = demonyms.Count;
        CommonWordCount = commonWords.Count;
    }

    /// <summary>The gazetteer built from the embedded data, compiled on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public int DemonymCount { get; }

    public int CommonWordCount { get; }

    internal IReadOnlyList<GazetteerPhrase> Phrases { get; }

    /// <summary>What the matcher reads of phrase <paramref name="phrase"/> (an index into <see cref="Phrases"/>).</summary>
    internal ref readonly PhraseFacts FactsOf(int phrase) => ref _phraseFacts[phrase];

    internal TokenTrie Trie { get; }

    /// <summary>The best-ranked entry named exactly <paramref name="name"/> (case-insensitive), or null.</summary>
    public GazetteerEntry? Find(string name) => Best(name, kind: null, countryCode: null);

    /// <summary>
    /// The best-ranked city of <paramref name="countryCode"/> named exactly <paramref name="name"/> (the first listed on a
    /// tie, as <see cref="FindAll"/> orders them), or null: one pass over the phrase's entries, where FindAll sorts them all.
    /// </summary>
    public GazetteerEntry? FindCity(string name, string countryCode) => Best(name, "city", countryCode);

    /// <summary>The best-ranked body of <paramref name="countryCode"/> named exactly <paramref name="name"/> ("RSF" in Sudan), or null.</summary>
    public GazetteerEntry? FindBody(string name, string countryCode) => Best(name, "organization", countryCode);

    /// <summary>
    /// The highest-priority entry of the phrase <paramref name="name"/>, only among those of <paramref name="kind"/> and
    /// <paramref name="countryCode"/> when given.
    /// </summary>
    private GazetteerEntry? Best(string name, string? kind, string? countryCode)
    {
        var node = NodeOf(name);
        if (node < 0)
        {
            return null;
        }

        GazetteerEntry? best = null;
        foreach (var value in Trie.ValuesAt(node))
        {
            var entry = Entries[Phrases[value].Entry];
            if ((kind is null || entry.Kind == kind) && (countryCode is null || entry.CountryCode == countryCode)
                && (best is null || entry.Priority > best.Priority))
            {
                best = entry;
            }
        }

        return best;
    }

    /// <summary>All entries of one type named exactly <paramref name="name"/>, best-ranked first.</summary>
    public IReadOnlyList<GazetteerEntry> FindAll(string name, EntityType type)
    {
        var node = NodeOf(name);
        if (node < 0)
        {
            return [];
        }

        return Trie.ValuesAt(node).ToArray().Select(v => Entries[Phrases[v].Entry])
            .Where(e => e.Type == type).Distinct().OrderByDescending(e => e.Priority).ToList();
    }

    /// <summary>The trie node the words of <paramref name="name"/> lead to, or -1 when no entry is named so.</summary>
    private int NodeOf(string name)
    {
        var node = TokenTrie.Root;
        foreach (var word in GazetteerPhrase.Split(name))
        {
            node = Trie.Next(node, Trie.WordId(word));
            if (node < 0)
            {
                return -1;
            }
        }

        return node;
    }

    /// <summary>The country code of a demonym ("Iraqi" is IQ), or null.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word)
    {
        // Demonyms are proper adjectives: "Iraqi", never "iraqi".
        return word.Length > 0 && char.IsUpper(word[0]) && _demonyms.TryGetValue(word, out var code) ? code : null;
    }

    /// <summary>True for an everyday English word (case-insensitive): "speakers", "reading".</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _commonWords.Contains(word);

    /// <summary>Whether a word whose <see cref="Lexicons.WordKeys"/> key is known is an everyday word.</summary>
    internal bool IsCommonWord(ReadOnlySpan<char> word, uint key) => _commonWords.Contains(word, key);

    /// <summary>True for a common given name (case-insensitive, ASCII-folded).</summary>
    public bool IsGivenName(ReadOnlySpan<char> word) => _givenNames.Contains(word);

    /// <summary>Whether a word whose <see cref="Lexicons.WordKeys"/> key is known is a common given name.</summary>
    internal bool IsGivenName(ReadOnlySpan<char> word, uint key) => _givenNames.Contains(word, key);
}
