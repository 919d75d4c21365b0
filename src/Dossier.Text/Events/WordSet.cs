namespace Dossier.Text.Events;

/// <summary>
/// An immutable, case-insensitive set of words that can be probed with a span of the document text,
/// so that lexicon look-ups allocate nothing.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(string spaceSeparated)
    {
        _words = new HashSet<string>(
            spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
