namespace Dossier.Text.Events;

// Where the next date or entity mention is, so that a rule that looks for them through a sentence or a window
// jumps from one to the next instead of asking every token: most sentences hold a few at most. The marks are
// searched a vector at a time, within the rule's own range.
internal sealed partial class TokenIndex
{
    /// <summary>
    /// The first token in [<paramref name="from"/>, <paramref name="end"/>) that a date mention covers (<see cref="DateAt"/>
    /// is not -1), or <paramref name="end"/> when none does.
    /// </summary>
    public int NextDateToken(int from, int end) => NextMarked(_dateAt, from, end, _tokens.Length);

    /// <summary>Whether a date mention covers any token in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool AnyDateIn(int first, int end) => NextDateToken(first, end) < end;

    /// <summary>
    /// The first token in [<paramref name="from"/>, <paramref name="end"/>) that an entity mention covers
    /// (<see cref="EntityAt"/> is not -1), or <paramref name="end"/> when none does.
    /// </summary>
    public int NextEntityToken(int from, int end) => NextMarked(_entityAt, from, end, _tokens.Length);

    private static int NextMarked(int[] marks, int from, int end, int count)
    {
        from = Math.Max(from, 0);
        var stop = Math.Min(end, count);
        var found = from < stop ? marks.AsSpan(from, stop - from).IndexOfAnyExcept(0) : -1;
        return found < 0 ? end : from + found;
    }
}
